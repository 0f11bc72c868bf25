/** Plans for the share-link tests and fixtures: the 10-VM size benchmark and edge cases. */
import { examplePlan } from '@/app/examples';
import { formatIssue, parsePlan, type Plan } from '@/plan';

function parsed(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.plan;
}

/** Ten distinct VMs (names, sizes, churn all differ), like a small customer: the link-size benchmark. */
export function tenVmPlan(): Plan {
  const base = examplePlan('branch-office');
  const vms = Array.from({ length: 10 }, (_, i) => {
    const source = base.vms[i % base.vms.length]!;
    return {
      ...source,
      id: `srv${i + 1}`,
      name: `SRV-${String(i + 1).padStart(2, '0')}`,
      disks: source.disks.map((disk, j) => ({
        ...disk,
        sizeGB: disk.sizeGB + i * 10,
        usedGB: disk.usedGB + i * 3 + j,
        churnGBPerDay: Math.round(disk.churnGBPerDay * (1 + i / 7) * 100) / 100,
      })),
    };
  });
  return parsed({ ...base, name: 'Contoso: ten servers', vms });
}

/** Every optional section in use: decimal units, hourly link share, custom profile, extended hop, odd names. */
export function edgePlan(): Plan {
  return parsed({
    name: 'Tricky <b>"name"</b> & ünïcödé — 東京 🚀',
    units: { storage: 'decimal' },
    replication: { windowsServer: '2016', compression: false, maxActiveTransfers: 12, targetRpoMinutes: 0.5, growthPercent: 25 },
    link: {
      uplinkMbps: 0.001,
      replicaDownlinkMbps: 1_000_000,
      hourlySharePercent: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 30 : 100)),
      rttMs: 0.01,
      tcpWindowKiB: 64,
      perStreamMbps: 12.345678901234,
    },
    extended: { frequencySeconds: 300, recoveryPoints: 2, link: { uplinkMbps: 50, efficiencyPercent: 80 } },
    replicaStorage: { diskFormat: 'fixed', uniqueChurnPercent: 1, headroomPercent: 500 },
    initialReplication: { method: 'seed', startHour: 22, concurrentVms: 3, offlineShippingDays: 0 },
    vms: [
      {
        id: 'x'.repeat(64),
        name: '',
        count: 10000,
        workload: 'sql',
        frequencySeconds: 30,
        recoveryPoints: 24,
        appConsistentHours: 12,
        writeIops: 0,
        profile: 'custom',
        hourlyWeights: Array.from({ length: 24 }, (_, h) => (h === 3 ? 1_000_000 : h / 7)),
        initialReplication: 'offline',
        disks: [
          { name: 'D', sizeGB: 65536, usedGB: 0, churnGBPerDay: 0, replicated: true },
          { sizeGB: 1e-9 },
        ],
      },
    ],
  });
}

/** The smallest plan: one VM, one disk, every other field the schema's default. */
export function minimalPlan(): Plan {
  return parsed({ vms: [{ disks: [{ sizeGB: 1 }] }] });
}

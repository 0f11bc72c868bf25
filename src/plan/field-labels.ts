/**
 * Field paths as a consultant reads them on screen: `link.uplinkMbps` → "Uplink (Mbps)",
 * `vms[2].disks[0].usedGB` → "SQL01, disk Data: Used (GiB)". The words follow the editor's own
 * labels. Schema paths stay for the CLI and plan files; the UI shows these.
 */
import type { PlanIssue } from './parse';

/** Plan-wide fields, keyed by path without the `extended.` prefix for link fields. */
const PLAN_LABELS: Record<string, string> = {
  plan: 'The plan',
  schemaVersion: 'Schema version',
  name: 'Plan name',
  'units.storage': 'Storage units',
  'replication.windowsServer': 'Windows Server version',
  'replication.compression': 'Compress replication traffic',
  'replication.compressionRatio': 'Compression ratio',
  'replication.failureWindowMinutes': 'Failure window (min)',
  'replication.monitoringIntervalHours': 'Health interval (h)',
  'replication.maxActiveTransfers': 'Parallel transfers',
  'replication.targetRpoMinutes': 'Target RPO (min)',
  'replication.growthPercent': 'Growth allowance (%)',
  extended: 'Extended replication',
  'extended.frequencySeconds': 'Extended hop: frequency',
  'extended.recoveryPoints': 'Extended hop: recovery points',
  'replicaStorage.diskFormat': 'Replica disk format',
  'replicaStorage.uniqueChurnPercent': 'Unique writes (%)',
  'replicaStorage.headroomPercent': 'Headroom (%)',
  'initialReplication.method': 'Initial replication method',
  'initialReplication.startHour': 'Network copy starts',
  'initialReplication.compressionRatio': 'Initial copy compression ratio',
  'initialReplication.concurrentVms': 'VMs copied at once',
  'initialReplication.offlineShippingDays': 'Shipping time (days)',
  'initialReplication.mediaWriteMBps': 'Disk speed (MB/s)',
  vms: 'VMs',
};

const LINK_LABELS: Record<string, string> = {
  uplinkMbps: 'Uplink (Mbps)',
  replicaDownlinkMbps: 'Replica site download (Mbps)',
  sharePercent: 'Share for replication (%)',
  hourlySharePercent: 'Share by hour (%)',
  efficiencyPercent: 'Efficiency (%)',
  rttMs: 'Round-trip time (ms)',
  tcpWindowKiB: 'TCP window (KiB)',
  perStreamMbps: 'Measured per stream (Mbps)',
};

const VM_LABELS: Record<string, string> = {
  id: 'id',
  name: 'Name',
  count: 'Count',
  workload: 'Workload',
  frequencySeconds: 'Frequency',
  recoveryPoints: 'Recovery points',
  appConsistentHours: 'App-consistent interval (h)',
  writeIops: 'Write IOPS',
  profile: 'Profile',
  hourlyWeights: 'Hourly weights',
  withinHourWeights: '5-minute shape',
  initialReplication: 'Initial replication',
  disks: 'Disks',
};

const diskLabels = (unit: string): Record<string, string> => ({
  name: 'Name',
  sizeGB: `Size (${unit})`,
  usedGB: `Used (${unit})`,
  churnGBPerDay: `Churn (${unit}/day)`,
  replicated: 'Replicated',
});

/** A plan-like object: names of VMs and disks, and the storage unit, when it has them. */
interface Named {
  units?: { storage?: unknown };
  vms?: readonly ({ name?: unknown; disks?: readonly ({ name?: unknown } | undefined)[] } | undefined)[];
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The human name of the field at `path` (as `formatPath` writes it); names VMs and disks from `plan`. */
export function fieldLabel(path: string, plan?: Named): string {
  const unit = plan?.units?.storage === 'decimal' ? 'GB' : 'GiB';
  const vm = /^vms\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (vm) {
    const i = Number(vm[1]);
    const vmName = text(plan?.vms?.[i]?.name) ?? `VM ${i + 1}`;
    const field = vm[2];
    if (!field) return vmName;
    if (field === 'disks' && vm[3] !== undefined) {
      const j = Number(vm[3]);
      const diskName = text(plan?.vms?.[i]?.disks?.[j]?.name) ?? String(j + 1);
      const diskField = vm[4];
      const what = diskField ? (diskLabels(unit)[diskField] ?? diskField) : null;
      return what ? `${vmName}, disk ${diskName}: ${what}` : `${vmName}, disk ${diskName}`;
    }
    if (field === 'hourlyWeights' && vm[3] !== undefined) return `${vmName}: weight of ${hour(Number(vm[3]))}`;
    return `${vmName}: ${VM_LABELS[field] ?? field}`;
  }
  const link = /^(extended\.)?link\.(\w+)(?:\[(\d+)\])?/.exec(path);
  if (link) {
    const prefix = link[1] ? 'Extended link: ' : '';
    const base = LINK_LABELS[link[2]!] ?? link[2]!;
    return `${prefix}${link[3] !== undefined ? `Share at ${hour(Number(link[3]))} (%)` : base}`;
  }
  if (PLAN_LABELS[path]) return PLAN_LABELS[path];
  // Unknown or nested deeper (a future field): its last name, spaced out, beats a raw path.
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d+\]/g, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/**
 * One issue as a sentence with the field's human name: "Uplink (Mbps) must be at least 0.001";
 * a message that is its own sentence follows a colon ("FS01: Frequency: Windows Server 2012 …").
 */
export function describeIssue(issue: PlanIssue, plan?: Named): string {
  const label = fieldLabel(issue.path, plan);
  // The schema's own predicates ("must be at least 1") continue the label; anything else is a sentence of its own.
  const predicate = /^(must|is|are|needs|allows|cannot|has|should)\b/.test(issue.message);
  return predicate ? `${label} ${issue.message}` : `${label}: ${issue.message}`;
}

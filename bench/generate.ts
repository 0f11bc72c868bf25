import type { PlanInput } from '@/plan';

/** Deterministic pseudo-random numbers (mulberry32) so every bench run sees the same plan. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORKLOADS = ['file-server', 'sql', 'exchange', 'domain-controller', 'web', 'vdi', 'general'] as const;
const PROFILES = ['flat', 'business-hours', 'overnight-batch'] as const;
const FREQUENCIES = [30, 300, 900] as const;

/** A large plan: `vmCount` VMs, a third each at 30 s / 5 min / 15 min, mixed workloads and profiles. */
export function generatePlan(vmCount: number, seed = 1): PlanInput {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const vms = Array.from({ length: vmCount }, (_, i) => {
    const size = 40 + Math.round(rnd() * 960);
    const used = Math.round(size * (0.3 + rnd() * 0.6));
    return {
      id: `vm${i + 1}`,
      name: `VM${String(i + 1).padStart(4, '0')}`,
      workload: pick(WORKLOADS),
      frequencySeconds: FREQUENCIES[i % 3]!,
      profile: pick(PROFILES),
      recoveryPoints: Math.floor(rnd() * 4),
      disks: [
        { name: 'OS', sizeGB: 60, usedGB: 30, churnGBPerDay: 0.5 + rnd() },
        { name: 'Data', sizeGB: size, usedGB: used, churnGBPerDay: used * (0.01 + rnd() * 0.05) },
      ],
    };
  });
  return {
    name: `Generated ${vmCount}-VM plan`,
    replication: { maxActiveTransfers: 16, targetRpoMinutes: 15 },
    link: { uplinkMbps: 2000 },
    vms,
  };
}

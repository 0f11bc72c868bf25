/** Generated plans of any size for the bench (`npm run bench`, `bench:pool`) and the pool-equality tests: a fixed seed, the same plan every run. */
import { mulberry32 } from '@/lib/mulberry32';
import type { PlanInput } from '@/plan';

const WORKLOADS = ['file-server', 'sql', 'exchange', 'domain-controller', 'web', 'vdi', 'general'] as const;
const PROFILES = ['flat', 'business-hours', 'overnight-batch'] as const;
/** Share of VMs at 30 s, 5 min and 15 min. */
export type FrequencyMix = readonly [number, number, number];
export const THIRDS: FrequencyMix = [1 / 3, 1 / 3, 1 / 3];

/** A generated plan: `vmCount` VMs with frequencies in the given mix, mixed workloads and profiles. */
export function generatePlan(vmCount: number, mix: FrequencyMix = THIRDS, seed = 1): PlanInput {
  const rnd = mulberry32(seed); // the same plan on every bench run
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const vms = Array.from({ length: vmCount }, (_, i) => {
    const size = 40 + Math.round(rnd() * 960);
    const used = Math.round(size * (0.3 + rnd() * 0.6));
    return {
      id: `vm${i + 1}`,
      name: `VM${String(i + 1).padStart(4, '0')}`,
      workload: pick(WORKLOADS),
      frequencySeconds: frequencyAt(i / vmCount, mix),
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

/** Spread the mix evenly through the plan so every part of it has all frequencies. */
function frequencyAt(position: number, mix: FrequencyMix): 30 | 300 | 900 {
  const cycle = (position * 97) % 1; // interleave instead of three solid blocks
  if (cycle < mix[0]) return 30;
  return cycle < mix[0] + mix[1] ? 300 : 900;
}

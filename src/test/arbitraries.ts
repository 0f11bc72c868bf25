/**
 * fast-check arbitraries for *valid* plan inputs, kept small (1–5 VMs, 1–3 disks) so property
 * tests over the engine run in seconds. Every generated input must pass `parsePlan`.
 */
import fc from 'fast-check';
import type { PlanInput } from '@/plan';
import { makePlan, type DiskInput, type VmInput } from './factories';

type Version = '2012' | '2012R2' | '2016';

/**
 * A number in [min, max] with three decimals, as people type them. Raw fc.double would feed
 * subnormals like 3e-323 GB/day, whose float underflow is noise, not a finding.
 */
const dbl = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((v) => v / 1000);

export const arbDisk: fc.Arbitrary<DiskInput> = fc
  .record({
    sizeGB: dbl(1, 2000),
    usedShare: dbl(0, 1),
    churnGBPerDay: dbl(0, 200),
    replicated: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    name: fc.constantFrom('OS', 'Data', 'Logs'),
  })
  .map(({ sizeGB, usedShare, churnGBPerDay, replicated, name }) => ({
    name,
    sizeGB,
    usedGB: Math.min(sizeGB, sizeGB * usedShare),
    churnGBPerDay,
    replicated,
  }));

function arbVm(version: Version): fc.Arbitrary<Omit<VmInput, 'id'>> {
  const freqs = version === '2012' ? [300] : [30, 300, 900];
  const maxPoints = version === '2012' ? 15 : 24;
  return fc
    .record({
      count: fc.integer({ min: 1, max: 3 }),
      frequencySeconds: fc.constantFrom(...freqs) as fc.Arbitrary<30 | 300 | 900>,
      recoveryPoints: fc.integer({ min: 0, max: maxPoints }),
      appConsistent: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      writeIops: fc.option(dbl(0, 5000), { nil: null }),
      profile: fc.constantFrom('flat', 'business-hours', 'overnight-batch', 'custom') as fc.Arbitrary<
        'flat' | 'business-hours' | 'overnight-batch' | 'custom'
      >,
      weights: fc.array(dbl(0, 10), { minLength: 24, maxLength: 24 }),
      ir: fc.option(fc.constantFrom('network', 'offline', 'seed') as fc.Arbitrary<'network' | 'offline' | 'seed'>, { nil: null }),
      disks: fc.array(arbDisk, { minLength: 1, maxLength: 3 }),
    })
    .map((v) => ({
      name: 'vm',
      count: v.count,
      workload: 'general' as const,
      frequencySeconds: v.frequencySeconds,
      recoveryPoints: v.recoveryPoints,
      appConsistentHours: v.recoveryPoints >= 1 ? v.appConsistent : null,
      writeIops: v.writeIops,
      profile: v.profile,
      hourlyWeights: v.profile === 'custom' ? v.weights : null,
      initialReplication: v.ir,
      disks: v.disks,
    }));
}

const arbLink = fc
  .record({
    uplinkMbps: dbl(0.5, 200),
    downlink: fc.option(dbl(0.5, 400), { nil: null }),
    sharePercent: dbl(20, 100),
    // Hours at 0 % are real (replicate only at night); other hours get a usable share.
    hourly: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.array(fc.oneof(fc.constant(0), dbl(5, 100)), { minLength: 24, maxLength: 24 }) },
    ),
    efficiencyPercent: dbl(50, 100),
    window: fc.option(fc.record({ rttMs: dbl(1, 200), tcpWindowKiB: dbl(16, 4096) }), { nil: null, freq: 2 }),
    perStreamMbps: fc.option(dbl(1, 100), { nil: null, freq: 3 }),
  })
  .map((l) => ({
    uplinkMbps: l.uplinkMbps,
    replicaDownlinkMbps: l.downlink,
    sharePercent: l.sharePercent,
    hourlySharePercent: l.hourly,
    efficiencyPercent: l.efficiencyPercent,
    rttMs: l.window?.rttMs ?? null,
    tcpWindowKiB: l.window?.tcpWindowKiB ?? null,
    perStreamMbps: l.perStreamMbps,
  }));

/** Schema v2 options (SPEC §5.9): goals, 0–3 priced link tiers, 0–2 variants of simple changes. */
const arbOptions = fc.record({
  goals: fc.record({ stable: fc.boolean(), withinFailureWindow: fc.boolean(), targetRpo: fc.boolean(), noMissedCycles: fc.boolean() }),
  costs: fc.record({
    currency: fc.constantFrom('EUR', 'USD', 'CHF', ''),
    linkTiers: fc.array(fc.record({ name: fc.constantFrom('ADSL', 'VDSL', 'Fibre 100/20'), uplinkMbps: dbl(0.5, 500), downlinkMbps: fc.option(dbl(1, 1000), { nil: null }), monthly: dbl(0, 5000) }), {
      maxLength: 3,
    }),
    replicaStoragePerTBMonth: fc.option(dbl(0, 100), { nil: null }),
    offlineShipmentOneOff: fc.option(dbl(0, 2000), { nil: null }),
  }),
  variants: fc.array(
    fc.record({
      name: fc.constantFrom('Faster line', 'Night share', 'No paging disks'),
      changes: fc.array(
        fc.oneof(
          dbl(0.5, 500).map((value) => ({ path: 'link.uplinkMbps', value })),
          fc.boolean().map((value) => ({ path: 'vms[0].disks[0].replicated', value })),
          fc.constant({ path: 'link.hourlySharePercent', value: null }),
        ),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 2 },
  ),
});

/** A random valid plan input: 1–5 VMs with unique ids, 1–3 disks each. */
export const arbPlanInput: fc.Arbitrary<PlanInput> = fc
  .constantFrom<Version>('2012', '2012R2', '2016')
  .chain((version) =>
    fc.record({
      version: fc.constant(version),
      vms: fc.array(arbVm(version), { minLength: 1, maxLength: 5 }),
      compression: fc.boolean(),
      compressionRatio: dbl(0.3, 1),
      failureWindowMinutes: dbl(5, 120),
      maxActiveTransfers: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      targetRpoMinutes: fc.option(dbl(1, 120), { nil: null }),
      growthPercent: dbl(0, 50),
      link: arbLink,
      extended:
        version === '2012'
          ? fc.constant(null)
          : fc.oneof(
              { weight: 2, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: fc.record({ recoveryPoints: fc.integer({ min: 0, max: 24 }), link: arbLink }) },
            ),
      storage: fc.constantFrom<'binary' | 'decimal'>('binary', 'decimal'),
      diskFormat: fc.constantFrom<'dynamic' | 'fixed'>('dynamic', 'fixed'),
      uniqueChurnPercent: dbl(1, 100),
      headroomPercent: dbl(0, 100),
      irMethod: fc.constantFrom<'network' | 'offline' | 'seed'>('network', 'offline', 'seed'),
      irRatio: dbl(0.3, 1),
      concurrentVms: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      startHour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: null }),
      options: arbOptions,
    }),
  )
  .map((p) =>
    makePlan({
      units: { storage: p.storage },
      replication: {
        windowsServer: p.version,
        compression: p.compression,
        compressionRatio: p.compressionRatio,
        failureWindowMinutes: p.failureWindowMinutes,
        maxActiveTransfers: p.maxActiveTransfers,
        targetRpoMinutes: p.targetRpoMinutes,
        growthPercent: p.growthPercent,
      },
      link: p.link,
      // 900 s is ≥ every primary frequency, so the extended hop is always valid.
      extended: p.extended ? { frequencySeconds: 900, recoveryPoints: p.extended.recoveryPoints, link: p.extended.link } : null,
      replicaStorage: { diskFormat: p.diskFormat, uniqueChurnPercent: p.uniqueChurnPercent, headroomPercent: p.headroomPercent },
      initialReplication: {
        method: p.irMethod,
        compressionRatio: p.irRatio,
        concurrentVms: p.concurrentVms,
        startHour: p.startHour,
      },
      vms: p.vms.map((vm, i) => ({ ...vm, id: `vm${i + 1}`, name: `VM ${i + 1}` })),
      goals: p.options.goals,
      costs: p.options.costs,
      variants: p.options.variants.map((v, i) => ({ ...v, id: `v${i + 1}` })),
    }),
  );

/**
 * A random plan scaled to a light load: every churn shrunk so the mean raw demand is at most
 * 40 % of the link's daily capacity (uplink × share × efficiency). Most such plans are stable,
 * so properties about stable plans skip few cases. Bursts and per-stream caps can still bite.
 */
export const arbLightPlanInput: fc.Arbitrary<PlanInput> = arbPlanInput.map((input) => {
  const bytesPerGB = input.units?.storage === 'decimal' ? 1e9 : 2 ** 30;
  const link = input.link!;
  const share = link.hourlySharePercent ? link.hourlySharePercent.reduce((a, b) => a + b, 0) / 24 : (link.sharePercent ?? 100);
  const capacityMbps = Math.min(link.uplinkMbps!, link.replicaDownlinkMbps ?? Infinity) * (share / 100) * ((link.efficiencyPercent ?? 94) / 100);
  const growth = 1 + (input.replication?.growthPercent ?? 0) / 100;
  let demandMbps = 0;
  for (const vm of input.vms) {
    for (const d of vm.disks) if (d.replicated !== false) demandMbps += ((d.churnGBPerDay ?? 0) * (vm.count ?? 1) * bytesPerGB * growth * 8) / 86_400 / 1e6;
  }
  const limit = 0.4 * capacityMbps;
  if (demandMbps <= limit || demandMbps === 0) return input;
  const scale = limit / demandMbps;
  return {
    ...input,
    vms: input.vms.map((vm) => ({
      ...vm,
      disks: vm.disks.map((d) => ({ ...d, churnGBPerDay: Math.floor((d.churnGBPerDay ?? 0) * scale * 1000) / 1000 })),
    })),
  };
});

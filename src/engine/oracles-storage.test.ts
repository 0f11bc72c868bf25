/**
 * Storage oracles (SPEC §5.5): replica base, recovery points under the 2012 and 2012 R2+ rules,
 * in-flight logs, extended copy, headroom; primary reserves. GiB = 2^30 B.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, expectRel, GiB, makeDisk, makeVm, SECONDS_PER_DAY } from '@/test/factories';

describe('Windows Server 2012: each recovery point ≈ 10 % of the base disk [UNDO]', () => {
  const vm = makeVm({
    id: 'a',
    frequencySeconds: 300,
    recoveryPoints: 4,
    disks: [makeDisk({ sizeGB: 100, usedGB: 40, churnGBPerDay: 4 })],
  });

  it('dynamic: base = used 40 GiB; points = 0.10 × 40 GiB × 4 = 16 GiB', () => {
    const r = evaluatePlan(buildPlan({ replication: { windowsServer: '2012' }, vms: [vm] }));
    expectRel(r.storage.replica.baseBytes, 40 * GiB, 0.005, 'baseBytes');
    expectRel(r.storage.replica.recoveryPointBytes, 16 * GiB, 0.005, 'recoveryPointBytes');
  });

  it('fixed: base = provisioned 100 GiB; points = 0.10 × 100 GiB × 4 = 40 GiB; × count 3', () => {
    const r = evaluatePlan(
      buildPlan({ replication: { windowsServer: '2012' }, replicaStorage: { diskFormat: 'fixed' }, vms: [{ ...vm, count: 3 }] }),
    );
    expectRel(r.storage.replica.baseBytes, 3 * 100 * GiB, 0.005, 'baseBytes');
    expectRel(r.storage.replica.recoveryPointBytes, 3 * 40 * GiB, 0.005, 'recoveryPointBytes');
  });

  it('no recovery points → no recovery-point storage', () => {
    const r = evaluatePlan(buildPlan({ replication: { windowsServer: '2012' }, vms: [{ ...vm, recoveryPoints: 0 }] }));
    expect(r.storage.replica.recoveryPointBytes).toBe(0);
  });
});

describe('Windows Server 2012 R2+: N busiest consecutive hours of unique churn, each hour capped at the disk size', () => {
  // business-hours: hours 08–17 weigh 3 × the other 14 → weights 18/11 and 6/11 (mean 1).
  // 24 GiB/day → hourly raw churn = weight × 1 GiB. uniqueChurnPercent 50 %.
  // Disk A (500 GB): peak hour 18/11 × 0.5 = 9/11 GiB; off hour 6/11 × 0.5 = 3/11 GiB.
  // Disk B (0.5 GB, same churn): every hour capped at min(·, 0.5 GiB): peak 0.5, off 3/11.
  const twoDisks = (recoveryPoints: number, count: number, windowsServer: '2012R2' | '2016' = '2016') =>
    evaluatePlan(
      buildPlan({
        replication: { windowsServer },
        replicaStorage: { uniqueChurnPercent: 50 },
        vms: [
          makeVm({
            id: 'a',
            count,
            recoveryPoints,
            profile: 'business-hours',
            disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: 24 }), makeDisk({ name: 'Small', sizeGB: 0.5, usedGB: 0.5, churnGBPerDay: 24 })],
          }),
        ],
      }),
    );

  it('N = 3 (all in the peak): A 3 × 9/11 = 27/11 GiB + B 3 × 0.5 = 1.5 GiB = 3.9545 GiB per copy, × 2 copies', () => {
    const r = twoDisks(3, 2);
    expectRel(r.storage.replica.recoveryPointBytes, 2 * (27 / 11 + 1.5) * GiB, 0.005, 'recoveryPointBytes');
    expectRel(r.storage.replica.baseBytes, 2 * 100.5 * GiB, 0.005, 'baseBytes');
  });

  it('N = 12 (10 peak + 2 off hours): A (10 × 9 + 2 × 3)/11 = 96/11 GiB + B 10 × 0.5 + 2 × 3/11 = 61/11 GiB → 157/11 GiB', () => {
    const r = twoDisks(12, 1, '2012R2');
    expectRel(r.storage.replica.recoveryPointBytes, (157 / 11) * GiB, 0.005, 'recoveryPointBytes');
  });

  it('N = 24 covers the whole day: A 12 GiB (half of 24) + B 10 × 0.5 + 14 × 3/11 = 97/11 GiB', () => {
    const r = twoDisks(24, 1);
    expectRel(r.storage.replica.recoveryPointBytes, (12 + 97 / 11) * GiB, 0.005, 'recoveryPointBytes');
  });

  it('the busiest window wraps round midnight: overnight-batch with 1 point, peak hour 8/3 GiB of 24 GiB/day', () => {
    // overnight-batch weights 8/3 (01–05) and 2/3; unique 100 %; 1 point → busiest hour = 8/3 GiB.
    const r = evaluatePlan(
      buildPlan({
        vms: [makeVm({ recoveryPoints: 1, profile: 'overnight-batch', disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: 24 })] })],
      }),
    );
    expectRel(r.storage.replica.recoveryPointBytes, (8 / 3) * GiB, 0.005, 'recoveryPointBytes');
  });
});

describe('replica totals: base + recovery points + in-flight + extended + headroom', () => {
  // Case-1 VM (10 GiB/day flat, 900 s, no compression, 10 Mbps at 100 %), 40 of 100 GB used,
  // extended hop (900 s) keeping 2 points, headroom 20 %.
  //   base      = 40 GiB                                   = 42 949 672 960
  //   points    = 0 (primary hop keeps none)
  //   in-flight = 2 × largest log = 2 × 10 GiB / 96         =    223 696 213.3
  //   extended  = 40 GiB + 2 busiest hours (2 × 10/24 GiB)  = 43 844 499 797.3
  //   headroom  = 20 % × (sum above)                        = 17 403 573 794.1
  //   total                                                 = 104 421 442 764.8
  const plan = buildPlan({
    replication: { compression: false },
    link: { uplinkMbps: 10, efficiencyPercent: 100 },
    extended: { frequencySeconds: 900, recoveryPoints: 2 },
    replicaStorage: { headroomPercent: 20 },
    vms: [makeVm({ id: 'a', frequencySeconds: 900, disks: [makeDisk({ sizeGB: 100, usedGB: 40, churnGBPerDay: 10 })] })],
  });
  const r = evaluatePlan(plan).storage;
  const base = 40 * GiB;
  const inFlight = (2 * 10 * GiB) / 96;
  const extended = 40 * GiB + ((2 * 10) / 24) * GiB;
  const headroom = 0.2 * (base + inFlight + extended);

  it('each part', () => {
    expectRel(r.replica.baseBytes, base, 0.005, 'baseBytes');
    expect(r.replica.recoveryPointBytes).toBe(0);
    expectRel(r.replica.inFlightBytes, inFlight, 0.005, 'inFlightBytes');
    expectRel(r.replica.extendedBytes, extended, 0.005, 'extendedBytes');
    expectRel(r.replica.headroomBytes, headroom, 0.005, 'headroomBytes');
  });

  it('total = sum of the parts = 104 421 442 764.8 B', () => {
    expectRel(r.replica.totalBytes, base + inFlight + extended + headroom, 0.005, 'totalBytes');
    const { baseBytes, recoveryPointBytes, inFlightBytes, extendedBytes, headroomBytes, totalBytes } = r.replica;
    expectRel(totalBytes, baseBytes + recoveryPointBytes + inFlightBytes + extendedBytes + headroomBytes, 1e-9, 'sum');
  });

  it('no extended hop → extendedBytes 0', () => {
    const noExt = evaluatePlan({ ...plan, extended: null });
    expect(noExt.storage.replica.extendedBytes).toBe(0);
    expect(noExt.extended).toBeNull();
  });

  it('primary reserves: 50 % and 100 % of the replicated provisioned 100 GiB [ASR-DP-RPT]', () => {
    expectRel(r.primary.deltaReserveBytes, 50 * GiB, 0.005, 'deltaReserveBytes');
    expectRel(r.primary.initialReplicationReserveBytes, 100 * GiB, 0.005, 'initialReplicationReserveBytes');
  });

  it('primary peak pending log bytes: between one log L and L × (1 + 89.48/900)', () => {
    const L = (10 * GiB) / 96;
    expect(r.primary.peakPendingLogBytes).toBeGreaterThanOrEqual(L * 0.995);
    expect(r.primary.peakPendingLogBytes).toBeLessThanOrEqual(L * (1 + 89.48 / 900) * 1.005);
  });
});

describe('what counts as replicated', () => {
  it('excluded disks add nothing to base or reserves; groups multiply', () => {
    // Replicated: 60 GB OS (used 30) + 200 GB data (used 150); excluded 16 GB page. count 2.
    const r = evaluatePlan(
      buildPlan({
        replicaStorage: { headroomPercent: 0 },
        vms: [
          makeVm({
            count: 2,
            disks: [
              makeDisk({ name: 'OS', sizeGB: 60, usedGB: 30, churnGBPerDay: 1 }),
              makeDisk({ name: 'Data', sizeGB: 200, usedGB: 150, churnGBPerDay: 3 }),
              makeDisk({ name: 'Page', sizeGB: 16, usedGB: 16, churnGBPerDay: 20, replicated: false }),
            ],
          }),
        ],
      }),
    );
    expectRel(r.storage.replica.baseBytes, 2 * 180 * GiB, 0.005, 'baseBytes'); // 2 × (30 + 150)
    expectRel(r.storage.primary.deltaReserveBytes, 2 * 0.5 * 260 * GiB, 0.005, 'deltaReserveBytes'); // 2 × 50 % × (60 + 200)
    expectRel(r.storage.primary.initialReplicationReserveBytes, 2 * 260 * GiB, 0.005, 'initialReplicationReserveBytes');
    expect(r.storage.replica.headroomBytes).toBe(0);
  });

  it('decimal units: 1 GB = 10^9 B', () => {
    const r = evaluatePlan(buildPlan({ units: { storage: 'decimal' }, vms: [makeVm({ disks: [makeDisk({ sizeGB: 100, usedGB: 40 })] })] }));
    expectRel(r.storage.replica.baseBytes, 40e9, 0.005, 'baseBytes');
    expectRel(r.storage.primary.deltaReserveBytes, 50e9, 0.005, 'deltaReserveBytes');
  });
});

describe('replica write IOPS = writeIops × count × multiplier [ASR-PERF] [UNDO]', () => {
  const iops = (windowsServer: '2012' | '2012R2' | '2016', recoveryPoints: number, writeIops: number | null) =>
    evaluatePlan(buildPlan({ replication: { windowsServer }, vms: [makeVm({ count: 2, writeIops, recoveryPoints })] })).vms[0]!.replicaWriteIops;

  it('1.5 × without recovery points: 200 × 2 × 1.5 = 600', () => {
    expect(iops('2016', 0, 200)).toBeCloseTo(600, 6);
    expect(iops('2012', 0, 200)).toBeCloseTo(600, 6);
  });

  it('2.5 × with recovery points on 2012 R2+ (midpoint of 2–3): 200 × 2 × 2.5 = 1000', () => {
    expect(iops('2016', 2, 200)).toBeCloseTo(1000, 6);
    expect(iops('2012R2', 2, 200)).toBeCloseTo(1000, 6);
  });

  it('5 × with recovery points on 2012 (midpoint of 4–6): 200 × 2 × 5 = 2000', () => {
    expect(iops('2012', 2, 200)).toBeCloseTo(2000, 6);
  });

  it('null without writeIops', () => {
    expect(iops('2016', 2, null)).toBeNull();
  });
});

describe('demand answers (SPEC §5.4)', () => {
  const rate = (gib: number) => (gib * GiB * 8) / SECONDS_PER_DAY / 1e6; // Mbps of gib GiB/day

  it('excluded disks: saving = the same formula on the non-replicated disks (20 GiB/day × 0.7 × count 3)', () => {
    // 20 × 2^30 × 0.7 × 8 / 86 400 / 10^6 = 1.391887 Mbps per copy; × 3 = 4.175662 Mbps.
    const r = evaluatePlan(
      buildPlan({
        replication: { compression: true, compressionRatio: 0.7 },
        vms: [
          makeVm({
            count: 3,
            disks: [makeDisk({ churnGBPerDay: 4 }), makeDisk({ name: 'Page', sizeGB: 16, usedGB: 16, churnGBPerDay: 20, replicated: false })],
          }),
        ],
      }),
    );
    expectRel(r.bandwidth.excludedDisksSavingMbps, 3 * 0.7 * rate(20), 0.005, 'excludedDisksSavingMbps');
    expectRel(r.bandwidth.averageDemandMbps, 3 * 0.7 * rate(4), 0.005, 'averageDemandMbps');
  });

  it('growth 50 % scales demand and the month: 10 GiB/day × 1.5 × 0.7, count 2', () => {
    const r = evaluatePlan(
      buildPlan({
        replication: { compression: true, compressionRatio: 0.7, growthPercent: 50 },
        vms: [makeVm({ count: 2, disks: [makeDisk({ churnGBPerDay: 10 })] })],
      }),
    );
    expectRel(r.bandwidth.averageDemandMbps, 2 * 1.5 * 0.7 * rate(10), 0.005, 'averageDemandMbps');
    // 30 days × 2 × 1.5 × 0.7 × 10 GiB = 630 GiB
    expectRel(r.bandwidth.monthlyTransferBytes, 630 * GiB, 0.005, 'monthlyTransferBytes');
  });

  it('business-hours peak hour = 18/11 of the mean, in hours 08–17', () => {
    const r = evaluatePlan(buildPlan({ replication: { compression: false }, vms: [makeVm({ profile: 'business-hours', disks: [makeDisk({ churnGBPerDay: 11 })] })] }));
    expectRel(r.bandwidth.averageDemandMbps, rate(11), 0.005, 'averageDemandMbps');
    expectRel(r.bandwidth.peakHourDemandMbps, (18 / 11) * rate(11), 0.005, 'peakHourDemandMbps');
    expect(r.bandwidth.peakHour).toBeGreaterThanOrEqual(8);
    expect(r.bandwidth.peakHour).toBeLessThanOrEqual(17);
  });

  it('custom weights are normalised to mean 1: weight 2 in hours 0–11 and 6 in 12–23 → peak 1.5 × mean', () => {
    const hourlyWeights = Array.from({ length: 24 }, (_, h) => (h < 12 ? 2 : 6));
    const r = evaluatePlan(
      buildPlan({ replication: { compression: false }, vms: [makeVm({ profile: 'custom', hourlyWeights, disks: [makeDisk({ churnGBPerDay: 10 })] })] }),
    );
    expectRel(r.bandwidth.peakHourDemandMbps, 1.5 * rate(10), 0.005, 'peakHourDemandMbps');
    expect(r.bandwidth.peakHour).toBeGreaterThanOrEqual(12);
  });

  it('hourly share shapes capacity: 10 Mbps × 90 % × (50 % for hours 0–11, 100 % for 12–23)', () => {
    const hourlySharePercent = Array.from({ length: 24 }, (_, h) => (h < 12 ? 50 : 100));
    const r = evaluatePlan(buildPlan({ link: { uplinkMbps: 10, efficiencyPercent: 90, hourlySharePercent } }));
    expect(r.bandwidth.capacityByHourMbps).toHaveLength(24);
    expectRel(r.bandwidth.capacityByHourMbps[0]!, 4.5, 0.005, 'capacity hour 0');
    expectRel(r.bandwidth.capacityByHourMbps[12]!, 9, 0.005, 'capacity hour 12');
    expectRel(r.bandwidth.effectiveCapacityMbps, 6.75, 0.005, 'effectiveCapacityMbps (daily mean)');
  });

  it('a VM with no replicated disk demands nothing', () => {
    const r = evaluatePlan(buildPlan({ vms: [makeVm({ disks: [makeDisk({ replicated: false })] })] }));
    expect(r.bandwidth.averageDemandMbps).toBe(0);
    expect(r.bandwidth.monthlyTransferBytes).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeVm } from '@/test/factories';
import { buildStorageChart } from './storage-chart';
import { makeTestContext, makeTestResult } from './test-result';

const GiB = 2 ** 30;
const TiB = 2 ** 40;

describe('buildStorageChart', () => {
  const storage = {
    replica: { baseBytes: 824 * GiB, recoveryPointBytes: 200 * GiB, inFlightBytes: 0, extendedBytes: 0, headroomBytes: 1024 * GiB, totalBytes: 2 * TiB },
    primary: { peakPendingLogBytes: 512 * GiB, deltaReserveBytes: 1 * TiB, initialReplicationReserveBytes: 2 * TiB },
  };

  it('stacks the replica parts into its total and keeps primary reserves as separate bars', () => {
    const data = buildStorageChart(makeTestResult({ storage }), makeTestContext());
    // Largest bar: replica 824 + 200 + 0 + 0 + 1024 GiB = 2048 GiB = 2 TiB ≥ 1 TiB → TiB.
    expect(data.unit).toEqual({ label: 'TiB', bytesPerUnit: TiB });
    const [replica, ...primary] = data.bars;
    expect(replica!.totalBytes).toBe(2 * TiB);
    expect(replica!.segments.map((s) => [s.key, s.value])).toEqual([
      ['base', 824 / 1024],
      ['recoveryPoints', 200 / 1024],
      ['inFlight', 0],
      ['extended', 0],
      ['headroom', 1],
    ]);
    expect(replica!.segments[4]!.text).toBe('1 TiB');
    expect(primary.map((b) => [b.label, b.totalBytes])).toEqual([
      ['Primary: peak pending logs', 512 * GiB],
      ['Primary: delta reserve', TiB],
      ['Primary: initial replication reserve', 2 * TiB],
    ]);
    expect(data.rows[0]).toEqual({ label: 'Replica site', base: 0.8046875, recoveryPoints: 0.1953125, inFlight: 0, extended: 0, headroom: 1 });
    expect(data.rows[1]).toEqual({ label: 'Primary: peak pending logs', pendingLogs: 0.5 });
  });

  it('lists only non-zero segments in the legend', () => {
    const data = buildStorageChart(makeTestResult({ storage }), makeTestContext());
    expect(data.series.map((s) => s.key)).toEqual(['base', 'recoveryPoints', 'headroom', 'pendingLogs', 'deltaReserve', 'initialReplicationReserve']);
  });

  it('turns NaN or negative bytes into 0 and uses GB for decimal plans', () => {
    const broken = { ...storage, replica: { ...storage.replica, baseBytes: Number.NaN, headroomBytes: -5 }, primary: { peakPendingLogBytes: 3e9, deltaReserveBytes: 0, initialReplicationReserveBytes: 0 } };
    const data = buildStorageChart(makeTestResult({ storage: broken }), makeTestContext({ units: { storage: 'decimal' } }));
    // Replica drawn as 0 + 200 + 0 + 0 + 0 = 200 GiB = 214.7 GB, the largest bar → GB.
    expect(data.unit.label).toBe('GB');
    expect(data.bars[0]!.segments[0]!.bytes).toBe(0);
    expect(data.bars[0]!.totalBytes).toBe(200 * GiB);
    expect(data.rows[1]).toEqual({ label: 'Primary: peak pending logs', pendingLogs: 3 });
  });

  it('matches the engine replica total on a real result', () => {
    const plan = buildPlan({ vms: [makeVm({ recoveryPoints: 4, count: 2 })] });
    const result = evaluatePlan(plan);
    const data = buildStorageChart(result, plan);
    expect(data.bars[0]!.totalBytes).toBeCloseTo(result.storage.replica.totalBytes, 0);
  });
});

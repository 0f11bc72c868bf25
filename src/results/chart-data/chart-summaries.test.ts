import { describe, expect, it } from 'vitest';
import { buildBacklogChart } from './backlog-chart';
import { backlogSummary, demandSummary, initialReplicationSummary, storageSummary, whatIfSummary } from './chart-summaries';
import { buildDemandChart } from './demand-chart';
import { buildInitialReplicationChart } from './initial-replication-chart';
import { buildStorageChart } from './storage-chart';
import { makeTestContext, makeTestIrVm, makeTestResult, makeTestSeries, makeTestVm } from './test-result';
import type { WhatIfChartData } from './what-if-chart';

const GiB = 2 ** 30;

describe('chart summaries', () => {
  it('names the peak hour against capacity and counts hours over it', () => {
    // 0.5 Mbps flat, except 2 Mbps at 08:00; capacity 9.4 Mbps all day except 1 Mbps at 08:00.
    const vm = makeTestVm({ hourlyDemandMbps: Array.from({ length: 24 }, (_, h) => (h === 8 ? 2 : 0.5)) });
    const base = makeTestResult({ vms: [vm] });
    const capacityByHourMbps = Array.from({ length: 24 }, (_, h) => (h === 8 ? 1 : 9.4));
    const data = buildDemandChart(makeTestResult({ vms: [vm], bandwidth: { ...base.bandwidth, capacityByHourMbps } }));
    expect(demandSummary(data)).toBe('Peak demand 2 Mbps at 08:00 vs 1 Mbps usable; demand exceeds capacity in 1 of 24 hours.');
  });

  it('gives the backlog peak, the worst RPO and the first breach', () => {
    const series = makeTestSeries(4, 300, { backlogBytes: [0, 3 * GiB, GiB, 0] });
    const vms = [makeTestVm({ id: 'fs', name: 'FS01', failureWindowBreach: { atSeconds: 600, delaySeconds: 2000 } })];
    const base = makeTestResult({ vms, series });
    const failureWindow = { ...base.failureWindow, breached: true, vmsBreaching: 1 };
    const result = { ...base, failureWindow, rpo: { worstSeconds: 3600, worstVmId: 'fs', averageSeconds: 600, unbounded: false, growthSecondsPerDay: 0, growthVmId: null, firstResync: null, reportedDayWorstSeconds: 3600} };
    const text = backlogSummary(buildBacklogChart(result, makeTestContext()), result, 'binary');
    expect(text).toBe('Backlog peaks at 3 GiB at 00:05; worst RPO 1 h (FS01) against the 30 min failure window. 1 VM breaches it, first FS01 at 00:10.');
    // A group of 3 copies of FS01, all breaching: rows and copies are both named.
    const grouped = { ...result, failureWindow: { ...failureWindow, vmsBreaching: 3 } };
    expect(backlogSummary(buildBacklogChart(grouped, makeTestContext()), grouped, 'binary')).toContain('1 VM (3 copies) breach it, first FS01 at 00:10.');
  });

  it('says when the worst RPO came on a day before the repeating one drawn', () => {
    const base = makeTestResult();
    // Worst 34 min 18 s (2 058 s) on day 3; the repeating day drawn peaks at 26 min 48 s (1 608 s).
    const result = { ...base, rpo: { ...base.rpo, worstSeconds: 2058, reportedDayWorstSeconds: 1608 } };
    expect(backlogSummary(buildBacklogChart(result, makeTestContext()), result, 'binary')).toContain(
      'The worst RPO came on an earlier simulated day, while the days settled into the one drawn (26 min 48 s at worst).',
    );
  });

  it('says there is no backlog and no breach on a quiet plan', () => {
    const result = makeTestResult();
    expect(backlogSummary(buildBacklogChart(result, makeTestContext()), result, 'binary')).toBe(
      'No overdue data at any time of day; worst RPO 9 min 40 s (VM1) against the 30 min failure window. No VM breaches it.',
    );
  });

  it('reads the current uplink and lists requirements', () => {
    const data: WhatIfChartData = {
      points: [],
      markers: [
        { kind: 'current', uplinkMbps: 0.3, label: 'Current uplink 0.3 Mbps', worstRpoMinutes: 120, onTimeCyclesPercent: 27.3, stable: true },
        { kind: 'stable', uplinkMbps: 0.58, label: 'Keeps up: 0.58 Mbps', worstRpoMinutes: null, onTimeCyclesPercent: null, stable: null },
      ],
    };
    expect(whatIfSummary(data)).toBe('At the current 0.3 Mbps: worst RPO 2 h, 27 % of cycles on time. Needed — Keeps up: 0.58 Mbps.');
    // SPEC §5.3a: where the backlog grows, the day's worst RPO is no answer.
    const growing = { ...data, markers: [{ ...data.markers[0]!, stable: false }, data.markers[1]!] };
    expect(whatIfSummary(growing)).toBe('At the current 0.3 Mbps the RPO grows without limit, 27 % of cycles on time. Needed — Keeps up: 0.58 Mbps.');
  });

  it('sums up replica storage and primary reserves', () => {
    const storage = {
      replica: { baseBytes: 300 * GiB, recoveryPointBytes: 0, inFlightBytes: 0, extendedBytes: 0, headroomBytes: 60 * GiB, totalBytes: 360 * GiB },
      primary: { peakPendingLogBytes: GiB, deltaReserveBytes: 200 * GiB, initialReplicationReserveBytes: 400 * GiB },
    };
    const data = buildStorageChart(makeTestResult({ storage }), makeTestContext());
    expect(storageSummary(data, 'binary')).toBe(
      'Replica site needs 360 GiB (base copies 300 GiB, headroom 60 GiB). Primary: peak pending logs 1 GiB; keep 200 GiB free (worst case 400 GiB during initial replication).',
    );
  });

  it('says when all VMs are protected, or which never are', () => {
    const done = makeTestResult({
      initialReplication: {
        totalSeconds: 7200,
        vms: [makeTestIrVm({ durationSeconds: 7200, completeSeconds: 7200 })],
        recommendOffline: true,
        recommendation: { offlineVmIds: ['vm1'], totalSeconds: 3600, savedSeconds: 3600 },
        order: 'plan',
        concurrentCopies: 6,
      },
    });
    expect(initialReplicationSummary(buildInitialReplicationChart(done))).toBe('The VM is protected after 2 h. Ship VM1 on disk (offline): every VM protected after 1 h instead of 2 h.');
    const stuck = makeTestResult({
      initialReplication: { totalSeconds: null, vms: [makeTestIrVm({ catchUpSeconds: null, completeSeconds: null, resyncRisk: true })], recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6 },
    });
    expect(initialReplicationSummary(buildInitialReplicationChart(stuck))).toBe(
      '1 of 1 VM never completes: VM1 (catch-up never finishes). 1 VM would need resync (logged churn ≥ 50 % of its size).',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { PlanResult } from '@/engine';
import { buildPlan, makeDisk, makeVm } from '@/test/factories';
import { makeTestIrVm, makeTestResult, makeTestVm } from '@/test/plan-result';
import { buildRecommendations, listNames } from './recommendations';

const GiB = 2 ** 30;
const plan = buildPlan({ link: { uplinkMbps: 0.3 }, replication: { targetRpoMinutes: 15 } });

function withBandwidth(result: PlanResult, patch: Partial<PlanResult['bandwidth']>): PlanResult {
  return { ...result, bandwidth: { ...result.bandwidth, ...patch } };
}

const textOf = (recs: { id: string; text: string }[], id: string) => recs.find((r) => r.id === id)?.text;

describe('listNames', () => {
  it('joins with commas and "and", and counts what is left past the limit', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B', 'C', 'D'], 2)).toBe('A, B and 2 more');
  });
});

describe('buildRecommendations', () => {
  it('asks for the uplink each missed goal needs, in one sentence', () => {
    const result: PlanResult = {
      ...withBandwidth(makeTestResult(), { requiredUplinkMbps: { stable: 0.58, withinFailureWindow: 0.933, noMissedCycles: 0.933, targetRpo: 0.95 } }),
      stable: false,
      failureWindow: { windowSeconds: 1800, breached: true, vmsBreaching: 1, firstBreachSeconds: 0, firstBreachVmId: 'vm1' , firstBreachFromStartSeconds: null},
      rpo: { worstSeconds: 86_400, worstVmId: 'vm1', averageSeconds: 40_000 , unbounded: false, growthSecondsPerDay: 0, growthVmId: null, firstResync: null, reportedDayWorstSeconds: 86_400},
    };
    const recs = buildRecommendations(plan, result);
    expect(recs[0]).toEqual({
      id: 'uplink',
      text: 'Raise the uplink from 0.3 Mbps to at least 0.58 Mbps to keep up with the churn, 0.933 Mbps to stay inside the 30 min failure window and 0.95 Mbps to meet the 15 min target RPO.',
    });
  });

  it('says when no uplink alone reaches a goal', () => {
    const result: PlanResult = {
      ...withBandwidth(makeTestResult(), { requiredUplinkMbps: { stable: 0.55, withinFailureWindow: null, noMissedCycles: null, targetRpo: null }, perStreamCapMbps: 2 }),
      failureWindow: { windowSeconds: 1800, breached: true, vmsBreaching: 1, firstBreachSeconds: 3600, firstBreachVmId: 'vm1' , firstBreachFromStartSeconds: null},
    };
    const recs = buildRecommendations(buildPlan(), result);
    expect(textOf(recs, 'uplink')).toBeUndefined();
    expect(textOf(recs, 'uplink-unreachable')).toBe(
      'No uplink alone is enough to stay inside the 30 min failure window: reduce the data sent (exclude disks that need no protection) or lift the per-transfer limit (TCP window, round-trip time).',
    );
  });

  it('lists the smallest uplinks when the current one meets every goal', () => {
    // makeTestResult: 0.55 keeps up, 0.8 for the window, 1.4 for no missed cycles; no target set.
    const recs = buildRecommendations(buildPlan(), makeTestResult());
    expect(recs[0]).toEqual({
      id: 'uplink-enough',
      text: 'No uplink change is needed: 20 Mbps meets every goal. The smallest uplinks that would: 0.55 Mbps to keep up, 0.8 Mbps to stay inside the failure window and 1.4 Mbps to never miss a cycle.',
    });
  });

  it('asks for more replica-site uplink when the extended hop cannot keep up', () => {
    const extPlan = buildPlan({ replication: { windowsServer: '2012R2' }, extended: { frequencySeconds: 900, link: { uplinkMbps: 10 } } });
    const result = makeTestResult({
      extended: { stable: false, worstRpoSeconds: 90_000, worstVmId: 'vm1', averageDemandMbps: 12, effectiveCapacityMbps: 9.4, requiredUplinkMbpsStable: 13.5, vmsBreaching: 1 },
    });
    expect(textOf(buildRecommendations(extPlan, result), 'extended-uplink')).toBe(
      'Raise the replica site’s uplink to the extended site from 10 Mbps to at least 13.5 Mbps so the extended hop keeps up.',
    );
  });

  it('names the paging-file disks to exclude (from the engine warnings) and those already excluded', () => {
    const disks = [makeDisk({ name: 'OS' }), makeDisk({ name: 'Pagefile', churnGBPerDay: 20 }), makeDisk({ name: 'Temp', replicated: false })];
    const p = buildPlan({ vms: [makeVm({ name: 'FS01', disks })] });
    const result = withBandwidth(
      makeTestResult({
        warnings: [
          {
            code: 'paging-disk-replicated',
            severity: 'warning',
            vmId: 'vm1',
            field: 'vms[0].disks[1].replicated',
            params: { vmName: 'FS01', diskName: 'Pagefile', flag: { code: 'paging-disk-replicated', field: 'replicated' } },
            message: '…',
          },
        ],
      }),
      { excludedDisksSavingMbps: 0.46 },
    );
    const recs = buildRecommendations(p, result);
    expect(textOf(recs, 'exclude-disks')).toBe(
      'Exclude FS01 “Pagefile” from replication: paging-file and scratch churn is high and worthless on a replica [BPA]. Move a paging file to its own disk first where it shares one.',
    );
    expect(textOf(recs, 'keep-excluded')).toBe('Keep FS01 “Temp” out of replication: replicating it would add 0.46 Mbps of average demand.');
  });

  it('recommends shipping the initial copy on disk for the VMs where offline wins, quoting the biggest gain', () => {
    const p = buildPlan({ vms: [makeVm({ id: 'a', name: 'A' }), makeVm({ id: 'b', name: 'B' }), makeVm({ id: 'c', name: 'C' })] });
    const result = makeTestResult({
      vms: ['a', 'b', 'c'].map((id) => makeTestVm({ id, name: id.toUpperCase() })),
      initialReplication: {
        totalSeconds: null,
        // The engine's advice, run in the same model as following it: ship A and B, all protected after 2 d 12 h.
        recommendOffline: true, recommendation: { offlineVmIds: ['a', 'b'], totalSeconds: 2.5 * 86_400, savedSeconds: null }, order: 'plan', concurrentCopies: 6,
        vms: [
          // A: 3 d over the network, 2 d offline → gain 1 d.
          makeTestIrVm({ id: 'a', completeSeconds: 3 * 86_400, offlineAlternativeSeconds: 2 * 86_400 }),
          // B: never over the network → infinite gain: the one quoted.
          makeTestIrVm({ id: 'b', durationSeconds: null, completeSeconds: null, offlineAlternativeSeconds: 2.5 * 86_400 }),
          // C: the network is faster: not listed.
          makeTestIrVm({ id: 'c', completeSeconds: 3600, offlineAlternativeSeconds: 2 * 86_400 }),
        ],
      },
    });
    const recs = buildRecommendations(p, result);
    expect(textOf(recs, 'ship-initial-copy')).toBe(
      'Ship A and B on disk (offline): every VM protected after 2 d 12 h instead of never [OOBIR].',
    );
    expect(textOf(recs, 'initial-copy-never')).toBeUndefined();
  });

  it('says an initial copy that never completes needs the uplink fixed first when shipping does not help', () => {
    const p = buildPlan({ initialReplication: { method: 'offline' }, vms: [makeVm({ name: 'DC01' })] });
    const result = makeTestResult({
      initialReplication: { totalSeconds: null, recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6, vms: [makeTestIrVm({ method: 'offline', catchUpSeconds: null, completeSeconds: null })] },
    });
    expect(textOf(buildRecommendations(p, result), 'initial-copy-never')).toBe(
      'The initial replication of DC01 never completes: once the other VMs are protected, their churn needs more than the link has left. Fix the uplink first; no copy method helps while the link cannot keep up.',
    );
  });

  it('raises MaximumActiveTransfers to the engine’s figure when it exceeds the current one', () => {
    const result = withBandwidth(makeTestResult(), { recommendedMaxActiveTransfers: 10, perStreamCapMbps: 2 });
    expect(textOf(buildRecommendations(buildPlan(), result), 'max-active-transfers')).toBe(
      'Raise MaximumActiveTransfers from 6 to 10 on the primary servers (registry value, KB 2767928): each transfer is capped at 2 Mbps, so fewer parallel transfers cannot fill the link [KB2767928].',
    );
    const already = withBandwidth(makeTestResult(), { recommendedMaxActiveTransfers: 4 });
    expect(textOf(buildRecommendations(buildPlan(), already), 'max-active-transfers')).toBeUndefined();
  });

  it('asks for compression when it is off', () => {
    expect(textOf(buildRecommendations(buildPlan({ replication: { compression: false } }), makeTestResult()), 'compression-on')).toMatch(/^Turn compression on/);
  });

  it('ends with the storage to provision on both sites', () => {
    const result = makeTestResult({
      storage: {
        replica: { baseBytes: 369 * GiB, recoveryPointBytes: 863 * 2 ** 20, inFlightBytes: 514 * 2 ** 20, extendedBytes: 0, headroomBytes: 74.1 * GiB, totalBytes: 444 * GiB },
        primary: { peakPendingLogBytes: 32.5 * GiB, deltaReserveBytes: 380 * GiB, initialReplicationReserveBytes: 760 * GiB },
      },
    });
    const recs = buildRecommendations(buildPlan(), result);
    expect(recs.slice(-2).map((r) => r.text)).toEqual([
      'Provision 444 GiB of replica storage: 369 GiB for the base copies, 863 MiB for recovery points, 514 MiB for logs in flight and 74.1 GiB of headroom.',
      'Keep at least 32.5 GiB free on the primary volumes for logs waiting to be sent; if replication stops, the worst case is 380 GiB (50 % of the replicated disk size) [ASR-DP-RPT].',
    ]);
  });
});

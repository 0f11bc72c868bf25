import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/test/factories';
import { makePlanResult, makeVmResult } from '@/test/ui/make-plan-result';
import { verdictOf, vmLabel } from './verdict';

const plan = buildPlan({ link: { uplinkMbps: 20 } });
const breached = {
  windowSeconds: 1800,
  breached: true,
  vmsBreaching: 2,
  firstBreachSeconds: 10 * 3600 + 35 * 60,
  firstBreachVmId: 'fs01', firstBreachFromStartSeconds: null,
};
const required = { stable: 12, withinFailureWindow: 34, noMissedCycles: 41, targetRpo: null };
const withRequired = (r: ReturnType<typeof makePlanResult>) => ({ ...r, bandwidth: { ...r.bandwidth, requiredUplinkMbps: required } });

describe('verdictOf', () => {
  it('says the uplink is enough, with the worst RPO and its VM, when no VM is near the window', () => {
    // makeVmResult: worst RPO 580 s = 9 min 40 s, max cycle delay 280 s < 0.75 × 1800 s = 1350 s.
    const verdict = verdictOf(plan, makePlanResult());
    expect(verdict.tone).toBe('ok');
    expect(verdict.detail).toBe('The 20 Mbps uplink is enough: worst RPO 9 min 40 s (FS01), no VM near the 30 min failure window.');
  });

  it('names the VM that comes near the failure window and by how much', () => {
    // 1800 s − 1500 s = 300 s = 5 min of margin; 1500 s ≥ 1350 s counts as near.
    const verdict = verdictOf(plan, makePlanResult({ vms: [makeVmResult({ maxCycleDelaySeconds: 1500 })] }));
    expect(verdict.tone).toBe('ok');
    expect(verdict.detail).toContain('FS01 comes within 5 min of the 30 min failure window');
  });

  it('says "not enough" on a breach, with VM, time and the two uplinks needed', () => {
    const breach = { atSeconds: 10 * 3600 + 35 * 60, delaySeconds: 2000 };
    const vms = [makeVmResult({ failureWindowBreach: breach }), makeVmResult({ id: 'app01', name: 'APP01', failureWindowBreach: breach })];
    const verdict = verdictOf(plan, withRequired(makePlanResult({ failureWindow: breached, vms })));
    // A group: 2 VMs (rows) but 5 copies breach; the copies are named too.
    const grouped = verdictOf(plan, withRequired(makePlanResult({ failureWindow: { ...breached, vmsBreaching: 5 }, vms })));
    expect(grouped.detail).toContain('(1 other VM too, 5 copies in all)');
    expect(verdict.tone).toBe('bad');
    expect(verdict.title).toBe('Not enough');
    expect(verdict.detail).toBe(
      'FS01 breaches the 30 min failure window at 10:35 (1 other VM too); you need 34 Mbps to stay inside it, 41 Mbps to never miss a cycle.',
    );
  });

  it('puts a growing backlog first, with the uplink needed to keep up', () => {
    const verdict = verdictOf(plan, withRequired(makePlanResult({ stable: false, failureWindow: breached })));
    expect(verdict.tone).toBe('bad');
    expect(verdict.detail).toBe(
      'The 20 Mbps uplink cannot keep up: the replication backlog grows every day. You need 12 Mbps to keep up, 34 Mbps to stay inside the 30 min failure window.',
    );
  });

  it('an unbounded plan says the RPO grows without limit, how fast, and when a resync comes (SPEC §5.3a)', () => {
    const base = makePlanResult({ stable: false, failureWindow: breached });
    const rpo = { ...base.rpo, worstSeconds: 400_000, unbounded: true, growthSecondsPerDay: 20 * 3600, growthVmId: 'vm1', firstResync: { vmId: 'vm1', afterSeconds: 9.4 * 86_400 } };
    const verdict = verdictOf(plan, withRequired({ ...base, rpo }));
    expect(verdict.title).toBe('Not enough — the RPO grows without limit');
    expect(verdict.detail).toBe(
      'The 20 Mbps uplink cannot keep up: the replication backlog grows every day. The RPO grows without limit, about 20 h more each day (vm1); vm1 would need a resync after about 9 days. You need 12 Mbps to keep up, 34 Mbps to stay inside the 30 min failure window.',
    );
    expect(verdict.detail).not.toContain('4 d'); // the 7th day's 400 000 s is never the answer
  });

  it('says when no uplink alone reaches a requirement', () => {
    const r = makePlanResult({ failureWindow: breached });
    const verdict = verdictOf(plan, { ...r, bandwidth: { ...r.bandwidth, requiredUplinkMbps: { ...required, withinFailureWindow: null } } });
    expect(verdict.detail).toContain('you need more than uplink alone can give to stay inside it');
  });

  it('warns about missed cycles inside the window', () => {
    const verdict = verdictOf(plan, withRequired(makePlanResult({ cycles: { total: 288, missed: 12, onTimePercent: 95.8 } })));
    expect(verdict.tone).toBe('warning');
    expect(verdict.detail).toContain('12 of 288 cycles are missed; you need 41 Mbps to never miss a cycle');
  });

  it('warns when the target RPO is missed', () => {
    // Target 5 min = 300 s < worst 580 s.
    const targetPlan = buildPlan({ link: { uplinkMbps: 20 }, replication: { targetRpoMinutes: 5 } });
    const r = makePlanResult();
    const verdict = verdictOf(targetPlan, { ...r, bandwidth: { ...r.bandwidth, requiredUplinkMbps: { ...required, targetRpo: 25 } } });
    expect(verdict.tone).toBe('warning');
    expect(verdict.detail).toContain('misses the 5 min target; you need 25 Mbps to meet it');
  });
});

describe('vmLabel', () => {
  it('uses the VM name, falling back to the id', () => {
    const result = makePlanResult({ vms: [makeVmResult({ id: 'sql01', name: 'SQL01' })] });
    expect(vmLabel(result, 'sql01')).toBe('SQL01');
    expect(vmLabel(result, 'gone')).toBe('gone');
    expect(vmLabel(result, null)).toBe('no VM');
  });
});

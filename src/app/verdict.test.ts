import { describe, expect, it } from 'vitest';
import { makePlanResult, makeVmResult } from './testing/make-plan-result';
import { verdictOf, vmLabel } from './verdict';

const breached = {
  windowSeconds: 1800,
  breached: true,
  vmsBreaching: 2,
  firstBreachSeconds: 9 * 3600 + 35 * 60,
  firstBreachVmId: 'fs01',
};

describe('verdictOf', () => {
  it('is ok when stable and the failure window holds', () => {
    const verdict = verdictOf(makePlanResult());
    expect(verdict.tone).toBe('ok');
    expect(verdict.title).toBe('Stable and within the 30 min failure window');
  });

  it('warns when stable but the failure window is breached, naming time and VM', () => {
    const verdict = verdictOf(makePlanResult({ failureWindow: breached }));
    expect(verdict.tone).toBe('warning');
    expect(verdict.title).toContain('breached');
    expect(verdict.detail).toContain('2 VMs');
    expect(verdict.detail).toContain('First breach at 09:35 (FS01)');
  });

  it('is bad when the backlog grows, whatever the failure window says', () => {
    expect(verdictOf(makePlanResult({ stable: false })).tone).toBe('bad');
    const verdict = verdictOf(makePlanResult({ stable: false, failureWindow: breached }));
    expect(verdict.title).toBe('Not stable: the uplink cannot keep up');
    expect(verdict.detail).toContain('09:35');
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

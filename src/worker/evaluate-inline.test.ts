import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeVm } from '@/test/factories';
import { canEvaluateInline, evaluateInline, INLINE_MAX_VM_COPIES, vmCopies } from './evaluate-inline';

describe('evaluateInline', () => {
  it('counts every copy of a group against the inline limit', () => {
    // 1 + 9 = 10 copies: inline; one more copy (11) goes to the worker.
    const at = buildPlan({ vms: [makeVm({ id: 'a' }), makeVm({ id: 'b', count: 9 })] });
    const over = buildPlan({ vms: [makeVm({ id: 'a', count: 2 }), makeVm({ id: 'b', count: 9 })] });
    expect(INLINE_MAX_VM_COPIES).toBe(10);
    expect([vmCopies(at), canEvaluateInline(at)]).toEqual([10, true]);
    expect([vmCopies(over), canEvaluateInline(over)]).toEqual([11, false]);
  });

  it('returns exactly what evaluatePlan returns', () => {
    const plan = buildPlan();
    expect(evaluateInline(plan)).toEqual(evaluatePlan(plan));
  });
});

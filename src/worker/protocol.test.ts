import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import type { Plan } from '@/plan';
import { buildPlan } from '@/test/factories';
import { handleEngineRequest } from './protocol';

describe('handleEngineRequest', () => {
  it('answers with the engine result under the request id', () => {
    const plan = buildPlan();
    expect(handleEngineRequest({ id: 7, plan })).toEqual({ id: 7, ok: true, result: evaluatePlan(plan) });
  });

  it('turns an engine exception into { ok: false, error } text', () => {
    // Not a valid plan: the engine trusts its input and throws on a missing vms array.
    const response = handleEngineRequest({ id: 8, plan: {} as Plan });
    expect(response).toMatchObject({ id: 8, ok: false });
    expect('error' in response ? response.error : '').not.toBe('');
  });
});

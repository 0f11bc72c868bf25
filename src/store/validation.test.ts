import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { arbPlanInput } from '@/test/arbitraries';
import { generatePlan } from '@/test/generated-plans';
import { setIn } from './draft-ops';
import { createPlanStore } from './plan-store';
import { branchOffice } from './testing/example-plan';
import { groupIssuesByPath, rememberParsedPlan, selectDraftValidation, selectLastValidPlan, selectResultsOutOfDate, selectValidation } from './validation';

describe('selectValidation', () => {
  it('a valid draft gives the trusted plan and no issues', () => {
    const v = selectValidation(branchOffice());
    expect(v.ok).toBe(true);
    expect(v.plan?.vms).toHaveLength(4);
    expect(v.issues).toEqual([]);
    expect(v.issuesByPath.size).toBe(0);
  });

  it('maps each field issue to the path the input shows it on', () => {
    let draft = setIn(branchOffice(), ['vms', 2, 'disks', 0, 'sizeGB'], -1);
    draft = setIn(draft, ['link', 'uplinkMbps'], 'fast');
    const v = selectValidation(draft);
    expect(v.ok).toBe(false);
    expect(v.plan).toBeNull();
    expect(v.issuesByPath.get('vms[2].disks[0].sizeGB')).toBe('must be greater than 0');
    expect(v.issuesByPath.get('link.uplinkMbps')).toBe('must be a number, not text "fast"');
  });

  it('maps cross-field issues too (reported once the fields themselves are well-formed)', () => {
    let draft = setIn(branchOffice(), ['vms', 2, 'disks', 0, 'usedGB'], 100); // size 80
    draft = setIn(setIn(draft, ['vms', 1, 'id'], 'dc01'), ['vms', 3, 'id'], 'dc01');
    const v = selectValidation(draft);
    expect(v.issuesByPath.get('vms[2].disks[0].usedGB')).toMatch(/cannot exceed the disk size/);
    expect(v.issuesByPath.get('vms[1].id')).toMatch(/Duplicate VM id "dc01"/);
    expect(v.issuesByPath.get('vms[3].id')).toMatch(/Duplicate VM id "dc01"/);
  });

  it('joins several issues on one field', () => {
    const byPath = groupIssuesByPath([
      { path: 'vms[0].id', message: 'a' },
      { path: 'name', message: 'b' },
      { path: 'vms[0].id', message: 'c' },
    ]);
    expect([...byPath]).toEqual([
      ['vms[0].id', 'a; c'],
      ['name', 'b'],
    ]);
  });

  it('is memoised on the draft object: same draft, same result object', () => {
    const draft = branchOffice();
    expect(selectValidation(draft)).toBe(selectValidation(draft));
    expect(selectValidation(structuredClone(draft))).not.toBe(selectValidation(draft));
  });
});

describe('rememberParsedPlan', () => {
  // The shortcut is sound only if parsing a parsed plan gives the same plan again.
  const reparsed = (input: unknown) => {
    const once = parsePlan(input);
    if (!once.ok) return null;
    const twice = parsePlan(once.plan);
    return { once: once.plan, twice: twice.ok ? twice.plan : twice };
  };

  it('the gate is idempotent on generated and random plans', () => {
    const big = reparsed(generatePlan(300, [0.1, 0.7, 0.2]))!;
    expect(big.twice).toEqual(big.once);
    fc.assert(
      fc.property(arbPlanInput, (input) => {
        const r = reparsed(input);
        if (r) expect(r.twice).toEqual(r.once);
      }),
      { numRuns: 50 },
    );
  });

  it('a remembered plan validates as itself, with no issues', () => {
    const parsed = parsePlan(generatePlan(20));
    if (!parsed.ok) throw new Error('generated plan did not parse');
    rememberParsedPlan(parsed.plan);
    const validation = selectValidation(parsed.plan);
    expect(validation).toMatchObject({ ok: true, plan: parsed.plan, issues: [] });
    expect(validation.plan).toEqual((parsePlan(parsed.plan) as { plan: unknown }).plan);
  });
});

describe('store selectors', () => {
  it('flag results as out of date while the draft is invalid, and keep the last valid plan', () => {
    const store = createPlanStore({ initialPlan: branchOffice() });
    const valid = selectLastValidPlan(store.getState());
    expect(selectResultsOutOfDate(store.getState())).toBe(false);
    store.getState().setField(['replication', 'compressionRatio'], 2);
    expect(selectResultsOutOfDate(store.getState())).toBe(true);
    expect(selectDraftValidation(store.getState()).issuesByPath.get('replication.compressionRatio')).toBe('must be at most 1');
    expect(selectLastValidPlan(store.getState())).toBe(valid);
  });
});

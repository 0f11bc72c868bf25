import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '@/plan';
import { makePlan } from '@/test/factories';
import mixed from './fixtures/inventory-mixed.csv?raw';
import { reviewInventory } from './inventory-review';

const plan = (input = makePlan()): Plan => {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

const HEADER = 'VM name,Disk name,Size (GiB),Frequency';

describe('reviewInventory', () => {
  it('marks each row ready or with its own problems', () => {
    const review = reviewInventory(mixed, 'binary', plan());
    expect(review.rows.map((r) => [r.line, r.state, r.problems])).toEqual([
      [2, 'ready', []],
      [3, 'ready', []],
      [4, 'ready', []],
      [5, 'problem', ['Size (GiB): not a number ("lots")']],
    ]);
    expect(review.ready.map((vm) => vm.name)).toEqual(['WEB01', 'DB02']);
    expect(review.readyDisks).toBe(3);
    expect(review.leftOut).toBe(1);
    expect(review.general).toEqual([]);
  });

  it('holds back the good rows of a VM with a bad row, pointing at the bad one', () => {
    const review = reviewInventory(`${HEADER}\nA,OS,10,\nA,Data,x,\nB,OS,10,\n`, 'binary', plan());
    expect(review.rows.map((r) => [r.line, r.state, r.heldBy])).toEqual([
      [2, 'held', [3]],
      [3, 'problem', []],
      [4, 'ready', []],
    ]);
    expect(review.leftOut).toBe(2);
  });

  it('shows problems the plan settings raise on the row, from the gate', () => {
    const review = reviewInventory(`${HEADER}\nA,OS,10,30 s\n`, 'binary', plan(makePlan({ replication: { windowsServer: '2012' } })));
    expect(review.rows[0]).toMatchObject({ state: 'problem', problems: ['Frequency: Windows Server 2012 replicates every 300 s only'] });
    expect(review.ready).toEqual([]);
  });

  it('holds every row while the plan settings are invalid', () => {
    const base = plan();
    const review = reviewInventory(mixed, 'binary', { ...base, replication: { ...base.replication, failureWindowMinutes: 0 } });
    expect(review.general[0]).toMatch(/plan itself has errors/);
    expect(review.rows.filter((r) => r.state === 'ready')).toEqual([]);
  });

  it('gives a file-wide problem and no rows for a file it cannot read', () => {
    const review = reviewInventory('just,some,words\n1,2,3\n', 'binary', plan());
    expect(review.rows).toEqual([]);
    expect(review.general[0]).toMatch(/^Line 1: no VM name column/);
  });
});

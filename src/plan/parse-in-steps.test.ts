/**
 * parsePlanInSteps is parsePlan a slice at a time: for every input, valid or not, it must give the
 * same answer as the gate itself (the same plan, key for key, or the same issues).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '@/test/generated-plans';
import { arbPlanInput } from '@/test/arbitraries';
import { parsePlan } from './parse';
import { parsePlanInSteps } from './parse-in-steps';

const noPause = () => Promise.resolve();
/** A clock that moves 1 ms per reading, so slices end every ~30 VMs and the pauses are exercised. */
const tickingClock = () => {
  let t = 0;
  return () => (t += 1);
};

async function expectSameAsGate(input: unknown) {
  const gate = parsePlan(input);
  const steps = await parsePlanInSteps(input, noPause, tickingClock());
  expect(steps).toEqual(gate);
  // Same key order too: the saved text and the share link are made from the plan as it is.
  expect(JSON.stringify(steps)).toBe(JSON.stringify(gate));
}

describe('parsePlanInSteps', () => {
  it('gives the gate’s plan for a generated 5 000-VM plan, pausing between slices', async () => {
    let pauses = 0;
    const input = generatePlan(5000, [0.1, 0.7, 0.2]);
    const steps = await parsePlanInSteps(input, async () => void pauses++, tickingClock());
    expect(steps).toEqual(parsePlan(input));
    expect(pauses).toBeGreaterThan(10);
  });

  it('gives the gate’s answer for random plans', async () => {
    await fc.assert(fc.asyncProperty(arbPlanInput, expectSameAsGate), { numRuns: 60 });
  });

  it('gives the gate’s issues for plans the gate rejects', async () => {
    const valid = generatePlan(40) as Record<string, unknown> & { vms: Record<string, unknown>[] };
    const cases: unknown[] = [
      null,
      [],
      'plan',
      { ...valid, schemaVersion: 99 },
      { ...valid, vms: [] },
      { ...valid, vms: 'many' },
      { ...valid, unknownField: 1 },
      { ...valid, link: { uplinkMbps: -1 } },
      { ...valid, vms: valid.vms.map((vm, i) => (i === 17 ? { ...vm, frequencySeconds: 7 } : vm)) },
      { ...valid, vms: valid.vms.map((vm, i) => (i === 3 ? { ...vm, surprise: true } : vm)) },
      { ...valid, vms: valid.vms.map((vm) => ({ ...vm, id: 'same' })) }, // a cross-field rule
      { ...valid, replication: { windowsServer: '2012' }, vms: valid.vms.map((vm) => ({ ...vm, frequencySeconds: 30 })) },
    ];
    for (const input of cases) await expectSameAsGate(input);
  });
});

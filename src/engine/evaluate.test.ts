/**
 * `evaluatePlan`'s options only leave parts out: without the what-if curve (the CLI's text
 * summary) every other answer is the full evaluation's, number for number — the curve's runs come
 * after the searches and feed nothing else.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbLightPlanInput } from '@/test/arbitraries';
import { parseValid } from '@/test/factories';
import { evaluatePlan } from './evaluate';
import type { PlanResult } from './types';

const withoutWhatIf = (r: PlanResult): PlanResult => ({ ...r, bandwidth: { ...r.bandwidth, whatIf: [] } });

const example = (name: string) => parseValid(JSON.parse(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8')));

describe('evaluatePlan without the what-if curve', () => {
  it.each(['branch-office', 'datacenter'])('answers everything else as the full evaluation on the %s example', (name) => {
    const plan = example(name);
    const full = evaluatePlan(plan);
    expect(full.bandwidth.whatIf.length).toBeGreaterThan(10);
    expect(evaluatePlan(plan, { whatIf: false })).toEqual(withoutWhatIf(full));
  }, 60_000);

  it('and on random light plans', () => {
    fc.assert(
      fc.property(arbLightPlanInput, (input) => {
        const plan = parseValid(input);
        expect(evaluatePlan(plan, { whatIf: false })).toEqual(withoutWhatIf(evaluatePlan(plan)));
      }),
      { numRuns: 15, seed: 7 },
    );
  }, 120_000);
});

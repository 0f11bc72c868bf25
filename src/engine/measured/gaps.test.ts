import { describe, expect, it } from 'vitest';
import { buildPlan, makeVm } from '@/test/factories';
import { evaluateMeasured } from './evaluate-measured';
import { countedSlots, fillGaps, sampledMean } from './gaps';
import type { MeasuredInput } from './types';

describe('gaps are gaps', () => {
  it('fills a gap with the mean of the same hour of the day on the sampled days', () => {
    // Hourly slots from 00:00, two days. Hour 1 writes 10 B/s on day 0 and is blank on day 1;
    // hour 0 is blank on both days → the sampled mean of the VM (all sampled slots): (10 + 4·22 + 4·22... ) below.
    const rates = Float64Array.from({ length: 48 }, (_, k) => (k % 24 === 1 ? 10 : 4));
    const seen = Uint8Array.from({ length: 48 }, (_, k) => (k === 25 || k % 24 === 0 ? 0 : 1));
    const filled = fillGaps(rates, seen, 48, 3600, 0);
    expect(filled[25]).toBe(10); // hour 1 on day 0
    // Hour 0 never sampled: overall sampled mean = (10 + 22 × 4 + 22 × 4) / 45 = 186 / 45 = 4.1333 B/s.
    expect(filled[0]).toBeCloseTo(186 / 45, 12);
    expect(sampledMean(rates, seen, 48)).toEqual({ mean: 186 / 45, sampled: 45 });
    expect(Array.from(countedSlots([seen, undefined], 4))).toEqual([0, 1, 1, 1]);
  });

  it('a gap is neither met nor missed, unless the VM lagging most was sampled (a measured miss)', () => {
    // Two quiet VMs, 10 one-minute slots, 5-minute cycles, target 4 min. Each lags 300 s at the
    // cut (5 min > 4 min): slot 4 (240–300 s) and slot 5 (the delivery at 300 s is noted there) are
    // over the target, and slot 9 again. A lags most on a tie (the first VM).
    // B is blank in slots 0–4, A in slot 9. Slot 4: A lags most and was sampled → missed; slot 5:
    // both sampled → missed; slot 9: A lags most but was not sampled → neither; slots 0–3: B blank
    // and within the target → neither (never met). Judged: 4–8 → 5 slots, 2 missed: met 60 %,
    // one violation (slots 4–5).
    const input: MeasuredInput = {
      stepSeconds: 60,
      startSecondOfDay: 0,
      targetRpoSeconds: 240,
      vms: [
        { id: 'a', name: 'A', frequencySeconds: 300, bytesPerSecond: new Float64Array(10), seen: Uint8Array.from({ length: 10 }, (_, k) => (k === 9 ? 0 : 1)) },
        { id: 'b', name: 'B', frequencySeconds: 300, bytesPerSecond: new Float64Array(10), seen: Uint8Array.from({ length: 10 }, (_, k) => (k < 5 ? 0 : 1)) },
      ],
    };
    const plan = buildPlan({ replication: { compression: false }, link: { uplinkMbps: 1, efficiencyPercent: 100 }, vms: [makeVm({ id: 'a' }), makeVm({ id: 'b', name: 'B' })] });
    const r = evaluateMeasured(plan, input);
    expect(r.coverage.countedSlots).toBe(5);
    expect(r.current.metPercent).toBeCloseTo(60, 9);
    expect(r.current.violations).toBe(1);
    expect(r.coverage.allSampledPercent).toBe(40); // slots 5–8
    expect(r.vms.map((v) => v.sampledPercent)).toEqual([90, 50]);
  });
});

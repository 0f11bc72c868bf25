import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeFromText, shapeText, type WithinHourWeights } from './shape-cell';

/** A shape as the measured-churn feature derives it: a burst at 09:00 and one at 22:00, every other hour even. */
const BURSTS: WithinHourWeights = Array.from({ length: 24 }, (_, h) =>
  h === 9 ? [3, 3, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5] : h === 22 ? [6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : null,
);
const BURSTS_TEXT = '09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 | 22: 6 6 0 0 0 0 0 0 0 0 0 0';

const problem = (text: string, locale = 'en-US') => {
  const read = shapeFromText(text, locale);
  return 'problem' in read ? read.problem : null;
};

describe('shapeText', () => {
  it('writes only the uneven hours, "HH: 12 weights", separated by " | "', () => {
    expect(shapeText(BURSTS, '.')).toBe(BURSTS_TEXT);
    expect(shapeText(BURSTS, ',')).toBe('09: 3 3 1 1 0,5 0,5 0,5 0,5 0,5 0,5 0,5 0,5 | 22: 6 6 0 0 0 0 0 0 0 0 0 0');
  });

  it('is empty without a shape, or when every hour is even', () => {
    expect(shapeText(null, '.')).toBe('');
    expect(shapeText(Array.from({ length: 24 }, () => null), '.')).toBe('');
  });
});

describe('shapeFromText', () => {
  it('reads the cell back: listed hours get their weights, the others are even (null)', () => {
    expect(shapeFromText(BURSTS_TEXT, 'en-US')).toEqual({ shape: BURSTS });
    // Excel in German: decimal commas, and ";" between groups is read like "|".
    expect(shapeFromText('9: 3 3 1 1 0,5 0,5 0,5 0,5 0,5 0,5 0,5 0,5; 22 : 6 6 0 0 0 0 0 0 0 0 0 0', 'de-DE')).toEqual({ shape: BURSTS });
  });

  it('keeps weights as written: the engine scales each hour to mean 1, so nothing is normalised here', () => {
    // Mean of 2 4 0 … 0 is 0.5; the engine reads it as 12 12 0 … 0 (w × 12 / sum = w × 12 / 6).
    const read = shapeFromText('00: 2 4 0 0 0 0 0 0 0 0 0 0', 'en-US');
    expect('shape' in read && read.shape[0]).toEqual([2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('round-trips any shape exactly, with "." or decimal commas', () => {
    const weight = fc.oneof(fc.double({ min: 0, max: 1_000_000, noNaN: true }), fc.constantFrom(0, 1 / 3, 0.1 + 0.2, 1e-7, 12.345));
    const hour = fc.option(fc.array(weight, { minLength: 12, maxLength: 12 }), { nil: null });
    fc.assert(
      fc.property(fc.array(hour, { minLength: 24, maxLength: 24 }), fc.constantFrom(['.', 'en-US'] as const, [',', 'de-DE'] as const), (shape, [decimal, locale]) => {
        const text = shapeText(shape, decimal);
        // A shape whose every hour is even writes nothing, and an empty cell is read as no shape; -0 is written "0".
        if (shape.every((w) => w === null)) expect(text).toBe('');
        else expect(shapeFromText(text, locale)).toEqual({ shape: shape.map((w) => (w ? w.map((x) => x + 0) : null)) });
      }),
      { numRuns: 300 },
    );
  });

  it('says what is wrong: the count of weights, the hour, a negative or too large weight', () => {
    expect(problem('09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5')).toBe('hour 09 has 11 weights; it needs 12, one per 5 minutes');
    expect(problem('9: 1')).toBe('hour 09 has 1 weight; it needs 12, one per 5 minutes');
    expect(problem('24: 1 1 1 1 1 1 1 1 1 1 1 1')).toBe('hour 24 is not an hour of the day (00–23)');
    expect(problem('3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5')).toBe(
      '"3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5" does not start with its hour and a colon; write each uneven hour as "09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5"',
    );
    expect(problem('08: 1 1 1 1 1 1 1 1 1 1 1 1 | 8: 2 2 2 2 2 2 2 2 2 2 2 2')).toBe('hour 08 is given twice');
    expect(problem('10: 1 1 1 -1 1 1 1 1 1 1 1 1')).toBe('hour 10: a weight cannot be negative (-1)');
    expect(problem('10: 1 1 1 2000000 1 1 1 1 1 1 1 1')).toBe('hour 10: 2000000 is over the limit of 1000000');
    expect(problem('10: 1 1 1 lots 1 1 1 1 1 1 1 1')).toBe('hour 10: "lots" is not a number');
    expect(problem(' | ')).toBe('lists no hour; write each uneven hour as "09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5", or leave the cell empty');
  });
});

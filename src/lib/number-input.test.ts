import { describe, expect, it } from 'vitest';
import { parseInputNumber } from './number-input';

describe('parseInputNumber', () => {
  it('reads the locale decimal mark and grouping', () => {
    expect(parseInputNumber('1 234,5', 'de-DE')).toBe(1234.5);
    expect(parseInputNumber('1.234,5', 'de-DE')).toBe(1234.5);
    expect(parseInputNumber('20,5', 'de-DE')).toBe(20.5);
    expect(parseInputNumber('1,234.5', 'en-US')).toBe(1234.5);
  });

  it('takes a lone comma that cannot group thousands as a decimal comma in a "." locale', () => {
    expect(parseInputNumber('20,5', 'en-US')).toBe(20.5);
    expect(parseInputNumber('0,25', 'en-US')).toBe(0.25);
    expect(parseInputNumber('-3,1416', 'en-US')).toBe(-3.1416);
    expect(parseInputNumber('1,234', 'en-US')).toBe(1234); // three digits: a thousands group
  });

  it('accepts "." everywhere; empty is null, text is undefined', () => {
    expect(parseInputNumber('0.7', 'de-DE')).toBe(0.7);
    expect(parseInputNumber('  ', 'en-US')).toBeNull();
    expect(parseInputNumber('fast', 'en-US')).toBeUndefined();
    expect(parseInputNumber('1,2,3', 'en-US')).toBeUndefined();
  });
});

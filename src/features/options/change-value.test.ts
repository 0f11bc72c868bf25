import { describe, expect, it } from 'vitest';
import { changeValueText, parseChangeValue } from './change-value';

describe('a change value as typed', () => {
  it.each([
    ['100', 100],
    ['0,5', 0.5],
    ['-2.25', -2.25],
    ['true', true],
    ['no', false],
    ['null', null],
    ['[100, 50]', [100, 50]],
    ['offline', 'offline'],
    ['[broken', '[broken'],
  ])('%s → %j', (text, value) => {
    expect(parseChangeValue(text)).toEqual(value);
  });

  it('shows values so they read back the same', () => {
    for (const v of [100, true, null, [1, 2], 'offline']) expect(parseChangeValue(changeValueText(v))).toEqual(v);
  });
});

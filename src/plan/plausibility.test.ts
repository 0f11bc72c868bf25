import { describe, expect, it } from 'vitest';
import { diskFlagText, diskFlags } from './plausibility';

describe('diskFlags', () => {
  it('flags churn above the disk size per day: 5 000 GiB/day on an 800 GiB disk is 6.25× a day', () => {
    expect(diskFlags({ name: 'Data', sizeGB: 800, churnGBPerDay: 5000, replicated: true }, 'binary')).toEqual([
      { code: 'churn-exceeds-size', field: 'churnGBPerDay', timesSize: 6.25 },
    ]);
    expect(diskFlags({ name: 'Data', sizeGB: 800, churnGBPerDay: 800, replicated: true }, 'binary')).toEqual([]); // exactly once a day is possible
  });

  it('flags churn no disk can write: 2 GB/s × 86 400 s = 172 800 GB/day is the bound', () => {
    // Decimal plan: 172 800 GB/day = 2 × 10^9 B/s exactly — at the bound, not past it (the size rule applies instead).
    expect(diskFlags({ sizeGB: 65536, churnGBPerDay: 172_800 }, 'decimal').map((f) => f.code)).toEqual(['churn-exceeds-size']);
    // Binary plan: 200 000 GiB/day × 2^30 ÷ 86 400 = 2.4855 × 10^9 B/s.
    const [flag] = diskFlags({ sizeGB: 65536, churnGBPerDay: 200_000 }, 'binary');
    expect(flag).toMatchObject({ code: 'churn-exceeds-physical' });
    expect(flag?.code === 'churn-exceeds-physical' && flag.writeBytesPerSecond).toBeCloseTo((200_000 * 2 ** 30) / 86_400, 3);
  });

  it('flags a replicated paging disk, not an excluded one', () => {
    expect(diskFlags({ name: 'Pagefile', sizeGB: 8, churnGBPerDay: 6, replicated: true }, 'binary').map((f) => f.code)).toEqual(['paging-disk-replicated']);
    expect(diskFlags({ name: 'swap', sizeGB: 8, churnGBPerDay: 6, replicated: false }, 'binary')).toEqual([]);
  });

  it('skips fields of the wrong type (a draft being typed) instead of throwing', () => {
    expect(diskFlags({ name: 3, sizeGB: 'x', churnGBPerDay: '12,' }, 'binary')).toEqual([]);
    expect(diskFlags({ sizeGB: 0, churnGBPerDay: 5 }, 'binary')).toEqual([]);
  });
});

describe('diskFlagText', () => {
  it('says the figure and what to check, beside the field or in a list', () => {
    const flag = { code: 'churn-exceeds-size', field: 'churnGBPerDay', timesSize: 6.25 } as const;
    expect(diskFlagText(flag)).toMatch(/^This disk rewrites 6\.3× its size per day/);
    expect(diskFlagText(flag, 'FS01: disk "Data"')).toMatch(/^FS01: disk "Data" rewrites 6\.3×/);
    expect(diskFlagText({ code: 'churn-exceeds-physical', field: 'churnGBPerDay', writeBytesPerSecond: 2.4855e9 })).toMatch(/2486 MB\/s around the clock/);
  });
});

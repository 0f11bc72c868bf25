import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { newExtendedHop, slowestFrequency } from './extended-hop';
import { versionSummary } from './settings-options';
import { streamCapMbps } from './stream-cap';

const vm = (frequencySeconds: number) => ({ frequencySeconds, disks: [{ sizeGB: 10 }] });

describe('newExtendedHop', () => {
  it('starts at 5 minutes with the schema link defaults, and the plan stays valid', () => {
    const hop = newExtendedHop([vm(30), vm(300)]);
    expect(hop.frequencySeconds).toBe(300);
    expect(hop.recoveryPoints).toBe(0);
    expect(hop.link).toMatchObject({ uplinkMbps: 20, sharePercent: 100, efficiencyPercent: 94, hourlySharePercent: null });
    expect(parsePlan({ vms: [vm(30), vm(300)], extended: hop }).ok).toBe(true);
  });

  it('is never faster than the slowest VM, so switching it on adds no error', () => {
    const vms = [vm(300), vm(900)];
    const hop = newExtendedHop(vms);
    expect(hop.frequencySeconds).toBe(900);
    expect(parsePlan({ vms, extended: hop }).ok).toBe(true);
  });

  it('ignores frequencies still being typed', () => {
    expect(slowestFrequency([{ frequencySeconds: 'abc' }, vm(30)])).toBe(30);
    expect(slowestFrequency([])).toBe(0);
  });
});

describe('streamCapMbps', () => {
  it('is window ÷ RTT', () => {
    // 64 KiB = 524 288 bit; ÷ 0.045 s = 11 650 844 bit/s.
    expect(streamCapMbps(64, 45)).toBeCloseTo(11.6508, 3);
  });

  it('is null while either is unknown or not a number', () => {
    expect(streamCapMbps(null, 45)).toBeNull();
    expect(streamCapMbps(64, 'x')).toBeNull();
    expect(streamCapMbps(64, 0)).toBeNull();
  });
});

describe('versionSummary', () => {
  it('says what 2012 restricts', () => {
    expect(versionSummary('2012')).toBe('2012 replicates every 5 min only, keeps at most 15 recovery points (snapshots) and has no extended replica.');
    expect(versionSummary('2016')).toContain('30 s / 5 min / 15 min');
  });
});

import { describe, expect, it } from 'vitest';
import { formatBytes, formatClock, formatCount, formatDuration, formatMbps, formatMbpsAsEntered, formatPercent, formatPercentFloor, formatVmCount } from './format';

describe('formatBytes', () => {
  it('uses binary units by default', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(1.5 * 2 ** 30)).toBe('1.5 GiB');
    expect(formatBytes(2.4 * 2 ** 40)).toBe('2.4 TiB');
    expect(formatBytes(300 * 2 ** 30)).toBe('300 GiB');
  });

  it('moves up a unit when rounding reaches the base', () => {
    expect(formatBytes(1023.97 * 2 ** 30)).toBe('1 TiB');
    expect(formatBytes(1000 * 2 ** 30)).toBe('1,000 GiB');
  });

  it('uses decimal units on request', () => {
    // 1 TB decimal (SPEC §7 case 2) = 10^12 bytes.
    expect(formatBytes(1e12, 'decimal')).toBe('1 TB');
    expect(formatBytes(1.5e9, 'decimal')).toBe('1.5 GB');
    expect(formatBytes(999.7e9, 'decimal')).toBe('1 TB');
  });

  it('shows a dash for values that are not sizes', () => {
    expect(formatBytes(Number.NaN)).toBe('—');
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds under an hour', () => {
    expect(formatDuration(580)).toBe('9 min 40 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(0)).toBe('0 s');
    // SPEC §7 case 1: worst RPO 989.5 s.
    expect(formatDuration(989.5)).toBe('16 min 30 s');
  });

  it('keeps a decimal below ten seconds', () => {
    expect(formatDuration(2.46)).toBe('2.5 s');
  });

  it('drops seconds past an hour and minutes past a day', () => {
    expect(formatDuration(2 * 3600 + 5 * 60 + 59)).toBe('2 h 5 min');
    expect(formatDuration(3600)).toBe('1 h');
    // SPEC §7 case 3: 2 TiB at 10 Mbps = 20.36 days.
    expect(formatDuration((2 * 2 ** 40 * 8) / 1e7)).toBe('20 d 8 h');
    expect(formatDuration(3 * 86_400)).toBe('3 d');
  });

  it('shows a dash for values that are not durations', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(-5)).toBe('—');
  });
});

describe('formatMbpsAsEntered and formatCount', () => {
  it('keeps the figure the user typed and groups counts', () => {
    expect(formatMbpsAsEntered(125.5)).toBe('125.5 Mbps'); // formatMbps would say 126
    expect(formatMbpsAsEntered(0.3)).toBe('0.3 Mbps');
    expect(formatMbpsAsEntered(1000.1234)).toBe('1,000.123 Mbps');
    expect(formatCount(13632)).toBe('13,632');
    expect(formatCount(Number.NaN)).toBe('—');
  });
});

describe('formatMbps', () => {
  it('keeps three significant digits', () => {
    expect(formatMbps(0.3)).toBe('0.3 Mbps');
    expect(formatMbps(0.99424)).toBe('0.994 Mbps');
    expect(formatMbps(12.345)).toBe('12.3 Mbps');
    expect(formatMbps(300)).toBe('300 Mbps');
    expect(formatMbps(1234.5)).toBe('1,235 Mbps');
    expect(formatMbps(0.00123)).toBe('0.00123 Mbps');
  });

  it('shows a dash for values that are not speeds', () => {
    expect(formatMbps(Number.NaN)).toBe('—');
  });
});

describe('formatClock', () => {
  it('writes hh:mm on a 24-hour clock', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(9 * 3600 + 35 * 60 + 59)).toBe('09:35');
    expect(formatClock(23 * 3600 + 59 * 60)).toBe('23:59');
    expect(formatClock(86_400 + 60)).toBe('00:01');
  });
});

describe('formatPercent', () => {
  it('adds a space before the sign, one decimal below ten', () => {
    expect(formatPercent(92.4)).toBe('92 %');
    expect(formatPercent(4.46)).toBe('4.5 %');
    expect(formatPercent(100)).toBe('100 %');
  });
});

describe('formatPercentFloor', () => {
  it('never rounds a share up to a threshold it has not reached', () => {
    expect(formatPercentFloor(89.96)).toBe('89.9 %'); // formatPercent would say "90 %"
    expect(formatPercent(89.96)).toBe('90 %');
    expect(formatPercentFloor(99.97)).toBe('99.9 %');
    expect(formatPercentFloor(100)).toBe('100 %');
    expect(formatPercentFloor(90)).toBe('90 %');
    expect(formatPercentFloor((100 * 6) / 7)).toBe('85.7 %');
    expect(formatPercentFloor(Number.NaN)).toBe(formatPercent(Number.NaN));
  });
});

describe('formatVmCount', () => {
  it('counts plan rows as VMs and names copies only when groups make them differ', () => {
    expect(formatVmCount(1)).toBe('1 VM');
    expect(formatVmCount(7, 7)).toBe('7 VMs');
    expect(formatVmCount(7, 18)).toBe('7 VMs (18 copies)');
    expect(formatVmCount(1, 1200)).toBe('1 VM (1,200 copies)');
  });
});

import { describe, expect, it } from 'vitest';
import { buildWhatIfDisplay } from './what-if-display';
import type { WhatIfChartData } from './what-if-chart';

const point = (uplinkMbps: number, worstRpoMinutes: number, stable: boolean) => ({
  uplinkMbps,
  worstRpoMinutes,
  onTimeCyclesPercent: stable ? 90 : 10,
  vmsBreaching: stable ? 0 : 3,
  stable,
});
const marker = (kind: WhatIfChartData['markers'][number]['kind'], uplinkMbps: number) => ({
  kind,
  uplinkMbps,
  label: `${kind} ${uplinkMbps}`,
  worstRpoMinutes: null,
  onTimeCyclesPercent: null,
  stable: null,
});

describe('buildWhatIfDisplay', () => {
  const data: WhatIfChartData = {
    points: [point(0.1, 9000, false), point(0.3, 8500, false), point(0.6, 40, true), point(1, 9, true)],
    markers: [marker('current', 0.3), marker('stable', 0.58), marker('withinFailureWindow', 0.933), marker('noMissedCycles', 0.933), marker('targetRpo', 0.94)],
  };

  it('puts unstable RPO in its own key so the line only joins stable points', () => {
    const d = buildWhatIfDisplay(data);
    expect(d.rows.map((r) => [r.stableRpoMinutes, r.unstableRpoMinutes])).toEqual([
      [null, 9000],
      [null, 8500],
      [40, null],
      [9, null],
    ]);
    expect(d.unstableUpToMbps).toBe(0.3);
    expect([d.minMbps, d.maxMbps]).toEqual([0.1, 1]);
  });

  it('merges markers within 2 % into one labelled line', () => {
    const d = buildWhatIfDisplay(data);
    // 0.94 ≤ 0.933 × 1.02 = 0.952: the target joins the window line.
    expect(d.groups.map((g) => [g.uplinkMbps, g.shortLabel])).toEqual([
      [0.3, 'Now'],
      [0.58, 'Keeps up'],
      [0.933, 'Window · No misses · Target'],
    ]);
  });

  it('has no unstable range when every point keeps up', () => {
    const d = buildWhatIfDisplay({ points: [point(1, 9, true)], markers: [] });
    expect(d.unstableUpToMbps).toBeNull();
    expect(d.groups).toEqual([]);
  });
});

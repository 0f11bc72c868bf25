import type { PlanResult } from '@/engine';
import type { AppliedPlan, DeriveSettings } from '@/features/measured/analysis/apply-to-plan';
import { describeDay } from '@/features/measured/analysis/derive';
import type { MeasuredFigures } from '@/features/measured/analysis/run-measured';
import { measuredCheck } from '@/results';
import { formatBytes, formatDuration, formatMbps, formatPercentFloor } from '@/lib/format';
import type { Plan } from '@/plan';
import { textSummary } from './summary';

const pad = (text: string, width: number) => text.padEnd(width);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** `--measured … --format text`: what was measured, the replay's answers, how the plan was derived, then the derived plan's summary. */
export function measuredText(figures: MeasuredFigures, applied: AppliedPlan, plan: Plan, result: PlanResult, settings: DeriveSettings): string {
  const units = plan.units.storage;
  const r = figures.replay;
  const lines: string[] = [];
  const add = (...xs: string[]) => lines.push(...xs);
  add(
    `Measured: ${day(figures.startMs)} – ${day(figures.startMs + figures.periodSeconds * 1000)} (${formatDuration(figures.periodSeconds)}), one sample every ${figures.sampleSeconds} s, collector's local time (${figures.timeZone || 'time zone not stated'})`,
    `  Every VM sampled in ${formatPercentFloor(r.coverage.allSampledPercent)} of the period${r.coverage.allSampledPercent < 100 ? ` — WARNING: gaps are left out of averages and percentiles and are never counted as met (${formatPercentFloor(r.coverage.countedPercent)} of the period judged met or missed)` : ''}`,
    '',
    `  ${pad('VM', 18)}${pad('daily churn', 16)}${pad('sampled', 10)}peak`,
  );
  for (const vm of figures.vms) {
    add(`  ${pad(vm.name.slice(0, 17), 18)}${pad(formatBytes(vm.averageRawBytesPerDay, units), 16)}${pad(`${formatPercentFloor(vm.sampledPercent)}${vm.sampledPercent < 100 ? ' !' : ''}`, 10)}${formatBytes(vm.peakBytesPerSecond, units)}/s`);
  }
  const target = formatDuration(figures.targetRpoMinutes * 60);
  const need = (x: number | null) => (x === null ? 'out of reach' : formatMbps(x));
  add(
    '',
    `Replay of the measured period (target RPO ${target}${figures.targetFrom === 'assumed' ? ', assumed: the plan has none' : ''}):`,
    `  Uplink to meet it 100 % of the time: ${need(figures.uplinkMbpsFor100Percent)}`,
    `  Uplink to meet it 90 % of the time:  ${need(figures.uplinkMbpsFor90Percent)}`,
    `  With ${formatMbps(r.uplinkMbps)}: met ${formatPercentFloor(r.current.metPercent)} of the measured time, ${r.current.violations} violation(s), longest ${formatDuration(r.current.longestViolationSeconds)}, ${r.current.breaches} failure-window breach(es)`,
    `  Peak RPO per day: ${r.days.map((d) => (d.coveragePercent > 0 ? formatDuration(Math.max(0, d.peakRpoSeconds)) : 'not measured')).join(', ')}`,
    '',
    `Derived from ${describeDay(settings)}${settings.growthPercent ? ` + ${settings.growthPercent} % growth` : ''}: ${[
      applied.updated.length ? `updated ${applied.updated.join(', ')}` : '',
      applied.added.length ? `added ${applied.added.join(', ')}` : '',
      applied.removed.length ? `removed ${applied.removed.join(', ')} (not measured)` : '',
    ]
      .filter(Boolean)
      .join('; ')}`,
  );
  const bursts = applied.derived.filter((d) => d.derived.withinHourWeights !== null).map((d) => d.name);
  if (bursts.length) add(`  Bursts kept in 5-minute steps: ${bursts.join(', ')}`);
  const check = measuredCheck(plan, result);
  if (check) add(`  ${check.sentence}`);
  add('', '— Derived plan —', '');
  return `${lines.join('\n')}\n${textSummary(plan, result)}`;
}

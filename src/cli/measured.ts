/**
 * `npm run plan -- --measured PERFMON.csv --inventory INVENTORY.csv [--plan base.json]
 * [--target-rpo MINUTES] [--day percentile|average] [--percentile P] [--days all|weekdays]
 * [--format json|text]`: the browser's measured-churn path (same reader, replay and derive) on the
 * command line. Prints the measured figures, the derived plan and its full result.
 */
import { readFileSync, statSync } from 'node:fs';
import { evaluatePlan } from '@/engine';
import { newPlan, withEvidence } from '@/features/measured/analysis/evidence';
import { parseInventoryCsv } from '@/features/measured/inventory/inventory-csv';
import { analyseMeasured, deriveMeasuredPlan, measuredVms, placeholdersOnly } from '@/features/measured/analysis/run-measured';
import type { DeriveSettings } from '@/features/measured/analysis/apply-to-plan';
import { formatIssue, LIMITS, type Plan } from '@/plan';
import { readPlanFile } from './plan-file';
import { readPerfmonFile } from './read-perfmon';
import { measuredText } from './measured-summary';

export interface MeasuredArgs {
  perfmon: string;
  inventory: string;
  plan: string | null;
  targetRpoMinutes: number | null;
  format: 'json' | 'text';
  derive: Omit<DeriveSettings, 'removeUnmeasured'>;
}

type Out = { code: number; stdout?: string; stderr?: string };

function readable(path: string, what: string): string | null {
  try {
    if (!statSync(path).isFile()) return `${path}: the ${what} is not a file`;
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return `${path}: cannot read the ${what}${code ? ` (${code})` : ''}`;
  }
}

/** Exit codes as for plans: 0 answered; 1 a file unreadable or malformed (or bad arguments); 2 the base plan or derived plan invalid. */
export async function runMeasuredCli(args: MeasuredArgs): Promise<Out> {
  for (const [path, what] of [
    [args.perfmon, 'perfmon file'],
    [args.inventory, 'inventory file'],
  ] as const) {
    const problem = readable(path, what);
    if (problem) return { code: 1, stderr: problem };
  }
  let base: Plan;
  if (args.plan) {
    const read = readPlanFile(args.plan);
    if (!read.ok) return { code: read.code, stderr: read.message };
    base = read.plan;
  } else base = newPlan();

  const inv = parseInventoryCsv(readFileSync(args.inventory, 'utf8'));
  if (!inv.ok) return { code: 1, stderr: `${args.inventory}, line ${inv.issue.line}${inv.issue.column === null ? '' : `, column ${inv.issue.column}`}: ${inv.issue.message}` };
  const read = await readPerfmonFile(args.perfmon);
  if (!read.ok) return { code: 1, stderr: `${args.perfmon}, line ${read.issue.line}${read.issue.column === null ? '' : `, column ${read.issue.column}`}: ${read.issue.message}` };
  const measurement = read.measurement;
  const vms = measuredVms(measurement, inv.disks);
  if (!vms.length) return { code: 1, stderr: `${args.perfmon}: none of its disk counters matches a disk of ${args.inventory} (perfmon writes a path's "\\" as "-")` };

  const figures = analyseMeasured(base, measurement, vms, args.targetRpoMinutes === null ? undefined : { minutes: args.targetRpoMinutes, from: 'given' });
  const settings: DeriveSettings = { ...args.derive, removeUnmeasured: placeholdersOnly(base, vms) };
  const derivedOut = deriveMeasuredPlan(base, measurement, vms, settings, figures.targetRpoMinutes);
  if (!derivedOut.ok) return { code: 2, stderr: derivedOut.issues.map(formatIssue).join('\n') };
  const derivedPlan = withEvidence(derivedOut.plan, derivedOut, figures, settings, args.perfmon.split(/[\\/]/).pop() ?? args.perfmon);
  const derived = evaluatePlan(derivedPlan);
  const { replay, ...measured } = figures;
  if (args.format === 'json') {
    const json = { measured: { ...measured, replay }, derivedPlan, derived };
    return { code: 0, stdout: `${JSON.stringify(json, null, 2)}\n` };
  }
  return { code: 0, stdout: measuredText(figures, derivedOut, derivedPlan, derived, settings) };
}

/** The target RPO argument: minutes within the plan's limits. */
export function parseTarget(text: string): number | string {
  const v = Number(text);
  const { min, max } = LIMITS.targetRpoMinutes;
  return Number.isFinite(v) && v >= min && v <= max ? v : `--target-rpo must be a number of minutes from ${min} to ${max}, not "${text}"`;
}

import { evaluatePlan } from '@/engine';
import type { DayChoice, DaySet } from '@/features/measured/analysis/derive';
import { DEFAULT_DERIVE } from '@/features/measured/analysis/run-measured';
import { parseTarget, runMeasuredCli, type MeasuredArgs } from './measured';
import { optionsJson, optionsText, runOptions } from './options';
import { readPlanFile } from './plan-file';
import { textSummary } from './summary';

const USAGE = [
  'usage: npm run plan -- <plan.json> [--options] [--format json|text]',
  '       npm run plan -- --measured <perfmon.csv> --inventory <inventory.csv> [--plan <base.json>] [--target-rpo <minutes>]',
  '                       [--day percentile|average] [--percentile <50-100>] [--days all|weekdays] [--format json|text]',
].join('\n');

type Out = { code: number; stdout?: string; stderr?: string };

/** Exit codes: 0 answered; 1 unreadable or not JSON/CSV (or bad arguments); 2 invalid plan. */
async function main(argv: string[]): Promise<Out> {
  const positional: string[] = [];
  const options = new Map<string, string>();
  let compareOptions = false;
  const VALUED = ['--format', '--measured', '--inventory', '--plan', '--target-rpo', '--day', '--percentile', '--days'];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '-h' || arg === '--help') return { code: 0, stdout: `${USAGE}\n` };
    if (arg === '--options') {
      compareOptions = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.includes(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++k];
      if (value === undefined) return { code: 1, stderr: `${name} needs a value\n${USAGE}` };
      options.set(name, value);
    } else if (arg.startsWith('--')) return { code: 1, stderr: `unknown option "${arg}"\n${USAGE}` };
    else positional.push(arg);
  }
  const format = options.get('--format') ?? 'text';
  if (format !== 'json' && format !== 'text') return { code: 1, stderr: `--format must be json or text, not "${format}"` };

  const perfmon = options.get('--measured');
  const inventory = options.get('--inventory');
  if (perfmon !== undefined || inventory !== undefined) {
    if (!perfmon || !inventory) return { code: 1, stderr: `--measured and --inventory go together: the perfmon CSV and the inventory CSV the collector wrote\n${USAGE}` };
    if (compareOptions) return { code: 1, stderr: `--options compares a plan's options; it does not go with --measured\n${USAGE}` };
    if (positional.length) return { code: 1, stderr: `unexpected argument "${positional[0]}" (the base plan goes after --plan)\n${USAGE}` };
    const target = options.has('--target-rpo') ? parseTarget(options.get('--target-rpo')!) : null;
    if (typeof target === 'string') return { code: 1, stderr: target };
    const day = options.get('--day') ?? DEFAULT_DERIVE.day;
    if (day !== 'percentile' && day !== 'average') return { code: 1, stderr: `--day must be percentile or average, not "${day}"` };
    const days = options.get('--days') ?? DEFAULT_DERIVE.days;
    if (days !== 'all' && days !== 'weekdays') return { code: 1, stderr: `--days must be all or weekdays, not "${days}"` };
    const percentile = options.has('--percentile') ? Number(options.get('--percentile')) : DEFAULT_DERIVE.percentile;
    if (!Number.isInteger(percentile) || percentile < 50 || percentile > 100) return { code: 1, stderr: `--percentile must be a whole number from 50 to 100, not "${options.get('--percentile')}"` };
    const args: MeasuredArgs = {
      perfmon,
      inventory,
      plan: options.get('--plan') ?? null,
      targetRpoMinutes: target,
      format,
      derive: { ...DEFAULT_DERIVE, day: day as DayChoice, days: days as DaySet, percentile },
    };
    return runMeasuredCli(args);
  }
  for (const only of ['--plan', '--target-rpo', '--day', '--percentile', '--days']) {
    if (options.has(only)) return { code: 1, stderr: `${only} goes with --measured and --inventory\n${USAGE}` };
  }
  const [file, extra] = positional;
  if (!file) return { code: 1, stderr: USAGE };
  if (extra) return { code: 1, stderr: `unexpected argument "${extra}"\n${USAGE}` };
  const read = readPlanFile(file);
  if (!read.ok) return { code: read.code, stderr: read.message };
  if (compareOptions) {
    const report = runOptions(read.plan);
    return { code: 0, stdout: format === 'json' ? optionsJson(read.plan, report) : optionsText(read.plan, report) };
  }
  if (format === 'json') return { code: 0, stdout: `${JSON.stringify(evaluatePlan(read.plan), null, 2)}\n` };
  // The text summary does not show the what-if curve: a third to a half of the evaluation saved.
  return { code: 0, stdout: textSummary(read.plan, evaluatePlan(read.plan, { whatIf: false })) };
}

// A reader that stops early (`… | head`) closes the pipe: that is not an error, the output is just not wanted any more.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

main(process.argv.slice(2)).then(
  (out) => {
    if (out.stdout) process.stdout.write(out.stdout);
    if (out.stderr) process.stderr.write(`${out.stderr}\n`);
    process.exitCode = out.code;
  },
  (err: unknown) => {
    // Never a stack trace: an engine failure is a bug, reported in one line.
    process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

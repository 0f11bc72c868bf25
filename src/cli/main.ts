import { readFileSync } from 'node:fs';
import { evaluatePlan } from '@/engine';
import { formatIssue, parsePlan } from '@/plan';
import { textSummary } from './summary';

const USAGE = 'usage: replica-planner <plan.json> [--format json|text]   (in a checkout: npm run plan -- <plan.json> …)';

/** Exit codes: 0 answered; 1 unreadable or not JSON (or bad arguments); 2 invalid plan. */
function main(argv: string[]): number {
  let file: string | undefined;
  let format = 'text';
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--format') format = argv[++k] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!file) file = arg;
    else return fail(`unexpected argument "${arg}"\n${USAGE}`, 1);
  }
  if (!file) return fail(USAGE, 1);
  if (format !== 'json' && format !== 'text') return fail(`--format must be json or text, not "${format}"`, 1);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(`${file}: cannot read the file${code ? ` (${code})` : ''}`, 1);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail(`${file}: not valid JSON (${err instanceof Error ? err.message : 'parse error'})`, 1);
  }
  const parsed = parsePlan(json);
  if (!parsed.ok) {
    process.stderr.write(parsed.issues.map((issue) => `${formatIssue(issue)}\n`).join(''));
    return 2;
  }
  const result = evaluatePlan(parsed.plan);
  process.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : textSummary(parsed.plan, result));
  return 0;
}

function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // Never a stack trace: an engine failure is a bug, reported in one line.
  process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}

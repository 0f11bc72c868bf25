import type { z } from 'zod';
import { migratePlan } from './migrations';
import { PlanSchema, SCHEMA_VERSION, type Plan } from './schema';

/** One problem with a plan, on the field the user must change. */
export interface PlanIssue {
  /** Field path as a consultant reads it, e.g. `vms[2].frequencySeconds`; `plan` for the whole. */
  path: string;
  message: string;
}

export type ParsePlanResult = { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; issues: PlanIssue[] };

/** `['vms', 2, 'frequencySeconds']` → `vms[2].frequencySeconds`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'plan';
}

/** One line per issue: `vms[2].frequencySeconds: Windows Server 2012 replicates every 300 s only`. */
export function formatIssue(issue: PlanIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text "${value.length > 24 ? `${value.slice(0, 24)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** Plain-English message for a zod issue; the schema's own custom messages pass through. */
function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `needs at least ${min} item${min === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `needs at least ${min} character${min === 1 ? '' : 's'}`;
      return issue.inclusive ? `must be at least ${min}` : `must be greater than ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `allows at most ${max} items`;
      if (issue.origin === 'string') return `allows at most ${max} characters`;
      return issue.inclusive ? `must be at most ${max}` : `must be less than ${max}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    default:
      return issue.message;
  }
}

function toPlanIssues(error: z.ZodError): PlanIssue[] {
  const out: PlanIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), message: 'is not a plan field (check the spelling)' });
      }
    } else {
      out.push({ path: formatPath(issue.path), message: message(issue) });
    }
  }
  return out;
}

/**
 * The one gate where untrusted data (a file, a link, local storage, a paste) becomes a trusted
 * plan: migrate to the current version, fill defaults, check every range and cross-field rule.
 * Never throws.
 */
export function parsePlan(input: unknown): ParsePlanResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: 'plan', message: `must be a JSON object, not ${describeValue(input)}` }] };
  }
  try {
    const migrated = migratePlan(input as Record<string, unknown>);
    if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, message: migrated.message }] };
    const result = PlanSchema.safeParse(migrated.plan, { reportInput: true });
    if (!result.success) return { ok: false, issues: toPlanIssues(result.error) };
    return { ok: true, plan: result.data, migratedFrom: migrated.fromVersion === SCHEMA_VERSION ? null : migrated.fromVersion };
  } catch (err) {
    // Defensive: hostile input must never escape as an exception (e.g. a getter that throws).
    return { ok: false, issues: [{ path: 'plan', message: `could not be read (${err instanceof Error ? err.message : 'unknown error'})` }] };
  }
}

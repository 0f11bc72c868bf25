/**
 * A VM's 5-minute shape (schema v3 withinHourWeights) as one spreadsheet cell, and back. Only the
 * uneven hours are written, each as its hour and 12 weights (one per 5 minutes), groups separated
 * by " | ": "09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 | 22: 6 6 0 0 0 0 0 0 0 0 0 0". Hours not
 * listed are even; an empty cell means every hour is even. Text a person can read and Excel keeps
 * as text (never a number, date or formula).
 */
import { parseInputNumber } from '@/lib/number-input';
import { LIMITS } from '../limits';
import { HOURS } from '../profiles';
import { weightsText } from './cells';

/** Five-minute steps in an hour, as the schema's withinHourWeights holds them. */
export const SHAPE_STEPS = 12;

export type WithinHourWeights = (number[] | null)[];

const hourText = (h: number) => String(h).padStart(2, '0');

/** An example group, quoted in messages. */
const EXAMPLE = '09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5';

/** The uneven hours as one cell, numbers in the file's decimal mark; '' when every hour is even. */
export function shapeText(weights: readonly (readonly number[] | null)[] | null, decimal: '.' | ','): string {
  if (!weights) return '';
  return weights
    .flatMap((w, h) => (w ? [`${hourText(h)}: ${weightsText(w, decimal)}`] : []))
    .join(' | ');
}

/**
 * A cell → 24 hours, null for each hour it does not list; or what is wrong with it. The weights
 * are kept as written: the engine scales each hour to mean 1 (so "2 2 … 2" is an even hour, and
 * 12 zeros too), as it does for a shape from a plan file. Groups may be separated by "|" or ";".
 */
export function shapeFromText(text: string, locale: string): { shape: WithinHourWeights } | { problem: string } {
  const shape: WithinHourWeights = Array.from({ length: HOURS }, () => null);
  const groups = text
    .split(/[|;]/)
    .map((g) => g.trim())
    .filter(Boolean);
  if (groups.length === 0) return { problem: `lists no hour; write each uneven hour as "${EXAMPLE}", or leave the cell empty` };
  for (const group of groups) {
    const m = /^(\d{1,2})\s*:\s*(.*)$/.exec(group);
    if (!m) return { problem: `"${cut(group)}" does not start with its hour and a colon; write each uneven hour as "${EXAMPLE}"` };
    const hour = Number(m[1]);
    if (hour >= HOURS) return { problem: `hour ${m[1]} is not an hour of the day (00–23)` };
    if (shape[hour]) return { problem: `hour ${hourText(hour)} is given twice` };
    const tokens = m[2]!.split(/\s+/).filter(Boolean);
    if (tokens.length !== SHAPE_STEPS) {
      return { problem: `hour ${hourText(hour)} has ${tokens.length} weight${tokens.length === 1 ? '' : 's'}; it needs ${SHAPE_STEPS}, one per 5 minutes` };
    }
    const weights: number[] = [];
    for (const token of tokens) {
      const w = parseInputNumber(token, locale);
      if (typeof w !== 'number') return { problem: `hour ${hourText(hour)}: "${token}" is not a number` };
      if (w < 0) return { problem: `hour ${hourText(hour)}: a weight cannot be negative (${token})` };
      if (w > LIMITS.hourlyWeight) return { problem: `hour ${hourText(hour)}: ${token} is over the limit of ${LIMITS.hourlyWeight}` };
      weights.push(w);
    }
    shape[hour] = weights;
  }
  return { shape };
}

/** A long group quoted in a message, cut to a readable length. */
const cut = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

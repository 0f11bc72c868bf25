/** VM ids for rows that arrive without one (paste, inventory CSV, new VMs). */
import { LIMITS } from '../limits';

/** An id from a VM name: "SQL 01" → "sql-01". */
export const idFromName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'vm';

/** `stem`, or `stem-2`, `stem-3`… whichever is free; kept within the id length limit. */
export function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  const base = stem.slice(0, LIMITS.idChars - 8) || 'vm';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

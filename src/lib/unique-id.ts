import { LIMITS } from '@/plan';

/** `stem`, or `stem-2`, `stem-3`… — the first not in `taken` (ids stay unique within a plan). */
export function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  const base = stem.slice(0, LIMITS.idChars - 8) || 'vm';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

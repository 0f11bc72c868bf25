import { formatPath } from '@/plan';
import { selectValidation, usePlanStore, type FieldPath } from '@/store';

/** Is `path` (formatted) the field `prefix` or inside it? `link` covers `link.rttMs`, not `linkX`. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** Number of fields with a schema message at or under any of `prefixes`. */
export function useIssueCount(prefixes: readonly FieldPath[]): number {
  const keys = prefixes.map(formatPath);
  return usePlanStore((s) => {
    let count = 0;
    for (const path of selectValidation(s.draft).issuesByPath.keys()) {
      if (keys.some((key) => isUnder(path, key))) count++;
    }
    return count;
  });
}

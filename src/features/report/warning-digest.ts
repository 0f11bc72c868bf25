/**
 * The warnings as the report prints them: by severity, then by kind, with at most a few examples
 * of each kind — a 300-VM plan raises hundreds of near-identical lines, which belong in the planner.
 */
import type { Warning } from '@/engine';
import { groupWarnings, warningMessage, type WarningGroup } from '@/results';
import { listNames } from './recommendations';

/** Examples printed per kind of warning before the rest is summarised. */
export const WARNINGS_PER_KIND = 5;

export interface WarningDigest extends Omit<WarningGroup, 'warnings'> {
  /** Warnings in this severity. */
  total: number;
  lines: string[];
}

/** Severity groups; within each, warnings of one code together, long runs cut to a few plus a count. */
export function digestWarnings(warnings: readonly Warning[], vmNames: ReadonlyMap<string, string>, perKind = WARNINGS_PER_KIND): WarningDigest[] {
  return groupWarnings(warnings).map(({ warnings: inGroup, ...group }) => {
    const byCode = new Map<string, Warning[]>();
    for (const w of inGroup) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
    const lines = [...byCode.values()].flatMap((same) => {
      if (same.length <= perKind) return same.map(warningMessage);
      const rest = same.slice(perKind);
      const names = rest.flatMap((w) => (w.vmId ? [vmNames.get(w.vmId) ?? w.vmId] : []));
      const who = names.length > 0 ? `: ${listNames(names, 8)}` : '';
      return [...same.slice(0, perKind).map(warningMessage), `…and ${rest.length} more like these${who}.`];
    });
    return { ...group, total: inGroup.length, lines };
  });
}

/**
 * Pairs each measured counter with an inventory disk by path. Perfmon spells the path with `-`
 * for `\`, so two different paths can share a spelling (`D:\a-b\c.vhdx`, `D:\a\b-c.vhdx`): such
 * a counter is ambiguous and the consultant picks. Several counters may feed one disk (a cluster
 * VM that moved between nodes is measured on each); their rates add up.
 */
import { checkpointParentKey, instanceKey } from '../perfmon/counter-path';
import type { InventoryDisk } from './inventory-csv';

export type MatchStatus = 'matched' | 'checkpoint' | 'truncated' | 'ambiguous' | 'unmatched';

export interface CounterMatch {
  /** Inventory disk index, or null when not matched. */
  disk: number | null;
  status: MatchStatus;
  /** Disks the counter could be (ambiguous ones). */
  candidates: number[];
  /** Counted in the analysis. */
  included: boolean;
}

export interface CounterRef {
  instance: string;
}

/** First matching of counters to inventory disks; the UI lets the consultant change any of it. */
export function matchCounters(counters: readonly CounterRef[], disks: readonly Pick<InventoryDisk, 'path'>[]): CounterMatch[] {
  const byKey = new Map<string, number[]>();
  disks.forEach((d, i) => {
    const key = instanceKey(d.path);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return counters.map((c) => {
    const key = instanceKey(c.instance);
    const exact = byKey.get(key);
    if (exact) return decide(exact, 'matched');
    const parent = checkpointParentKey(key);
    const viaParent = parent ? byKey.get(parent) : undefined;
    if (viaParent) return decide(viaParent, 'checkpoint');
    // Long instance names can be cut short by perfmon: a unique disk whose spelling starts with it.
    const prefixed = key.length >= 24 ? disks.flatMap((d, i) => (instanceKey(d.path).startsWith(key) ? [i] : [])) : [];
    if (prefixed.length) return decide(prefixed, 'truncated');
    return { disk: null, status: 'unmatched', candidates: [], included: false };
  });
}

function decide(candidates: number[], status: MatchStatus): CounterMatch {
  if (candidates.length === 1) return { disk: candidates[0]!, status, candidates, included: true };
  return { disk: null, status: 'ambiguous', candidates, included: false };
}

/** The consultant picked a disk (or none) for a counter by hand. */
export function assignDisk(matches: readonly CounterMatch[], counter: number, disk: number | null): CounterMatch[] {
  return matches.map((m, i) => (i === counter ? { ...m, disk, included: disk !== null, status: disk === null ? 'unmatched' : m.status === 'unmatched' || m.status === 'ambiguous' ? 'matched' : m.status } : m));
}

export function setIncluded(matches: readonly CounterMatch[], counter: number, included: boolean): CounterMatch[] {
  return matches.map((m, i) => (i === counter ? { ...m, included: included && m.disk !== null } : m));
}

export interface MatchCounts {
  matched: number;
  ambiguous: number;
  unmatched: number;
  excluded: number;
}

export function matchCounts(matches: readonly CounterMatch[]): MatchCounts {
  const counts: MatchCounts = { matched: 0, ambiguous: 0, unmatched: 0, excluded: 0 };
  for (const m of matches) {
    if (m.disk === null) {
      if (m.status === 'ambiguous') counts.ambiguous++;
      else counts.unmatched++;
    } else if (m.included) counts.matched++;
    else counts.excluded++;
  }
  return counts;
}

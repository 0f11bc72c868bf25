/**
 * The measurement kept in this browser between visits: the parsed series, the inventory and the
 * consultant's matching. It never goes into the plan, a plan file or a share link (those carry
 * only the derived churn and profiles). A small summary is kept apart so the header can name the
 * measurement without loading megabytes of samples.
 */
import type { InventoryDisk } from '../inventory/inventory-csv';
import type { CounterMatch } from '../inventory/matching';
import type { PerfmonMeasurement } from '../perfmon/types';
import { idbDelete, idbGet, idbSet, type IdbOutcome } from './idb';

const KEY = 'measurement';
const SUMMARY_KEY = 'measurement-summary';
const VERSION = 1;

export interface SavedMeasurement {
  version: typeof VERSION;
  savedAt: number;
  perfmonFileName: string;
  inventoryFileName: string;
  measurement: PerfmonMeasurement;
  inventory: InventoryDisk[];
  matches: CounterMatch[];
}

export interface SavedSummary {
  savedAt: number;
  perfmonFileName: string;
  days: number;
  vms: number;
}

export function summaryOf(saved: SavedMeasurement): SavedSummary {
  return {
    savedAt: saved.savedAt,
    perfmonFileName: saved.perfmonFileName,
    days: (saved.measurement.slots * saved.measurement.intervalSeconds) / 86_400,
    vms: new Set(saved.matches.flatMap((m) => (m.disk !== null && m.included ? [saved.inventory[m.disk]?.vm] : []))).size,
  };
}

export async function saveMeasurement(saved: SavedMeasurement): Promise<IdbOutcome<unknown>> {
  const out = await idbSet(KEY, saved);
  if (out.ok) await idbSet(SUMMARY_KEY, summaryOf(saved));
  return out;
}

/** The saved measurement, or null when none (or one this version cannot read, which is dropped). */
export async function loadMeasurement(): Promise<IdbOutcome<SavedMeasurement | null>> {
  const out = await idbGet<unknown>(KEY);
  if (!out.ok) return out;
  if (out.value === undefined) return { ok: true, value: null };
  return { ok: true, value: isSavedMeasurement(out.value) ? out.value : null };
}

export async function loadSummary(): Promise<SavedSummary | null> {
  const out = await idbGet<SavedSummary>(SUMMARY_KEY);
  return out.ok && out.value && typeof out.value.days === 'number' ? out.value : null;
}

export async function forgetMeasurement(): Promise<void> {
  await idbDelete(KEY);
  await idbDelete(SUMMARY_KEY);
}

/** Our own data, but from an older release or a damaged database: check the shape before trusting it. */
export function isSavedMeasurement(value: unknown): value is SavedMeasurement {
  const v = value as Partial<SavedMeasurement> | null;
  const m = v?.measurement;
  return (
    !!v &&
    v.version === VERSION &&
    !!m &&
    Number.isInteger(m.slots) &&
    m.intervalSeconds > 0 &&
    Array.isArray(m.counters) &&
    m.counters.every((c) => c.values instanceof Float32Array && c.values.length === m.slots) &&
    Array.isArray(v.inventory) &&
    Array.isArray(v.matches) &&
    v.matches.length === m.counters.length &&
    v.matches.every((x) => x.disk === null || (Number.isInteger(x.disk) && x.disk >= 0 && x.disk < v.inventory!.length))
  );
}

/**
 * One spreadsheet cell → one plan value, and back: workload, frequency, profile, hourly weights,
 * initial-replication method, yes/no (the 5-minute shape: shape-cell.ts). Readers return null for
 * text they do not recognise, so the row reader can name the cell and what it accepts.
 */
import { parseInputNumber } from '@/lib/number-input';
import { FREQUENCIES_SECONDS, INITIAL_REPLICATION_METHODS, PROFILE_IDS, type FrequencySeconds, type InitialReplicationMethod, type ProfileId } from '../limits';
import { HOURS } from '../profiles';
import { PROVENANCE_SOURCES, type ProvenanceSource } from '../provenance';
import { WORKLOAD_PRESETS, type WorkloadId } from '../presets';

/** Workload from its id ("sql"), label ("SQL Server") or the label's first word ("File"). */
export function workloadFromText(text: string): WorkloadId | null {
  const t = text.trim().toLowerCase();
  const match = WORKLOAD_PRESETS.find(
    (p) => p.id === t || p.label.toLowerCase() === t || p.label.toLowerCase().split(' ')[0] === t || p.id.replace('-', ' ') === t,
  );
  if (match) return match.id;
  if (t === 'dc' || t === 'ad') return 'domain-controller';
  return null;
}

export const WORKLOAD_LIST = WORKLOAD_PRESETS.map((p) => p.label).join(', ');

/**
 * Frequency in seconds from "30", "30 s", "5 min", "5m", "15". A bare 5 or 15 means minutes
 * (Hyper-V offers 5 and 15 minutes); a bare 30, 300 or 900 means seconds.
 */
export function frequencyFromText(text: string, locale: string): FrequencySeconds | null {
  const m = /^\s*([\d.,]+)\s*(s|sec|secs|seconds?|m|min|mins|minutes?)?\s*$/i.exec(text);
  if (!m) return null;
  const n = parseInputNumber(m[1]!, locale);
  if (typeof n !== 'number') return null;
  const unit = m[2]?.toLowerCase();
  const seconds = unit?.startsWith('m') ? n * 60 : unit ? n : n === 5 || n === 15 ? n * 60 : n;
  return FREQUENCIES_SECONDS.find((f) => f === seconds) ?? null;
}

/** How a frequency is written in the template: 30 → "30 s", 300 → "5 min". */
export function frequencyText(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${seconds / 60} min`;
}

/** Profile labels as the editor shows them. */
export const PROFILE_TEXT: Record<ProfileId, string> = { flat: 'Flat', 'business-hours': 'Business hours', 'overnight-batch': 'Overnight batch', custom: 'Custom' };

/** Profile from its id ("business-hours"), label ("Business hours") or first word ("business"). */
export function profileFromText(text: string): ProfileId | null {
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return PROFILE_IDS.find((p) => p === t || p.split('-')[0] === t) ?? null;
}

export const PROFILE_LIST = PROFILE_IDS.map((p) => PROFILE_TEXT[p]).join(', ');

/** Initial-replication labels as the template writes them; an empty cell follows the plan's method. */
export const IR_TEXT: Record<InitialReplicationMethod, string> = { network: 'Network', offline: 'Offline', seed: 'Seed' };

/** Method from "Network", "offline (ship disk)", "seed"…; '' or "plan" → null (the plan's method); unknown → undefined. */
export function irFromText(text: string): InitialReplicationMethod | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '' || t.startsWith('plan') || t === 'default') return null;
  return INITIAL_REPLICATION_METHODS.find((m) => t === m || t.startsWith(`${m} `) || t.startsWith(`${m}(`)) ?? undefined;
}

/** "yes", "no", "true", "0", "x"… → boolean; '' → null (the default); anything else → undefined. */
export function yesNo(text: string): boolean | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (['yes', 'y', 'true', '1', 'x', 'on', 'ja', 'oui'].includes(t)) return true;
  if (['no', 'n', 'false', '0', 'off', 'nein', 'non', '-'].includes(t)) return false;
  return undefined;
}

/** "off", "none", "no", "-" in an app-consistent cell: no app-consistent points (the default). */
export const isOffText = (text: string) => ['off', 'none', 'no', '-', 'never'].includes(text.trim().toLowerCase());

/**
 * 24 hourly weights from one cell: numbers separated by spaces, "|" or "/" (or ";" inside a
 * comma-separated file), e.g. "1 1 1 1 1 1 1 1 3 3 …". null when it is not 24 non-negative numbers.
 */
export function weightsFromText(text: string, locale: string): number[] | null {
  const tokens = text.trim().split(/[\s|/;]+/).filter(Boolean);
  if (tokens.length !== HOURS) return null;
  const values = tokens.map((t) => parseInputNumber(t, locale));
  return values.every((v): v is number => typeof v === 'number' && v >= 0) ? values : null;
}

/** A number inside a text cell, in the file's decimal mark; read back exactly by parseInputNumber. */
export const numberText = (value: number, decimal: '.' | ','): string => (decimal === ',' ? String(value).replace('.', ',') : String(value));

/** 24 weights as one cell: space-separated, in the file's decimal mark. */
export function weightsText(weights: readonly number[], decimal: '.' | ','): string {
  return weights.map((w) => numberText(w, decimal)).join(' ');
}

/** A size cell: a number, optionally followed by the plan's unit ("500 GB", "12 GiB/day"). */
export function sizeCellText(text: string): string {
  return text.replace(/\s*(gib|gb|g)(\s*\/\s*(day|d))?\s*$/i, '');
}

/** A provenance cell: "entered", "measured", "preset" (or "rule of thumb"), "default", any case; '' → null; unknown → undefined. */
export function sourceFromText(text: string): ProvenanceSource | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (t === 'rule of thumb') return 'preset';
  return PROVENANCE_SOURCES.find((s) => s === t);
}

export const SOURCE_LIST = PROVENANCE_SOURCES.join(', ');

/**
 * Columns of a spreadsheet paste: which header names mean which plan field, the order assumed
 * without a header row, and how cells of text become workload ids and frequencies.
 */
import { parseInputNumber } from '@/lib/number-input';
import { FREQUENCIES_SECONDS, WORKLOAD_PRESETS, type FrequencySeconds, type WorkloadId } from '@/plan';

export type PasteColumn = 'name' | 'count' | 'workload' | 'frequency' | 'disk' | 'size' | 'used' | 'churnGB' | 'churnPercent';

/** How each column is named in messages when the paste has no header row. */
export const COLUMN_LABELS: Record<PasteColumn, string> = {
  name: 'Name',
  count: 'Count',
  workload: 'Workload',
  frequency: 'Frequency',
  disk: 'Disk',
  size: 'Size',
  used: 'Used',
  churnGB: 'Churn (GB/day)',
  churnPercent: 'Churn (%)',
};

/** Column order of a paste without a header row: the short "name, size, used, churn" list works as is. */
export const DEFAULT_COLUMNS: readonly PasteColumn[] = ['name', 'size', 'used', 'churnGB', 'count', 'workload', 'frequency', 'disk'];

/** "Churn (GB/day)" → "churngbday", "Churn %" → "churn%". */
const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9%]/g, '');

/** The column a header cell names, or null when it is not one we know. */
export function headerColumn(cell: string): PasteColumn | null {
  const h = normalise(cell);
  if (!h) return null;
  if (h.includes('churn') || h.includes('change') || h.includes('delta')) {
    return h.includes('%') || h.includes('percent') || h.includes('pct') ? 'churnPercent' : 'churnGB';
  }
  if (h.startsWith('used') || h.startsWith('inuse') || h === 'allocated') return 'used';
  if (h.includes('size') || h.startsWith('capacity') || h.startsWith('provisioned')) return 'size';
  if (['disk', 'diskname', 'drive', 'volume', 'vhd', 'vhdx', 'virtualdisk'].includes(h)) return 'disk';
  if (['name', 'vm', 'vmname', 'server', 'servername', 'host', 'hostname', 'machine', 'virtualmachine'].includes(h)) return 'name';
  if (['count', 'copies', 'qty', 'quantity', 'instances', 'number'].includes(h)) return 'count';
  if (['workload', 'preset', 'type', 'role', 'workloadtype'].includes(h)) return 'workload';
  if (h.startsWith('freq') || h.startsWith('interval') || h.startsWith('replicationfreq')) return 'frequency';
  return null;
}

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

/**
 * Frequency in seconds from "30", "30 s", "5 min", "5m", "15". A bare 5 or 15 means minutes
 * (Hyper-V offers 5 and 15 minutes); a bare 30, 300 or 900 means seconds.
 */
export function frequencyFromText(text: string, parseNumber: (s: string) => number | null | undefined): FrequencySeconds | null {
  const m = /^\s*([\d.,]+)\s*(s|sec|secs|seconds?|m|min|mins|minutes?)?\s*$/i.exec(text);
  if (!m) return null;
  const n = parseNumber(m[1]!);
  if (typeof n !== 'number') return null;
  const unit = m[2]?.toLowerCase();
  const seconds = unit?.startsWith('m') ? n * 60 : unit ? n : n === 5 || n === 15 ? n * 60 : n;
  return FREQUENCIES_SECONDS.find((f) => f === seconds) ?? null;
}

const WORKLOAD_LIST = WORKLOAD_PRESETS.map((p) => p.label).join(', ');

/**
 * The VM-level policy cells of a row (spreadsheet paste or inventory file): an empty cell is left
 * out (the plan's default applies), a bad one is reported through `fail` with what would be accepted.
 */
export function readPolicyCells(
  workloadText: string,
  frequencyCell: string,
  locale: string | undefined,
  fail: (column: 'workload' | 'frequency', message: string) => void,
): { workload?: WorkloadId; frequencySeconds?: FrequencySeconds } {
  const read: { workload?: WorkloadId; frequencySeconds?: FrequencySeconds } = {};
  if (workloadText) {
    const workload = workloadFromText(workloadText);
    if (workload) read.workload = workload;
    else fail('workload', `unknown "${workloadText}" (use one of ${WORKLOAD_LIST})`);
  }
  if (frequencyCell) {
    const seconds = frequencyFromText(frequencyCell, (s) => parseInputNumber(s, locale));
    if (seconds) read.frequencySeconds = seconds;
    else fail('frequency', `"${frequencyCell}" is not 30 s, 5 min or 15 min`);
  }
  return read;
}

/** A size cell: a number, optionally followed by the plan's unit ("500 GB", "12 GiB/day"). */
export function sizeCellText(text: string): string {
  return text.replace(/\s*(gib|gb|g)(\s*\/\s*(day|d))?\s*$/i, '');
}

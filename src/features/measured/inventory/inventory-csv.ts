/**
 * The collector's inventory CSV: one line per virtual disk with its VM, path, provisioned size and
 * current file size (bytes). Column names are matched loosely so a hand-made list works too.
 */
import Papa from 'papaparse';
import type { ParseIssue } from '../perfmon/types';

export interface InventoryDisk {
  vm: string;
  /** Host path of the virtual disk file. */
  path: string;
  /** Provisioned (maximum) size, bytes. */
  sizeBytes: number;
  /** Size of the file now, bytes (≈ used space of a dynamic disk). */
  fileBytes: number;
  host: string;
}

export type InventoryOutcome = { ok: true; disks: InventoryDisk[] } | { ok: false; issue: ParseIssue };

const COLUMNS = {
  vm: ['vmname', 'vm', 'name', 'virtualmachine'],
  path: ['path', 'diskpath', 'vhdpath', 'file'],
  sizeBytes: ['sizebytes', 'size', 'provisionedbytes', 'maxsizebytes'],
  fileBytes: ['filesizebytes', 'filesize', 'currentsizebytes', 'usedbytes'],
  host: ['host', 'computername', 'node'],
} as const;

const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

export function parseInventoryCsv(text: string): InventoryOutcome {
  // Windows PowerShell 5.1's Export-Csv starts with "#TYPE …" unless -NoTypeInformation was given.
  const skipped = /^#TYPE[^\n]*\n/.test(text) ? 1 : 0;
  const body = skipped ? text.replace(/^#TYPE[^\n]*\n/, '') : text;
  if (!body.replace(/^\uFEFF/, '').trim()) {
    return { ok: false, issue: { line: 1, column: null, message: 'The inventory file is empty: it should list one virtual disk per line under the headings Host, VMName, Path, SizeBytes, FileSizeBytes.' } };
  }
  const parsed = Papa.parse<string[]>(body.replace(/^\uFEFF/, ''), { delimiter: '', skipEmptyLines: 'greedy' });
  const line = (row: number) => row + 1 + skipped;
  // A one-column file has no delimiter to detect: that is not a fault of the file.
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (errors.length) {
    const e = errors[0]!;
    return { ok: false, issue: { line: line(e.row ?? 0), column: null, message: `The inventory CSV is malformed here: ${e.message}.` } };
  }
  const [head, ...rows] = parsed.data;
  if (!head) return { ok: false, issue: { line: 1, column: null, message: 'The inventory file is empty.' } };
  const names = head.map(norm);
  const find = (aliases: readonly string[]) => names.findIndex((n) => aliases.includes(n));
  const at = { vm: find(COLUMNS.vm), path: find(COLUMNS.path), sizeBytes: find(COLUMNS.sizeBytes), fileBytes: find(COLUMNS.fileBytes), host: find(COLUMNS.host) };
  for (const key of ['vm', 'path'] as const) {
    if (at[key] < 0) {
      return { ok: false, issue: { line: line(0), column: null, message: `The inventory has no ${key === 'vm' ? 'VMName' : 'Path'} column (columns: ${head.join(', ')}).` } };
    }
  }
  const disks: InventoryDisk[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    const get = (k: number) => (k >= 0 ? (cells[k] ?? '').trim() : '');
    const bytes = (k: number, label: string): number | ParseIssue => {
      const text = get(k);
      if (text === '') return 0;
      const v = Number(text);
      return Number.isFinite(v) && v >= 0 ? v : { line: line(r + 1), column: k + 1, message: `${label} "${text}" is not a number of bytes.` };
    };
    const size = bytes(at.sizeBytes, 'SizeBytes');
    if (typeof size !== 'number') return { ok: false, issue: size };
    const file = bytes(at.fileBytes, 'FileSizeBytes');
    if (typeof file !== 'number') return { ok: false, issue: file };
    const vm = get(at.vm);
    const path = get(at.path);
    if (!vm || !path) {
      return { ok: false, issue: { line: line(r + 1), column: (vm ? at.path : at.vm) + 1, message: `${vm ? 'Path' : 'VMName'} is empty.` } };
    }
    disks.push({ vm, path, sizeBytes: size, fileBytes: file, host: get(at.host) });
  }
  if (!disks.length) return { ok: false, issue: { line: line(1), column: null, message: 'The inventory lists no disks.' } };
  return { ok: true, disks };
}

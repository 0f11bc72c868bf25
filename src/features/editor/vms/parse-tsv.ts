/**
 * Rows copied from a spreadsheet (tab-separated) → VMs for the plan. Pure: no store, no DOM.
 * A header row is optional; with a Disk column, rows sharing a name are disks of one VM.
 * Every problem names the row (line of the paste, header included) and the column.
 */
import Papa from 'papaparse';
import { parseInputNumber } from '@/lib/number-input';
import { COLUMN_LABELS, DEFAULT_COLUMNS, headerColumn, readPolicyCells, sizeCellText, type PasteColumn } from './paste-columns';
import type { FrequencySeconds, WorkloadId } from '@/plan';

export interface PasteIssue {
  /** Line of the paste, 1-based, header included — the row the user sees in the spreadsheet selection. */
  row: number;
  /** Column as the user named it (header text) or its default name. */
  column: string;
  message: string;
}

export interface PastedDisk {
  name?: string;
  /** Plan GB (the plan's unit). */
  sizeGB: number;
  usedGB?: number;
  churnGBPerDay?: number;
}

export interface PastedVm {
  name: string;
  count?: number;
  workload?: WorkloadId;
  frequencySeconds?: FrequencySeconds;
  disks: PastedDisk[];
  /** Source row of each disk, for messages from the plan gate. */
  rows: number[];
}

export interface PasteParse {
  header: boolean;
  /** Plan field each column feeds; null = ignored. */
  columns: (PasteColumn | null)[];
  /** Data rows as pasted: row number and cells (to give back the rows that failed). */
  lines: { row: number; cells: string[] }[];
  /** The header cells, when there is a header. */
  headerCells: string[];
  /** VMs whose every row read cleanly. */
  vms: PastedVm[];
  issues: PasteIssue[];
  /** Rows not turned into VMs: their own error, or another row of the same VM had one. */
  failedRows: number[];
  /** Non-blocking remarks, e.g. ignored columns. */
  notes: string[];
}

export const issueText = (issue: PasteIssue) => `Row ${issue.row}, ${issue.column}: ${issue.message}`;


/** Split pasted text into cells. Excel quotes cells holding tabs or line breaks; papaparse undoes that. */
function cellsOf(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''), { delimiter: '\t', quoteChar: '"', skipEmptyLines: false });
  return result.data.map((cells) => cells.map((c) => c.trim()));
}

/** The first row is a header when at least half of its filled cells are column names we know. */
function detectHeader(first: readonly string[]): boolean {
  const filled = first.filter(Boolean);
  return filled.length > 0 && filled.filter((c) => headerColumn(c) !== null).length * 2 >= filled.length;
}

interface RowRead {
  name: string;
  vm: Omit<PastedVm, 'name' | 'disks' | 'rows'>;
  disk: PastedDisk;
  issues: PasteIssue[];
}

/** One data row → VM fields and one disk, with an issue per bad cell. */
function readRow(row: number, cells: readonly string[], columns: readonly (PasteColumn | null)[], labels: readonly string[], locale: string | undefined): RowRead {
  const issues: PasteIssue[] = [];
  const at = (col: PasteColumn) => columns.indexOf(col);
  const cell = (col: PasteColumn) => (at(col) >= 0 ? (cells[at(col)] ?? '') : '');
  const fail = (col: PasteColumn, message: string) => issues.push({ row, column: labels[at(col)] ?? COLUMN_LABELS[col], message });
  const number = (col: PasteColumn, required = false): number | undefined => {
    const text = col === 'churnPercent' ? cell(col).replace(/\s*%$/, '') : sizeCellText(cell(col));
    const n = parseInputNumber(text, locale);
    if (n === null) {
      if (required) fail(col, 'missing');
      return undefined;
    }
    if (n === undefined) {
      fail(col, `not a number ("${cell(col)}")`);
      return undefined;
    }
    if (n < 0) fail(col, 'cannot be negative');
    return n;
  };

  const name = cell('name');
  if (!name) fail('name', 'missing');
  const vm: RowRead['vm'] = {};
  const count = number('count');
  if (count !== undefined && !(Number.isInteger(count) && count >= 1)) fail('count', `must be a whole number of copies, at least 1 (not ${cell('count')})`);
  else if (count !== undefined) vm.count = count;
  Object.assign(vm, readPolicyCells(cell('workload'), cell('frequency'), locale, fail));

  const sizeGB = number('size', true);
  const usedGB = number('used');
  if (sizeGB !== undefined && sizeGB === 0) fail('size', 'must be greater than 0');
  if (sizeGB !== undefined && usedGB !== undefined && usedGB > sizeGB) fail('used', `larger than the size (${cell('size')})`);
  // "2%" in a GB/day churn column is a percentage too.
  const percentCell = at('churnGB') >= 0 && /%\s*$/.test(cell('churnGB'));
  const churnGB = percentCell ? undefined : number('churnGB');
  const churnPercent = percentCell ? parseInputNumber(cell('churnGB').replace(/\s*%\s*$/, ''), locale) : number('churnPercent');
  if (percentCell && typeof churnPercent !== 'number') fail('churnGB', `not a number ("${cell('churnGB')}")`);

  const disk: PastedDisk = { sizeGB: sizeGB ?? 0 };
  if (cell('disk')) disk.name = cell('disk');
  if (usedGB !== undefined) disk.usedGB = usedGB;
  if (churnGB !== undefined) disk.churnGBPerDay = churnGB;
  else if (typeof churnPercent === 'number') disk.churnGBPerDay = ((usedGB ?? sizeGB ?? 0) * churnPercent) / 100;
  return { name, vm, disk, issues };
}

/** Read pasted spreadsheet rows. `locale` reads decimals ("12,5" in de-DE); "." is accepted everywhere. */
export function parsePastedRows(text: string, locale?: string): PasteParse {
  const all = cellsOf(text).map((cells, i) => ({ row: i + 1, cells }));
  const rows = all.filter((r) => r.cells.some(Boolean));
  const header = rows.length > 0 && detectHeader(rows[0]!.cells);
  const headerCells = header ? rows[0]!.cells : [];
  const lines = header ? rows.slice(1) : rows;
  const notes: string[] = [];

  let columns: (PasteColumn | null)[];
  let labels: string[];
  if (header) {
    columns = headerCells.map((c, i) => {
      const col = headerColumn(c);
      return col && headerCells.findIndex((other) => headerColumn(other) === col) === i ? col : null;
    });
    labels = headerCells.map((c, i) => c || `Column ${i + 1}`);
    headerCells.forEach((c, i) => c && columns[i] === null && notes.push(`Column "${c}" is not used.`));
    if (!columns.includes('name')) notes.push('No Name column: add one headed "Name".');
  } else {
    const width = Math.max(0, ...lines.map((l) => l.cells.length));
    columns = Array.from({ length: width }, (_, i) => DEFAULT_COLUMNS[i] ?? null);
    labels = columns.map((c, i) => (c ? COLUMN_LABELS[c] : `Column ${i + 1}`));
    if (width > DEFAULT_COLUMNS.length) notes.push(`Columns after the ${DEFAULT_COLUMNS.length}th are not used.`);
  }
  if (rows.length > 0 && !text.includes('\t') && lines.some((l) => /[,;]/.test(l.cells[0] ?? ''))) {
    notes.push('No tabs found: copy the cells from the spreadsheet itself, so columns arrive tab-separated.');
  }

  // With a Disk column, rows of the same name are one VM's disks; otherwise each row is a VM.
  const byDisk = columns.includes('disk');
  const groups = new Map<string, { vm: PastedVm; bad: boolean }>();
  const issues: PasteIssue[] = [];
  const failedRows: number[] = [];
  lines.forEach(({ row, cells }) => {
    const read = readRow(row, cells, columns, labels, locale);
    issues.push(...read.issues);
    if (!read.name) {
      failedRows.push(row);
      return;
    }
    const key = byDisk ? read.name.toLowerCase() : `#${row}`;
    const group = groups.get(key) ?? { vm: { name: read.name, ...read.vm, disks: [], rows: [] }, bad: false };
    group.vm.disks.push(read.disk);
    group.vm.rows.push(row);
    group.bad ||= read.issues.length > 0;
    groups.set(key, group);
  });
  const vms: PastedVm[] = [];
  for (const { vm, bad } of groups.values()) {
    if (bad) failedRows.push(...vm.rows);
    else vms.push(vm);
  }
  return { header, columns, lines, headerCells, vms, issues, failedRows: failedRows.sort((a, b) => a - b), notes };
}

/** The header row and the given data rows, tab-separated: what stays in the box after adding the good rows. */
export function rowsAsText(parse: PasteParse, rows: ReadonlySet<number>): string {
  const kept = parse.lines.filter((l) => rows.has(l.row)).map((l) => l.cells);
  if (kept.length === 0) return '';
  return Papa.unparse(parse.header ? [parse.headerCells, ...kept] : kept, { delimiter: '\t', newline: '\n' });
}

/**
 * Rows copied from a spreadsheet (tab-separated) → VMs for the plan. Pure: no store, no DOM.
 * A header row is optional; with a Disk column, rows sharing a name are disks of one VM. The
 * cells are read by the same reader as an inventory CSV (`readVmRows`), so every per-VM field the
 * editor has can be pasted. Every problem names the row (line of the paste, header included) and
 * the column.
 */
import Papa from 'papaparse';
import { COLUMN_LABELS, columnsOfHeader, headerColumn, readVmRows, type RowIssue, type RowVm, type StorageUnits, type VmColumn } from '@/plan';

export type PasteIssue = RowIssue;
export type PastedVm = RowVm;

/** Column order of a paste without a header row: the short "name, size, used, churn" list works as is. */
export const DEFAULT_COLUMNS: readonly VmColumn[] = ['name', 'size', 'used', 'churnGB', 'count', 'workload', 'frequency', 'disk'];

export interface PasteParse {
  header: boolean;
  /** Plan field each column feeds; null = ignored. */
  columns: (VmColumn | null)[];
  /** Each column's title as the user sees it. */
  titles: string[];
  /** Data rows as pasted: line and cells (to give back the rows that failed). */
  lines: { line: number; cells: string[] }[];
  /** The header cells, when there is a header. */
  headerCells: string[];
  /** VMs whose every row read cleanly. */
  vms: PastedVm[];
  issues: PasteIssue[];
  /** Lines not turned into VMs: their own error, or another row of the same VM had one. */
  failedRows: number[];
  /** Header cells of columns that are not read (unknown names, or a column named twice). */
  ignored: string[];
  /** Non-blocking remarks. */
  notes: string[];
}

export const issueText = (issue: PasteIssue) => `Row ${issue.line}, ${issue.column}: ${issue.message}`;

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

/**
 * Read pasted spreadsheet rows. `locale` reads decimals ("12,5" in de-DE; "." is accepted
 * everywhere); sizes are in the plan's `units` unless a header names another ("Size (GB)").
 */
export function parsePastedRows(text: string, locale: string, units: StorageUnits = 'binary'): PasteParse {
  const all = cellsOf(text).map((cells, i) => ({ line: i + 1, cells }));
  const rows = all.filter((r) => r.cells.some(Boolean));
  const header = rows.length > 0 && detectHeader(rows[0]!.cells);
  const headerCells = header ? rows[0]!.cells : [];
  const lines = header ? rows.slice(1) : rows;
  const notes: string[] = [];
  let ignored: string[];

  let columns: (VmColumn | null)[];
  let titles: string[];
  if (header) {
    columns = columnsOfHeader(headerCells);
    titles = headerCells.map((c, i) => c || `Column ${i + 1}`);
    ignored = headerCells.filter((c, i) => c && columns[i] === null);
    if (!columns.includes('name')) notes.push('No Name column: add one headed "Name".');
  } else {
    const width = Math.max(0, ...lines.map((l) => l.cells.length));
    columns = Array.from({ length: width }, (_, i) => DEFAULT_COLUMNS[i] ?? null);
    titles = columns.map((c, i) => (c ? COLUMN_LABELS[c] : `Column ${i + 1}`));
    ignored = titles.filter((_, i) => columns[i] === null);
  }
  if (rows.length > 0 && !text.includes('\t') && lines.some((l) => /[,;]/.test(l.cells[0] ?? ''))) {
    notes.push('No tabs found: copy the cells from the spreadsheet itself, so columns arrive tab-separated.');
  }

  // With a Disk column, rows of the same name are one VM's disks; otherwise each row is a VM.
  const read = readVmRows({ columns, titles, rows: lines, units, locale, groupByName: columns.includes('disk') });
  return { header, columns, titles, lines, headerCells, vms: read.vms, issues: read.issues, failedRows: read.failedLines, ignored, notes };
}

/** The header row and the given data rows, tab-separated: what stays in the box after adding the good rows. */
export function rowsAsText(parse: PasteParse, rows: ReadonlySet<number>): string {
  const kept = parse.lines.filter((l) => rows.has(l.line)).map((l) => l.cells);
  if (kept.length === 0) return '';
  return Papa.unparse(parse.header ? [parse.headerCells, ...kept] : kept, { delimiter: '\t', newline: '\n' });
}

/**
 * A VM inventory CSV → VMs for the plan. Pure: no store, no DOM. The file's header names the
 * columns (any order, the template's names or common synonyms); the rows are read by the same
 * reader as a spreadsheet paste (`readVmRows`): one row per disk, rows with the same VM name are
 * one VM, a VM with any bad row is left out whole, every problem names its line and column.
 */
import { columnFactor, columnTitle, columnsOfHeader, readVmRows, SIZE_COLUMNS, type ReadRow, type RowIssue, type RowVm, type StorageUnits, type VmColumn } from '@/plan';
import { readCsv, unneutralise } from './csv';

/** An inventory file past this is not an inventory (5,000 VMs × a dozen disks is ~5 MiB). */
export const MAX_INVENTORY_CHARS = 20 * 2 ** 20;

export type InventoryIssue = RowIssue;
export type InventoryVm = RowVm;
export type InventoryRow = ReadRow;

export interface InventoryParse {
  /** Column of each header cell (null = not used) and its title as written. */
  columns: { column: VmColumn | null; title: string }[];
  rows: InventoryRow[];
  vms: InventoryVm[];
  issues: InventoryIssue[];
  /** Lines not turned into VMs: their own problem, or another row of the same VM had one. */
  failedLines: number[];
  /** Problems that stop the whole file (no header, no name column…). */
  fatal: string[];
  /** Header cells of columns that are not read (unknown names, or a column named twice). */
  ignored: string[];
  /** Non-blocking remarks: unit conversions, an empty file. */
  notes: string[];
}

export const inventoryIssueText = (issue: InventoryIssue) => `Line ${issue.line}${issue.column ? `, ${issue.column}` : ''}: ${issue.message}`;

function empty(fatal: string[], columns: InventoryParse['columns'] = []): InventoryParse {
  return { columns, rows: [], vms: [], issues: [], failedLines: [], fatal, ignored: [], notes: [] };
}

/** Read an inventory CSV. Sizes and churn are in the header's unit, else the plan's (`units`). */
export function parseInventoryCsv(text: string, units: StorageUnits): InventoryParse {
  if (text.length > MAX_INVENTORY_CHARS) return empty([`The file is too large (${Math.round(text.length / 2 ** 20)} MiB); an inventory is at most ${MAX_INVENTORY_CHARS / 2 ** 20} MiB.`]);
  const csv = readCsv(text);
  const [head, ...data] = csv.rows;
  if (!head) return empty(['The file has no rows: start from the template, with a header line.']);

  const kinds = columnsOfHeader(head.cells);
  const columns = head.cells.map((title, i) => ({ column: kinds[i] ?? null, title }));
  const fatal: string[] = [];
  if (!kinds.includes('name')) fatal.push(`Line ${head.line}: no VM name column. The first line must be a header like the template's (VM name, Disk name, Size (${units === 'decimal' ? 'GB' : 'GiB'}), …).`);
  else if (!kinds.includes('size')) fatal.push(`Line ${head.line}: no Size column. Add one headed "${columnTitle('size', units)}".`);
  if (fatal.length > 0) return empty(fatal, columns);

  const notes: string[] = [];
  const ignored = columns.filter((c) => c.column === null && c.title).map((c) => c.title);
  for (const { column, title } of columns) {
    if (column && SIZE_COLUMNS.has(column) && columnFactor(title, units) !== 1) notes.push(`"${title}" is converted to ${units === 'decimal' ? 'GB' : 'GiB'}, the plan's unit.`);
  }
  if (data.length === 0) notes.push('The file has a header but no VM rows.');
  // Excel writes ";" between cells where the decimal mark is ",": read numbers the same way.
  const locale = csv.delimiter === ';' ? 'de-DE' : 'en-US';
  const read = readVmRows({
    columns: kinds,
    titles: head.cells,
    rows: data.map(({ line, cells }) => ({ line, cells: cells.map(unneutralise) })),
    units,
    locale,
    groupByName: true,
  });

  // Structural problems (an unclosed quote) leave their row's VM out too.
  const structural: InventoryIssue[] = csv.errors.map((e) => ({ line: e.line, column: '', message: e.message }));
  const badLines = new Set(structural.map((i) => i.line));
  const failed = new Set(read.failedLines);
  const vms = read.vms.filter((vm) => {
    if (!vm.lines.some((l) => badLines.has(l))) return true;
    vm.lines.forEach((l) => failed.add(l));
    return false;
  });
  badLines.forEach((l) => failed.add(l));
  const issues = [...structural, ...read.issues].sort((a, b) => a.line - b.line);
  return { columns, rows: read.rows, vms, issues, failedLines: [...failed].sort((a, b) => a - b), fatal: [], ignored, notes };
}

/**
 * A VM inventory CSV → VMs for the plan. Pure: no store, no DOM. One row per disk; rows with the
 * same VM name (any case) are one VM, whose VM-level cells (count, workload, frequency, recovery
 * points) may be left empty after its first row but must not disagree. A VM with any bad row is
 * left out whole; every problem names the line of the file and the column as headed there.
 */
import { readPolicyCells, sizeCellText } from '@/features/editor/vms/paste-columns';
import { parseInputNumber } from '@/lib/number-input';
import type { FrequencySeconds, StorageUnits, WorkloadId } from '@/plan';
import { readCsv, unneutralise } from './csv';
import { SIZE_COLUMNS, columnFactor, columnTitle, frequencyText, inventoryColumn, yesNo, type InventoryColumn } from './inventory-columns';

/** An inventory file past this is not an inventory (5,000 VMs × a dozen disks is ~5 MiB). */
export const MAX_INVENTORY_CHARS = 20 * 2 ** 20;

export interface InventoryIssue {
  /** Line of the file, 1-based, header included. */
  line: number;
  /** Column as headed in the file; '' for the whole row or file. */
  column: string;
  message: string;
}

export interface InventoryDisk {
  name?: string;
  /** Plan GB (the plan's unit, converted from the column's unit). */
  sizeGB: number;
  usedGB?: number;
  churnGBPerDay?: number;
  replicated?: boolean;
}

export interface InventoryVm {
  name: string;
  count?: number;
  workload?: WorkloadId;
  frequencySeconds?: FrequencySeconds;
  recoveryPoints?: number;
  disks: InventoryDisk[];
  /** Line of each disk's row. */
  lines: number[];
}

/** A data row as the preview lists it. */
export interface InventoryRow {
  line: number;
  vm: string;
  disk: string;
  /** Cells of the columns the file has, by column. */
  cells: Partial<Record<InventoryColumn, string>>;
}

export interface InventoryParse {
  /** Column of each header cell (null = not used) and its title as written. */
  columns: { column: InventoryColumn | null; title: string }[];
  rows: InventoryRow[];
  vms: InventoryVm[];
  issues: InventoryIssue[];
  /** Lines not turned into VMs: their own problem, or another row of the same VM had one. */
  failedLines: number[];
  /** Problems that stop the whole file (no header, no name column…). */
  fatal: string[];
  /** Non-blocking remarks: unused columns, unit conversions. */
  notes: string[];
}

export const inventoryIssueText = (issue: InventoryIssue) => `Line ${issue.line}${issue.column ? `, ${issue.column}` : ''}: ${issue.message}`;

type VmFields = Pick<InventoryVm, 'count' | 'workload' | 'frequencySeconds' | 'recoveryPoints'>;
const VM_FIELDS: { key: keyof VmFields; column: InventoryColumn }[] = [
  { key: 'count', column: 'count' },
  { key: 'workload', column: 'workload' },
  { key: 'frequencySeconds', column: 'frequency' },
  { key: 'recoveryPoints', column: 'recoveryPoints' },
];

function empty(fatal: string[], columns: InventoryParse['columns'] = []): InventoryParse {
  return { columns, rows: [], vms: [], issues: [], failedLines: [], fatal, notes: [] };
}

/** Read an inventory CSV. Sizes and churn are in the header's unit, else the plan's (`units`). */
export function parseInventoryCsv(text: string, units: StorageUnits): InventoryParse {
  if (text.length > MAX_INVENTORY_CHARS) return empty([`The file is too large (${Math.round(text.length / 2 ** 20)} MiB); an inventory is at most ${MAX_INVENTORY_CHARS / 2 ** 20} MiB.`]);
  const csv = readCsv(text);
  const [head, ...data] = csv.rows;
  if (!head) return empty(['The file has no rows: start from the template, with a header line.']);

  const seen = new Set<InventoryColumn>();
  const columns = head.cells.map((title) => {
    const column = inventoryColumn(title);
    if (column === null || seen.has(column)) return { column: null, title };
    seen.add(column);
    return { column, title };
  });
  const fatal: string[] = [];
  if (!seen.has('name')) fatal.push(`Line ${head.line}: no VM name column. The first line must be a header like the template's (VM name, Disk name, Size (${units === 'decimal' ? 'GB' : 'GiB'}), …).`);
  else if (!seen.has('size')) fatal.push(`Line ${head.line}: no Size column. Add one headed "${columnTitle('size', units)}".`);
  if (fatal.length > 0) return empty(fatal, columns);

  const notes: string[] = [];
  columns.forEach(({ column, title }) => {
    if (column === null && title) notes.push(`Column "${title}" is not used.`);
    else if (column && SIZE_COLUMNS.has(column) && columnFactor(title, units) !== 1) {
      notes.push(`"${title}" is converted to ${units === 'decimal' ? 'GB' : 'GiB'}, the plan's unit.`);
    }
  });
  // Excel writes ";" between cells where the decimal mark is ",": read numbers the same way.
  const locale = csv.delimiter === ';' ? 'de-DE' : 'en-US';

  const issues: InventoryIssue[] = csv.errors.map((e) => ({ line: e.line, column: '', message: e.message }));
  const badLines = new Set(issues.map((i) => i.line));
  const groups = new Map<string, { vm: InventoryVm; from: Partial<Record<keyof VmFields, number>>; bad: boolean }>();
  const rows: InventoryRow[] = [];

  for (const { line, cells } of data) {
    const cellsOf: InventoryRow['cells'] = {};
    columns.forEach(({ column }, i) => {
      if (column) cellsOf[column] = unneutralise(cells[i] ?? '');
    });
    const read = readRow(line, cellsOf, columns, units, locale);
    rows.push({ line, vm: read.name, disk: cellsOf.disk ?? '', cells: cellsOf });
    if (!read.name) {
      issues.push(...read.issues);
      badLines.add(line);
      continue;
    }
    const key = read.name.toLowerCase();
    const group = groups.get(key) ?? { vm: { name: read.name, disks: [], lines: [] }, from: {}, bad: false };
    // VM-level cells: the first row that fills one sets it; a later row may repeat it or leave it empty.
    for (const { key: field, column } of VM_FIELDS) {
      const value = read.vm[field];
      if (value === undefined) continue;
      const first = group.vm[field];
      if (first === undefined) {
        (group.vm as VmFields)[field] = value as never;
        group.from[field] = line;
      } else if (first !== value) {
        const shown = field === 'frequencySeconds' ? frequencyText(first as number) : String(first);
        read.issues.push({ line, column: titleOf(columns, column), message: `differs from line ${group.from[field]} (${shown}); a VM's rows must agree` });
      }
    }
    group.vm.disks.push(read.disk);
    group.vm.lines.push(line);
    group.bad ||= read.issues.length > 0 || badLines.has(line);
    issues.push(...read.issues);
    groups.set(key, group);
  }

  const vms: InventoryVm[] = [];
  const failed = new Set(badLines);
  for (const { vm, bad } of groups.values()) {
    if (bad) vm.lines.forEach((l) => failed.add(l));
    else vms.push(vm);
  }
  if (data.length === 0) notes.push('The file has a header but no VM rows.');
  issues.sort((a, b) => a.line - b.line);
  return { columns, rows, vms, issues, failedLines: [...failed].sort((a, b) => a - b), fatal: [], notes };
}

const titleOf = (columns: InventoryParse['columns'], column: InventoryColumn) => columns.find((c) => c.column === column)?.title ?? column;

interface RowRead {
  name: string;
  vm: VmFields;
  disk: InventoryDisk;
  issues: InventoryIssue[];
}

/** One data row → VM fields and one disk, with an issue per bad cell. */
function readRow(line: number, cells: InventoryRow['cells'], columns: InventoryParse['columns'], units: StorageUnits, locale: string): RowRead {
  const issues: InventoryIssue[] = [];
  const fail = (column: InventoryColumn, message: string) => issues.push({ line, column: titleOf(columns, column), message });
  const cell = (column: InventoryColumn) => cells[column] ?? '';
  /** A number cell; sizes are scaled from the header's unit to plan GB. undefined = empty or bad. */
  const number = (column: InventoryColumn, required = false): number | undefined => {
    const raw = cell(column);
    const text = SIZE_COLUMNS.has(column) ? sizeCellText(raw) : raw;
    const n = parseInputNumber(text, locale);
    if (n === null) {
      if (required) fail(column, 'missing');
      return undefined;
    }
    if (n === undefined) {
      fail(column, `not a number ("${raw}")`);
      return undefined;
    }
    if (n < 0) {
      fail(column, 'cannot be negative');
      return undefined;
    }
    return SIZE_COLUMNS.has(column) ? n * columnFactor(titleOf(columns, column), units) : n;
  };
  const whole = (column: InventoryColumn, min: number, what: string): number | undefined => {
    const n = number(column);
    if (n === undefined) return undefined;
    if (!Number.isInteger(n) || n < min) {
      fail(column, `must be a whole number ${what} (not ${cell(column)})`);
      return undefined;
    }
    return n;
  };

  const name = cell('name');
  if (!name) fail('name', 'missing');
  const vm: VmFields = {};
  const count = whole('count', 1, 'of copies, at least 1');
  if (count !== undefined) vm.count = count;
  Object.assign(vm, readPolicyCells(cell('workload'), cell('frequency'), locale, fail));
  const points = whole('recoveryPoints', 0, 'from 0');
  if (points !== undefined) vm.recoveryPoints = points;

  const sizeGB = number('size', true);
  const usedGB = number('used');
  if (sizeGB === 0) fail('size', 'must be greater than 0');
  if (sizeGB !== undefined && usedGB !== undefined && usedGB > sizeGB) fail('used', `larger than the size (${cell('size')})`);
  // "2%" in the GB/day column means % of the used size per day, as in a Churn (%) column.
  const percentCell = /%\s*$/.test(cell('churnGB'));
  const churnGB = percentCell ? undefined : number('churnGB');
  let churnPercent: number | undefined;
  if (percentCell) {
    const n = parseInputNumber(cell('churnGB').replace(/\s*%\s*$/, ''), locale);
    if (typeof n === 'number' && n >= 0) churnPercent = n;
    else fail('churnGB', `not a percentage ("${cell('churnGB')}")`);
  } else {
    churnPercent = number('churnPercent');
  }
  const replicated = yesNo(cell('replicated'));
  if (replicated === undefined) fail('replicated', `"${cell('replicated')}" is not yes or no`);

  const disk: InventoryDisk = { sizeGB: sizeGB ?? 0 };
  if (cell('disk')) disk.name = cell('disk');
  if (usedGB !== undefined) disk.usedGB = usedGB;
  if (churnGB !== undefined) disk.churnGBPerDay = churnGB;
  else if (churnPercent !== undefined) disk.churnGBPerDay = ((usedGB ?? sizeGB ?? 0) * churnPercent) / 100;
  if (typeof replicated === 'boolean') disk.replicated = replicated;
  return { name, vm, disk, issues };
}

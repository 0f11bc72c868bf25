/**
 * Spreadsheet rows → VMs, for both ways in (a paste from Excel, an inventory CSV). Pure. One row
 * per disk: rows with the same VM name (any case) are one VM when `groupByName`, whose VM-level
 * cells may be left empty after its first row but must not disagree. A VM with any bad row is left
 * out whole; every problem names the line and the column as the user headed it.
 */
import { parseInputNumber } from '@/lib/number-input';
import type { FrequencySeconds, InitialReplicationMethod, ProfileId, StorageUnits } from '../limits';
import type { WorkloadId } from '../presets';
import type { ProvenanceSource } from '../provenance';
import {
  IR_TEXT,
  PROFILE_LIST,
  SOURCE_LIST,
  WORKLOAD_LIST,
  frequencyFromText,
  frequencyText,
  irFromText,
  isOffText,
  profileFromText,
  sizeCellText,
  sourceFromText,
  weightsFromText,
  workloadFromText,
  yesNo,
} from './cells';
import { shapeFromText, shapeText, type WithinHourWeights } from './shape-cell';
import { COLUMN_LABELS, SIZE_COLUMNS, VM_LEVEL_COLUMNS, columnFactor, type VmColumn, type VmLevelColumn } from './columns';

export interface RowIssue {
  /** Line of the file or paste, 1-based, header included. */
  line: number;
  /** Column as the user headed it; '' for the whole row. */
  column: string;
  message: string;
}

export interface RowDisk {
  name?: string;
  /** Plan GB (the plan's unit, converted from the header's unit). */
  sizeGB: number;
  usedGB?: number;
  churnGBPerDay?: number;
  replicated?: boolean;
  /** Where the churn figure came from, when the rows say (a "Churn source" column). */
  churnSource?: ProvenanceSource;
}

/** The VM-level fields a row may carry; absent = the plan default (or the preset's). */
export interface RowVmFields {
  count?: number;
  workload?: WorkloadId;
  frequencySeconds?: FrequencySeconds;
  recoveryPoints?: number;
  appConsistentHours?: number | null;
  profile?: ProfileId;
  /** Where the profile came from, when the rows say (a "Profile source" column). */
  profileSource?: ProvenanceSource;
  hourlyWeights?: number[];
  /** The 5-minute shape: 24 hours, null = even; weights as written (the engine scales each hour to mean 1). */
  withinHourWeights?: WithinHourWeights;
  initialReplication?: InitialReplicationMethod | null;
  writeIops?: number;
}

export interface RowVm extends RowVmFields {
  name: string;
  disks: RowDisk[];
  /** Line of each disk's row. */
  lines: number[];
}

/** A data row as a preview lists it. */
export interface ReadRow {
  line: number;
  vm: string;
  disk: string;
  /** Cells of the columns present, by column. */
  cells: Partial<Record<VmColumn, string>>;
}

export interface RowsInput {
  /** Column of each cell position; null = not used. */
  columns: readonly (VmColumn | null)[];
  /** Each position's title as the user sees it (header text, or the default name). */
  titles: readonly string[];
  rows: readonly { line: number; cells: readonly string[] }[];
  units: StorageUnits;
  /** Reads decimals: "12,5" in de-DE; "." is accepted everywhere. */
  locale: string;
  /** Rows of the same name are disks of one VM (else each row is a VM). */
  groupByName: boolean;
}

export interface RowsRead {
  rows: ReadRow[];
  /** VMs whose every row read cleanly. */
  vms: RowVm[];
  issues: RowIssue[];
  /** Lines not turned into VMs: their own problem, or another row of the same VM had one. */
  failedLines: number[];
}

/** Which RowVm field a VM-level column fills. */
const FIELD_OF: Record<VmLevelColumn, keyof RowVmFields> = {
  count: 'count',
  workload: 'workload',
  frequency: 'frequencySeconds',
  recoveryPoints: 'recoveryPoints',
  appConsistentHours: 'appConsistentHours',
  profile: 'profile',
  profileSource: 'profileSource',
  hourlyWeights: 'hourlyWeights',
  withinHourWeights: 'withinHourWeights',
  initialReplication: 'initialReplication',
  writeIops: 'writeIops',
};

const shown = (field: keyof RowVmFields, value: unknown): string => {
  if (field === 'frequencySeconds') return frequencyText(value as number);
  if (field === 'initialReplication') return value === null ? 'the plan’s method' : IR_TEXT[value as InitialReplicationMethod];
  if (field === 'appConsistentHours' && value === null) return 'off';
  if (field === 'withinHourWeights') return shapeText(value as WithinHourWeights, '.');
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
};
const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : Object.is(a, b));

/** Read rows into VMs; see the module comment. */
export function readVmRows(input: RowsInput): RowsRead {
  const { columns, titles, units, locale, groupByName } = input;
  const titleOf = (column: VmColumn) => titles[columns.indexOf(column)] ?? COLUMN_LABELS[column];
  const factorOf = (column: VmColumn) => columnFactor(titleOf(column), units);
  const groups = new Map<string, { vm: RowVm; from: Partial<Record<keyof RowVmFields, number>>; bad: boolean }>();
  const issues: RowIssue[] = [];
  const failed = new Set<number>();
  const rows: ReadRow[] = [];

  for (const { line, cells } of input.rows) {
    const byColumn: ReadRow['cells'] = {};
    columns.forEach((column, i) => {
      if (column) byColumn[column] = cells[i] ?? '';
    });
    const read = readRow(line, byColumn, titleOf, factorOf, locale);
    rows.push({ line, vm: read.name, disk: byColumn.disk ?? '', cells: byColumn });
    if (!read.name) {
      issues.push(...read.issues);
      failed.add(line);
      continue;
    }
    const key = groupByName ? read.name.toLowerCase() : `#${line}`;
    const group = groups.get(key) ?? { vm: { name: read.name, disks: [], lines: [] }, from: {}, bad: false };
    // VM-level cells: the first row that fills one sets it; a later row may repeat it or leave it empty.
    for (const column of VM_LEVEL_COLUMNS) {
      const field = FIELD_OF[column];
      const value = read.vm[field];
      if (value === undefined) continue;
      const first = group.vm[field];
      if (first === undefined) {
        (group.vm as unknown as Record<string, unknown>)[field] = value;
        group.from[field] = line;
      } else if (!same(first, value)) {
        read.issues.push({ line, column: titleOf(column), message: `differs from line ${group.from[field]} (${shown(field, first)}); a VM's rows must agree` });
      }
    }
    group.vm.disks.push(read.disk);
    group.vm.lines.push(line);
    group.bad ||= read.issues.length > 0;
    issues.push(...read.issues);
    groups.set(key, group);
  }

  const vms: RowVm[] = [];
  for (const group of groups.values()) {
    const { vm, from } = group;
    // A source that claims a profile the rows do not give would mark the preset's profile as the user's
    // (a 5-minute shape is part of the profile: its source is the profile's).
    const noProfile = vm.profile === undefined && !vm.hourlyWeights && !vm.withinHourWeights;
    if (vm.profileSource && vm.profileSource !== 'preset' && vm.profileSource !== 'default' && noProfile) {
      issues.push({ line: from.profileSource!, column: titleOf('profileSource'), message: `says "${vm.profileSource}" but ${vm.name} has no profile; fill in its Profile or leave the source empty` });
      group.bad = true;
    }
    if (group.bad) vm.lines.forEach((l) => failed.add(l));
    else vms.push(finishVm(vm));
  }
  issues.sort((a, b) => a.line - b.line);
  return { rows, vms, issues, failedLines: [...failed].sort((a, b) => a - b) };
}

/** Weights without a profile mean a custom profile. */
function finishVm(vm: RowVm): RowVm {
  return vm.hourlyWeights && vm.profile === undefined ? { ...vm, profile: 'custom' } : vm;
}

interface RowRead {
  name: string;
  vm: RowVmFields;
  disk: RowDisk;
  issues: RowIssue[];
}

/** One data row → VM fields and one disk, with an issue per bad cell. */
function readRow(
  line: number,
  cells: ReadRow['cells'],
  titleOf: (column: VmColumn) => string,
  factorOf: (column: VmColumn) => number,
  locale: string,
): RowRead {
  const issues: RowIssue[] = [];
  const fail = (column: VmColumn, message: string) => issues.push({ line, column: titleOf(column), message });
  const cell = (column: VmColumn) => (cells[column] ?? '').trim();
  /** A number cell; sizes are scaled from the header's unit to plan GB. undefined = empty or bad. */
  const number = (column: VmColumn, required = false): number | undefined => {
    const raw = cell(column);
    const text = SIZE_COLUMNS.has(column) ? sizeCellText(raw) : column === 'churnPercent' ? raw.replace(/\s*%\s*$/, '') : raw;
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
    return SIZE_COLUMNS.has(column) ? n * factorOf(column) : n;
  };
  const whole = (column: VmColumn, min: number, what: string): number | undefined => {
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
  const vm: RowVmFields = {};
  const count = whole('count', 1, 'of copies, at least 1');
  if (count !== undefined) vm.count = count;
  const workloadText = cell('workload');
  if (workloadText) {
    const workload = workloadFromText(workloadText);
    if (workload) vm.workload = workload;
    else fail('workload', `unknown "${workloadText}" (use one of ${WORKLOAD_LIST})`);
  }
  const frequencyCell = cell('frequency');
  if (frequencyCell) {
    const seconds = frequencyFromText(frequencyCell, locale);
    if (seconds) vm.frequencySeconds = seconds;
    else fail('frequency', `"${frequencyCell}" is not 30 s, 5 min or 15 min`);
  }
  const points = whole('recoveryPoints', 0, 'from 0');
  if (points !== undefined) vm.recoveryPoints = points;
  if (isOffText(cell('appConsistentHours'))) vm.appConsistentHours = null;
  else {
    const hours = whole('appConsistentHours', 1, 'of hours from 1, or off');
    if (hours !== undefined) vm.appConsistentHours = hours;
  }
  const profileCell = cell('profile');
  if (profileCell) {
    const profile = profileFromText(profileCell);
    if (profile) vm.profile = profile;
    else fail('profile', `unknown "${profileCell}" (use one of ${PROFILE_LIST})`);
  }
  const weightsCell = cell('hourlyWeights');
  if (weightsCell) {
    const weights = weightsFromText(weightsCell, locale);
    if (weights) vm.hourlyWeights = weights;
    else fail('hourlyWeights', 'needs 24 numbers of 0 or more (hours 00–23), separated by spaces');
  }
  const shapeCell = cell('withinHourWeights');
  if (shapeCell) {
    const read = shapeFromText(shapeCell, locale);
    if ('shape' in read) vm.withinHourWeights = read.shape;
    else fail('withinHourWeights', read.problem);
  }
  const profileSource = sourceFromText(cell('profileSource'));
  if (profileSource === undefined) fail('profileSource', `unknown "${cell('profileSource')}" (use one of ${SOURCE_LIST})`);
  else if (profileSource) vm.profileSource = profileSource;
  const ir = irFromText(cell('initialReplication'));
  if (ir === undefined) fail('initialReplication', `"${cell('initialReplication')}" is not Network, Offline or Seed (empty = the plan’s method)`);
  else if (cell('initialReplication')) vm.initialReplication = ir;
  const iops = number('writeIops');
  if (iops !== undefined) vm.writeIops = iops;

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
  const churnSource = sourceFromText(cell('churnSource'));
  if (churnSource === undefined) fail('churnSource', `unknown "${cell('churnSource')}" (use one of ${SOURCE_LIST})`);
  // A figure the row leaves out is the preset's; a source saying otherwise would mislabel it.
  else if ((churnSource === 'entered' || churnSource === 'measured') && !cell('churnGB') && !cell('churnPercent')) {
    fail('churnSource', `says "${churnSource}" but the row has no churn figure; fill in the churn or leave the source empty`);
  }
  const replicated = yesNo(cell('replicated'));
  if (replicated === undefined) fail('replicated', `"${cell('replicated')}" is not yes or no`);

  const disk: RowDisk = { sizeGB: sizeGB ?? 0 };
  if (cell('disk')) disk.name = cell('disk');
  if (usedGB !== undefined) disk.usedGB = usedGB;
  if (churnGB !== undefined) disk.churnGBPerDay = churnGB;
  else if (churnPercent !== undefined) disk.churnGBPerDay = ((usedGB ?? sizeGB ?? 0) * churnPercent) / 100;
  if (typeof replicated === 'boolean') disk.replicated = replicated;
  if (churnSource) disk.churnSource = churnSource;
  return { name, vm, disk, issues };
}

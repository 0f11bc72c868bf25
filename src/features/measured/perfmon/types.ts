import type { PdhTimeZone } from './pdh-header';

/** Where and why an import failed: 1-based line and column of the file, as a spreadsheet counts them. */
export interface ParseIssue {
  line: number;
  /** 1-based column; null when the whole line (or file) is at fault. */
  column: number | null;
  message: string;
}

/** One counter column: a virtual disk's write rate on one host. */
export interface MeasuredCounter {
  host: string;
  /** Instance name as perfmon spells it (the disk path with `\` written as `-`). */
  instance: string;
  /** Full counter path as in the header. */
  path: string;
  /** Write bytes/s averaged over each slot; NaN where no sample was taken. */
  values: Float32Array;
  /** Slots with a sample. */
  samples: number;
}

/** A parsed perfmon file on a regular grid of `intervalSeconds` slots. */
export interface PerfmonMeasurement {
  timeZone: PdhTimeZone;
  /** Start of slot 0 on the collector's local wall clock, ms (naive: read as UTC to get its fields). */
  startMs: number;
  intervalSeconds: number;
  slots: number;
  counters: MeasuredCounter[];
  /** Data lines read (header excluded). */
  rows: number;
  /** Columns of other counters, left out. */
  ignoredColumns: number;
  /** Things the import corrected or skipped, worth a line in the UI. */
  notes: string[];
}

export type ParseOutcome = { ok: true; measurement: PerfmonMeasurement } | { ok: false; issue: ParseIssue };

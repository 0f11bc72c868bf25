/**
 * The PDH-CSV reader's core: rows in (already split by a CSV parser), a measurement out. It is fed
 * row by row so a 200 MB file never sits in memory; what it keeps is one float per sample.
 * Failures are values naming the line and column; the first one stops the import.
 */
import { ColumnBuilder } from './column-builder';
import { isWriteBytesColumn, parseCounterPath, STORAGE_OBJECT, translatedWriteCounter, WRITE_COUNTER, type CounterPath } from './counter-path';
import { parsePdhHeaderCell, parsePdhTimestamp, type PdhTimeZone } from './pdh-header';
import type { MeasuredCounter, ParseIssue, ParseOutcome } from './types';

/** Data rows looked at before the sample interval is fixed. */
const INTERVAL_PROBE_ROWS = 32;
const HOUR_MS = 3_600_000;

export interface PerfmonParser {
  /** Feed the next line's fields (the header first); an issue stops the import. */
  push(fields: readonly string[]): ParseIssue | null;
  finish(): ParseOutcome;
}

interface Column {
  field: number;
  host: string;
  instance: string;
  path: string;
  data: ColumnBuilder;
}

export function createPerfmonParser(): PerfmonParser {
  let line = 0;
  let width = 0;
  let timeZone: PdhTimeZone | null = null;
  let columns: Column[] = [];
  let ignoredColumns = 0;
  const notes: string[] = [];
  let rows = 0;
  // Rows waiting for the interval to be known: their line numbers and fields.
  let probe: { line: number; t: number; fields: readonly string[] }[] | null = [];
  let intervalMs = 0;
  let offset = 0; // 1 when the first row carries values (slot 0 ends at the first timestamp)
  let firstT = NaN;
  let lastT = NaN;
  let elapsed = 0;
  let lastSlot = -1;
  let negatives = 0;
  let clockChanges = 0;
  let truncated: ParseIssue | null = null;

  const issue = (column: number | null, message: string): ParseIssue => ({ line, column, message });

  function header(fields: readonly string[]): ParseIssue | null {
    timeZone = parsePdhHeaderCell(fields[0] ?? '');
    if (!timeZone) {
      return issue(1, `This is not a perfmon CSV: the first cell should start with "(PDH-CSV 4.0)" but reads "${clip(fields[0] ?? '')}". Export with relog -f csv or Export-Counter -FileFormat csv.`);
    }
    width = fields.length;
    const paths = fields.map((field, f) => (f === 0 ? null : parseCounterPath(field)));
    let isWrite = (path: CounterPath) => isWriteBytesColumn(path);
    if (!paths.some((path) => path && isWrite(path))) {
      // No English names: a Windows in another language writes its translated ones.
      const translated = translatedWriteCounter(paths);
      if (translated) {
        const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
        isWrite = (path) => same(path.object, translated.object) && same(path.counter, translated.counter) && path.instance !== '';
        notes.push(`The counter names are not in English: “\\${translated.object}(*)\\${translated.counter}” was read as “${STORAGE_OBJECT} – ${WRITE_COUNTER}” (the only counter of the file on virtual disks).`);
      }
    }
    for (let f = 1; f < fields.length; f++) {
      const path = paths[f];
      if (path && isWrite(path)) {
        columns.push({ field: f, host: path.host, instance: path.instance, path: fields[f]!, data: new ColumnBuilder() });
      } else {
        ignoredColumns++;
      }
    }
    if (!columns.length) {
      return issue(
        null,
        `No "\\${STORAGE_OBJECT}(*)\\${WRITE_COUNTER}" column in the header (${width - 1} other columns). A file from a Windows in another language is read when it holds one counter on virtual disks only: record just the write counter (the collector script's -CounterPath).`,
      );
    }
    return null;
  }

  function fixInterval(): ParseIssue | null {
    const rowsSeen = probe!;
    const gaps: number[] = [];
    for (let k = 1; k < rowsSeen.length; k++) {
      const d = rowsSeen[k]!.t - rowsSeen[k - 1]!.t;
      if (d > 0) gaps.push(d);
    }
    if (!gaps.length) return { line: rowsSeen[0]?.line ?? 1, column: 1, message: 'At least two samples at different times are needed to know the sample interval.' };
    gaps.sort((a, b) => a - b);
    // Median gap, to whole seconds: PDH stamps drift by a few ms per sample.
    intervalMs = Math.max(1, Math.round(gaps[gaps.length >> 1]! / 1000)) * 1000;
    const first = rowsSeen[0]!;
    offset = columns.some((c) => !isBlank(first.fields[c.field]!)) ? 1 : 0;
    firstT = first.t;
    probe = null;
    for (const r of rowsSeen) {
      line = r.line;
      const problem = place(r.t, r.fields);
      if (problem) return problem;
    }
    return null;
  }

  function place(t: number, fields: readonly string[]): ParseIssue | null {
    if (!Number.isNaN(lastT)) {
      let dt = t - lastT;
      // A daylight-saving change moves the wall clock by an hour between two samples; time itself went on by one interval.
      if (Math.abs(dt - HOUR_MS - intervalMs) < intervalMs / 2 || Math.abs(dt + HOUR_MS - intervalMs) < intervalMs / 2) {
        dt = intervalMs;
        clockChanges++;
      }
      if (dt <= 0) return issue(1, `The time goes backwards: "${clip(fields[0]!)}" is not after the previous line's time.`);
      elapsed += dt;
    }
    lastT = t;
    const slot = Math.round(elapsed / intervalMs) - 1 + offset;
    if (slot < 0) return null; // the first row of rate counters is blank
    if (slot > lastSlot) lastSlot = slot;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const text = fields[col.field]!;
      if (isBlank(text)) continue;
      let v = +text;
      if (v !== v) v = +text.trim().replace(',', '.'); // a decimal comma from some regional settings
      if (v !== v) return issue(col.field + 1, `"${clip(text)}" is not a number (${col.instance}).`);
      if (v < 0) {
        negatives++; // PDH writes -1 when a sample could not be read
        continue;
      }
      col.data.set(slot, v);
    }
    return null;
  }

  function dataRow(fields: readonly string[]): ParseIssue | null {
    if (fields.length === 1 && fields[0] === '') return null; // a blank line
    if (truncated) return truncated;
    if (fields.length !== width) {
      // Only the last line may be cut short (the file was copied while the collector was writing).
      truncated = issue(null, `${fields.length} fields where the header has ${width}.`);
      return null;
    }
    const t = parsePdhTimestamp(fields[0]!);
    if (Number.isNaN(t)) return issue(1, `"${clip(fields[0]!)}" is not a perfmon time (MM/DD/YYYY hh:mm:ss.fff).`);
    rows++;
    if (probe) {
      probe.push({ line, t, fields });
      return probe.length >= INTERVAL_PROBE_ROWS ? fixInterval() : null;
    }
    return place(t, fields);
  }

  return {
    push(fields) {
      line++;
      return line === 1 ? header(fields) : dataRow(fields);
    },
    finish() {
      if (line === 0) return { ok: false, issue: { line: 1, column: null, message: 'The file is empty.' } };
      if (probe) {
        const problem = probe.length ? fixInterval() : { line: line + 1, column: null, message: 'The file has a header but no samples.' };
        if (problem) return { ok: false, issue: problem };
      }
      if (truncated) notes.push(`Line ${truncated.line} was cut short and was skipped (the file was probably copied while the collector was writing).`);
      if (clockChanges) notes.push(`The clock changed by an hour ${clockChanges === 1 ? 'once' : `${clockChanges} times`} (daylight saving); times after it are kept in sequence.`);
      if (negatives) notes.push(`${negatives} unreadable samples (negative values) were treated as missing.`);
      const slots = lastSlot + 1;
      const counters: MeasuredCounter[] = columns.map((c) => ({
        host: c.host,
        instance: c.instance,
        path: c.path,
        samples: c.data.samples,
        values: c.data.toArray(slots),
      }));
      columns = [];
      return {
        ok: true,
        measurement: {
          timeZone: timeZone!,
          startMs: firstT - offset * intervalMs,
          intervalSeconds: intervalMs / 1000,
          slots,
          counters,
          rows,
          ignoredColumns,
          notes,
        },
      };
    },
  };
}

function isBlank(text: string): boolean {
  return text === ' ' || text === '' || text.trim() === '';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

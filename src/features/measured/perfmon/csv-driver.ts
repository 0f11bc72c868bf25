/**
 * Feeds papaparse's streamed chunks to the perfmon reader, turning CSV syntax errors into issues
 * with a line number. Shared by the worker (a File), the tests (a string) and the benchmark (a
 * Node stream), so all three run the same code.
 */
import Papa from 'papaparse';
import { createPerfmonParser, type PerfmonParser } from './perfmon-parser';
import type { ParseIssue, ParseOutcome } from './types';

/** Chunk size read from a file at a time: progress moves in steps of this, memory holds about two. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** papaparse settings for PDH-CSV: always comma-separated, every cell quoted, no header mapping (columns are counters). */
export const PDH_CSV_CONFIG = { delimiter: ',', header: false, skipEmptyLines: false, dynamicTyping: false } as const;

export interface ChunkFeeder {
  /** Feed one papaparse chunk; an issue means stop. */
  feed(results: Papa.ParseResult<string[]>): ParseIssue | null;
  finish(): ParseOutcome;
}

export function createChunkFeeder(parser: PerfmonParser = createPerfmonParser()): ChunkFeeder {
  let rowsBefore = 0;
  return {
    feed(results) {
      const { data } = results;
      // papaparse hands a chunk's unfinished last row on to the next chunk, but may already have
      // flagged it (a chunk that ends between the \r and \n after a closing quote gives "Trailing
      // quote… malformed"): only errors in rows of this chunk count; a real one recurs next chunk.
      const errors = results.errors.filter((e) => (e.row ?? 0) < data.length);
      // A syntax error stops at its row; the rows before it are still read (their issues come first).
      const bad = errors.length ? Math.min(...errors.map((e) => e.row ?? 0)) : data.length;
      for (let r = 0; r < Math.min(bad, data.length); r++) {
        const issue = parser.push(data[r]!);
        if (issue) return issue;
      }
      if (errors.length) {
        const e = errors.find((x) => (x.row ?? 0) === bad)!;
        return { line: rowsBefore + bad + 1, column: null, message: `The CSV is malformed here: ${e.message}.` };
      }
      rowsBefore += data.length;
      return null;
    },
    finish: () => parser.finish(),
  };
}

/** Parse a whole PDH-CSV text (tests and small files), through the same streaming path. */
export function parsePerfmonText(text: string, chunkSize = 64 * 1024): ParseOutcome {
  const feeder = createChunkFeeder();
  let failed: ParseIssue | null = null;
  Papa.parse<string[]>(text, {
    ...PDH_CSV_CONFIG,
    chunkSize,
    // A string is parsed synchronously, chunk by chunk: `failed` is final when parse returns.
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      failed = feeder.feed(results);
      if (failed) parser.abort();
    },
    complete: () => undefined,
  });
  return failed ? { ok: false, issue: failed } : feeder.finish();
}

import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { CHUNK_BYTES, createChunkFeeder, PDH_CSV_CONFIG } from '@/features/measured/perfmon/csv-driver';
import type { ParseOutcome } from '@/features/measured/perfmon/types';

/**
 * Read a perfmon CSV from disk in chunks through the same reader the browser's import worker runs
 * (papaparse + the PDH chunk feeder): the file is never held whole in memory.
 */
export function readPerfmonFile(path: string): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    const feeder = createChunkFeeder();
    let failed: ParseOutcome | null = null;
    const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES, encoding: 'utf8' });
    stream.on('error', (err: NodeJS.ErrnoException) => {
      failed ??= { ok: false, issue: { line: 1, column: null, message: `cannot read the file${err.code ? ` (${err.code})` : ''}` } };
    });
    Papa.parse(stream as unknown as File, {
      ...PDH_CSV_CONFIG,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (failed) return;
        const issue = feeder.feed(results);
        if (issue) {
          failed = { ok: false, issue };
          parser.abort();
        }
      },
      complete() {
        resolve(failed ?? feeder.finish());
      },
      error(err: Error) {
        resolve(failed ?? { ok: false, issue: { line: 1, column: null, message: `cannot read the file (${err.message})` } });
      },
    });
  });
}

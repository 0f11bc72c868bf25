/**
 * Reads a perfmon CSV off the main thread: papaparse streams the File in chunks, the PDH reader
 * keeps one float per sample, progress goes out after each chunk. Cancelling terminates the worker.
 */
import Papa from 'papaparse';
import { CHUNK_BYTES, createChunkFeeder, PDH_CSV_CONFIG } from '../perfmon/csv-driver';
import type { ImportMessage, ImportRequest } from './protocol';

/** The members of DedicatedWorkerGlobalScope used here; the app's lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const file = event.data.file;
  const feeder = createChunkFeeder();
  let settled = false;
  const fail = (message: ImportMessage & { type: 'failed' }) => {
    if (settled) return;
    settled = true;
    scope.postMessage(message);
  };
  Papa.parse<string[], File>(file as File, {
    ...PDH_CSV_CONFIG,
    chunkSize: CHUNK_BYTES,
    chunk(results, parser) {
      const issue = feeder.feed(results);
      if (issue) {
        fail({ type: 'failed', issue });
        parser.abort();
        return;
      }
      scope.postMessage({ type: 'progress', bytes: Math.min(file.size, results.meta.cursor), totalBytes: file.size });
    },
    complete() {
      if (settled) return; // papaparse also calls complete after an abort
      settled = true;
      const outcome = feeder.finish();
      if (!outcome.ok) {
        scope.postMessage({ type: 'failed', issue: outcome.issue });
        return;
      }
      const m = outcome.measurement;
      scope.postMessage({ type: 'done', measurement: m }, m.counters.map((c) => c.values.buffer as ArrayBuffer));
    },
    error(err) {
      fail({ type: 'failed', issue: { line: 1, column: null, message: `The file could not be read: ${err.message}` } });
    },
  });
};

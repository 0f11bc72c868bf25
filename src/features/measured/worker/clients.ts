/**
 * The page's side of the measured-churn workers. An import can be cancelled (the worker is
 * terminated: its memory goes with it); an analysis is superseded by the next one (newest wins).
 */
import type { MeasuredInput, MeasuredResult } from '@/engine';
import type { Plan } from '@/plan';
import type { ParseOutcome } from '../perfmon/types';
import type { AnalysisMessage, AnalysisRequest, ImportMessage, ImportRequest, WorkerLike } from './protocol';

export type ImportWorker = WorkerLike<ImportRequest, ImportMessage>;
export type AnalysisWorker = WorkerLike<AnalysisRequest, AnalysisMessage>;

const importWorker = (): ImportWorker => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
const analysisWorker = (): AnalysisWorker => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

export type ImportResult = ParseOutcome | { ok: false; cancelled: true };

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

/** Read a perfmon file in a worker, reporting the share read (0–1). */
export function startImport(file: Blob, onProgress: (share: number) => void, make: () => ImportWorker = importWorker): RunningImport {
  let finish: (r: ImportResult) => void = () => undefined;
  const result = new Promise<ImportResult>((resolve) => (finish = resolve));
  let worker: ImportWorker | null = null;
  const end = (r: ImportResult) => {
    worker?.terminate();
    worker = null;
    finish(r);
  };
  try {
    worker = make();
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') onProgress(data.totalBytes ? data.bytes / data.totalBytes : 1);
      else if (data.type === 'done') end({ ok: true, measurement: data.measurement });
      else end({ ok: false, issue: data.issue });
    };
    worker.onerror = (event) => end({ ok: false, issue: { line: 1, column: null, message: `The import stopped: ${event.message || 'the reader failed'}.` } });
    worker.postMessage({ file });
  } catch (err) {
    end({ ok: false, issue: { line: 1, column: null, message: `The import could not start: ${err instanceof Error ? err.message : String(err)}.` } });
  }
  return { result, cancel: () => end({ ok: false, cancelled: true }) };
}

/** Thrown (as a rejection) when a newer analysis replaced this one: not an error to show. */
export class SupersededError extends Error {
  override readonly name = 'SupersededError';
}

export interface AnalysisClient {
  analyse(plan: Plan, input: MeasuredInput): Promise<MeasuredResult>;
  dispose(): void;
}

/** One analysis at a time: a new request terminates the running one, whose promise rejects as superseded. */
export function createAnalysisClient(make: () => AnalysisWorker = analysisWorker): AnalysisClient {
  let running: { worker: AnalysisWorker; reject: (e: Error) => void } | null = null;
  const stop = () => {
    if (!running) return;
    running.worker.terminate();
    running.reject(new SupersededError('superseded'));
    running = null;
  };
  return {
    analyse(plan, input) {
      stop();
      return new Promise<MeasuredResult>((resolve, reject) => {
        let worker: AnalysisWorker;
        try {
          worker = make();
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
          return;
        }
        const mine = { worker, reject };
        running = mine;
        const done = () => {
          worker.terminate();
          if (running === mine) running = null;
        };
        worker.onmessage = ({ data }) => {
          done();
          if (data.ok) resolve(data.result);
          else reject(new Error(data.error));
        };
        worker.onerror = (event) => {
          done();
          reject(new Error(event.message || 'the analysis failed'));
        };
        worker.postMessage({ plan, input });
      });
    },
    dispose: stop,
  };
}

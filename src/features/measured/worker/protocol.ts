/**
 * Messages between the page and the measured-churn workers. Both sides import this file, so a
 * change of shape is a compile error on both. Series cross as typed arrays (transferred, not copied).
 */
import type { MeasuredInput, MeasuredResult } from '@/engine';
import type { Plan } from '@/plan';
import type { ParseIssue, PerfmonMeasurement } from '../perfmon/types';

/** Page → import worker: read this perfmon file. */
export interface ImportRequest {
  file: Blob;
}

/** Import worker → page: progress as bytes read, then exactly one of done / failed. */
export type ImportMessage =
  | { type: 'progress'; bytes: number; totalBytes: number }
  | { type: 'done'; measurement: PerfmonMeasurement }
  | { type: 'failed'; issue: ParseIssue };

/** Page → analysis worker. */
export interface AnalysisRequest {
  plan: Plan;
  input: MeasuredInput;
}

export type AnalysisMessage = { ok: true; result: MeasuredResult } | { ok: false; error: string };

/** The part of `Worker` the clients use, so tests can pass a fake. */
export interface WorkerLike<In, Out> {
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: In, transfer?: Transferable[]): void;
  terminate(): void;
}

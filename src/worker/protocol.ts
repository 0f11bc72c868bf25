/**
 * Messages between the page and the engine worker. Both sides import this file so a change of
 * shape is a compile error on both. Plans and results cross by structured clone: plain JSON data.
 */
import { evaluatePlan, type PlanResult } from '@/engine';
import type { Plan } from '@/plan';

/** Page → worker: evaluate this (already validated) plan; `id` pairs the answer with its request. */
export interface EngineRequest {
  id: number;
  plan: Plan;
}

/** Worker → page: the result, or the message of whatever the engine threw. */
export type EngineResponse = { id: number; ok: true; result: PlanResult } | { id: number; ok: false; error: string };

/** The worker's whole job, kept out of the worker file so it is testable without a Worker. */
export function handleEngineRequest(request: EngineRequest): EngineResponse {
  try {
    return { id: request.id, ok: true, result: evaluatePlan(request.plan) };
  } catch (err) {
    // An Error does not survive postMessage with its message in every browser: send text.
    return { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

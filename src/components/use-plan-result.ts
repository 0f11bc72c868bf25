/**
 * Results derived from the last valid plan (never stored, STYLE rule 8). Small plans are evaluated
 * inline during render, so an edit and its answers land in the same frame; large ones go to the
 * engine worker, where the newest plan wins and the previous answer stays on screen meanwhile.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { canEvaluateInline, createEngineClient, evaluateInline, isStaleError, type EngineClient } from '@/worker';

/** A result and the plan it describes (which may lag the plan being edited). */
export interface ShownResult {
  plan: Plan;
  result: PlanResult;
}

export interface PlanResultState {
  /** The newest answer; null before the first one. */
  shown: ShownResult | null;
  /** A newer plan is being evaluated in the worker. */
  computing: boolean;
  /** The engine failed on the newest plan (the previous answer, if any, is still shown). */
  error: Error | null;
}

let sharedClient: EngineClient | null = null;
/** One worker client for the page, made on first need. */
function engineClient(): EngineClient {
  sharedClient ??= createEngineClient();
  return sharedClient;
}

type Outcome = { shown: ShownResult; error: null } | { shown: null; error: Error };

function evaluateNow(plan: Plan): Outcome {
  try {
    return { shown: { plan, result: evaluateInline(plan) }, error: null };
  } catch (err) {
    return { shown: null, error: err instanceof Error ? err : new Error(String(err)) };
  }
}

export function usePlanResult(plan: Plan): PlanResultState {
  const inline = typeof Worker === 'undefined' || canEvaluateInline(plan);
  const inlineOutcome = useMemo(() => (inline ? evaluateNow(plan) : null), [inline, plan]);
  const [workerState, setWorkerState] = useState<{ shown: ShownResult | null; error: Error | null; forPlan: Plan | null }>({
    shown: null,
    error: null,
    forPlan: null,
  });
  // The last good answer, whichever path produced it, so a failing or pending plan keeps one on screen.
  const [lastShown, setLastShown] = useState<ShownResult | null>(null);

  useEffect(() => {
    if (inline) return;
    let live = true;
    engineClient()
      .evaluate(plan)
      .then(
        (result) => live && setWorkerState({ shown: { plan, result }, error: null, forPlan: plan }),
        (err: unknown) => {
          if (!live || isStaleError(err)) return;
          setWorkerState((s) => ({ shown: s.shown, error: err instanceof Error ? err : new Error(String(err)), forPlan: plan }));
        },
      );
    return () => {
      live = false;
    };
  }, [inline, plan]);

  const current = inline ? inlineOutcome?.shown ?? null : workerState.shown;
  useEffect(() => {
    if (current) setLastShown(current);
  }, [current]);

  if (inline) return { shown: inlineOutcome?.shown ?? lastShown, computing: false, error: inlineOutcome?.error ?? null };
  const settled = workerState.forPlan === plan;
  return { shown: workerState.shown ?? lastShown, computing: !settled, error: settled ? workerState.error : null };
}

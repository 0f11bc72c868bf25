/**
 * Options results for the page (SPEC §5.9), shared by the Options panel, the report and the file
 * actions: the comparison of the plan's variants (recomputed in its own worker lane whenever the
 * last valid plan changes) and the optimizer (run on demand in another lane, with progress and
 * cancel). Results are derived from the plan, never stored in it (STYLE rule 8). Without a Worker
 * (unit tests) both run inline.
 */
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { displayFormat } from '@/lib/format';
import type { Plan } from '@/plan';
import type { ComparisonRow, OptimizerResult } from '@/scenario';
import { selectLastValidPlan, usePlanStore } from '@/store';
import { createKeyedEngine, isStaleError, type JobProgress, type KeyedEngine } from '@/worker';

export interface ComparisonState {
  rows: ComparisonRow[] | null;
  /** The plan the rows describe (may lag the plan being edited while a newer one runs). */
  forPlan: Plan | null;
  computing: boolean;
  error: string | null;
}

export type OptimizerStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface OptimizerState {
  status: OptimizerStatus;
  progress: JobProgress | null;
  result: OptimizerResult | null;
  /** The plan the result was found for; when it is not the plan shown, the result is out of date. */
  forPlan: Plan | null;
  error: string | null;
  /** Wall time of the last finished run, ms. */
  elapsedMs: number | null;
}

export interface OptionsState {
  comparison: ComparisonState;
  optimizer: OptimizerState;
  /** Start the optimizer on the last valid plan (a running one is replaced). */
  runOptimizer: () => void;
  cancelOptimizer: () => void;
}

const OptionsContext = createContext<OptionsState | null>(null);

let sharedEngine: KeyedEngine | null = null;
function engine(): KeyedEngine {
  sharedEngine ??= createKeyedEngine();
  return sharedEngine;
}

const hasWorker = () => typeof Worker !== 'undefined';
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

const NO_COMPARISON: ComparisonState = { rows: null, forPlan: null, computing: false, error: null };
const IDLE: OptimizerState = { status: 'idle', progress: null, result: null, forPlan: null, error: null, elapsedMs: null };

/** Compares and optimizes the store's last valid plan for everything below it. */
export function OptionsProvider({ children }: { children?: ReactNode }) {
  const plan = usePlanStore(selectLastValidPlan);
  const [comparison, setComparison] = useState<ComparisonState>({ rows: null, forPlan: null, computing: false, error: null });
  const [optimizer, setOptimizer] = useState<OptimizerState>(IDLE);

  // Comparison: only when there is something to compare or price; newest plan wins in its own lane.
  const wantsComparison = plan.variants.length > 0 || plan.costs.linkTiers.length > 0;
  useEffect(() => {
    if (!wantsComparison) return;
    let live = true;
    const finish = (rows: ComparisonRow[]) => live && setComparison({ rows, forPlan: plan, computing: false, error: null });
    const fail = (err: unknown) => live && !isStaleError(err) && setComparison((s) => ({ ...s, computing: false, error: message(err) }));
    setComparison((s) => ({ ...s, computing: true }));
    if (hasWorker()) engine().run('compare', 'compare', plan).then(finish, fail);
    // Without a Worker (tests, old hosts) inline; the scenario code loads only then, off the first screen.
    else import('@/scenario').then((m) => finish(m.compareVariants(plan)), fail);
    return () => {
      live = false;
    };
  }, [plan, wantsComparison]);

  const runOptimizer = useCallback(() => {
    const started = performance.now();
    setOptimizer({ ...IDLE, status: 'running', forPlan: plan, progress: { done: 0, total: 1, evaluations: 0 } });
    const done = (result: OptimizerResult) =>
      setOptimizer({ status: 'done', progress: null, result, forPlan: plan, error: null, elapsedMs: performance.now() - started });
    const fail = (err: unknown) => {
      if (isStaleError(err)) return;
      setOptimizer({ ...IDLE, status: 'error', forPlan: plan, error: message(err) });
    };
    if (hasWorker()) {
      engine()
        .run('optimize', 'optimize', plan, (progress) => setOptimizer((s) => (s.status === 'running' ? { ...s, progress } : s)))
        .then(done, fail);
    } else {
      import('@/scenario').then((m) => done(m.optimize(plan, { format: displayFormat() })), fail);
    }
  }, [plan]);

  const cancelOptimizer = useCallback(() => {
    if (hasWorker()) engine().cancel('optimize');
    setOptimizer((s) => (s.status === 'running' ? { ...s, status: 'cancelled', progress: null } : s));
  }, []);

  const shownComparison = wantsComparison ? comparison : NO_COMPARISON;
  const value = useMemo(
    () => ({ comparison: shownComparison, optimizer, runOptimizer, cancelOptimizer }),
    [shownComparison, optimizer, runOptimizer, cancelOptimizer],
  );
  return createElement(OptionsContext.Provider, { value }, children);
}

export function useOptions(): OptionsState {
  const state = useContext(OptionsContext);
  if (!state) throw new Error('useOptions needs an <OptionsProvider> above it');
  return state;
}

/** The options state when a provider is there, else null (panels that work without it). */
export function useOptionsIfAny(): OptionsState | null {
  return useContext(OptionsContext);
}

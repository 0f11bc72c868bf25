/**
 * The engine's answer for the page, shared by the results panels, the report and the file actions:
 * the store's last valid plan evaluated once, whichever of them is on screen.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { selectLastValidPlan, selectResultsOutOfDate, usePlanStore } from '@/store';
import { usePlanResult, type PlanResultState } from './use-plan-result';

export interface ResultsState extends PlanResultState {
  /** The draft has errors: results describe the last valid plan. */
  draftInvalid: boolean;
}

const ResultsContext = createContext<ResultsState | null>(null);

/** Evaluates the store's last valid plan once for every results panel below it. */
export function ResultsProvider({ children }: { children?: ReactNode }) {
  const plan = usePlanStore(selectLastValidPlan);
  const draftInvalid = usePlanStore(selectResultsOutOfDate);
  const state = usePlanResult(plan);
  return createElement(ResultsContext.Provider, { value: { ...state, draftInvalid } }, children);
}

export function useResults(): ResultsState {
  const state = useContext(ResultsContext);
  if (!state) throw new Error('useResults needs a <ResultsProvider> above it');
  return state;
}

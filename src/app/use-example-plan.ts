import { useEffect, useState } from 'react';
import { findExample } from './examples';
import { loadPlanFile, type PlanLoadResult } from './example-loader';

export type ExamplePlanState = { status: 'loading' } | PlanLoadResult;

/** Load the example plan with this id; the newest id wins, a stale load is aborted. */
export function useExamplePlan(exampleId: string): ExamplePlanState {
  const [state, setState] = useState<ExamplePlanState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    const url = `${import.meta.env.BASE_URL}${findExample(exampleId).path}`;
    loadPlanFile(url, fetch, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setState(result);
      },
      () => {
        // Only an abort rejects: a newer example was chosen, nothing to show for this one.
      },
    );
    return () => controller.abort();
  }, [exampleId]);

  return state;
}

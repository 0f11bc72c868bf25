import { useMemo } from 'react';
import { evaluatePlan } from '@/engine';
import type { Plan } from '@/plan';
import { HeadlineAnswers } from './headline-answers';
import { UplinkNeeded } from './uplink-needed';
import { verdictOf } from './verdict';
import { VerdictPanel } from './verdict-panel';
import { WarningsList } from './warnings-list';

/** Runs the engine on a trusted plan and shows the headline answers. May throw: wrap in an ErrorBoundary. */
export function PlanResults({ plan }: { plan: Plan }) {
  // Results are derived from the plan, never stored.
  const result = useMemo(() => evaluatePlan(plan), [plan]);
  return (
    <>
      <VerdictPanel verdict={verdictOf(result)} />
      <HeadlineAnswers plan={plan} result={result} />
      <UplinkNeeded plan={plan} result={result} />
      <WarningsList result={result} />
    </>
  );
}

import type { Plan } from '@/plan/core';
import { requiredUplinks, whatIfCurve } from './bandwidth';
import { assemblePlanResult } from './assemble-result';
import { evaluationContext, initialReplicationOf, mainHopRunner, runExtendedHop, simulateMain } from './evaluation-context';
import type { PlanResult } from './types';

/** How much of SPEC §5 to answer. */
export interface EvaluateOptions {
  /**
   * false = screening run for the options search (SPEC §5.9): the day is simulated as it is, but
   * the uplink searches are skipped (`requiredUplinkMbps` all null, `whatIf` empty, extended
   * `requiredUplinkMbpsStable` null). Several times faster; never shown to the user as is.
   */
  searches?: boolean;
  /** false = no "what if we buy X Mbps?" curve (`whatIf` empty), for callers that do not show it (the CLI's text summary). */
  whatIf?: boolean;
}

const NOT_SEARCHED = { stable: null, withinFailureWindow: null, noMissedCycles: null, targetRpo: null };

/** Evaluate a validated plan: every answer of SPEC §5. Pure, synchronous and deterministic. */
export function evaluatePlan(plan: Plan, options: EvaluateOptions = {}): PlanResult {
  const searches = options.searches ?? true;
  const ctx = evaluationContext(plan);
  // The day as it is, in detail, then the searches that answer "how much uplink?". They share one
  // runner, so each search and the what-if curve reuse every run made before them.
  const main = simulateMain(ctx);
  const runner = mainHopRunner(ctx);
  runner.remember(plan.link.uplinkMbps, main);
  const required = searches ? requiredUplinks(runner, ctx.targetSeconds, ctx.targetReachable) : NOT_SEARCHED;
  const whatIf = searches && (options.whatIf ?? true) ? whatIfCurve(runner, required, plan.link.uplinkMbps) : [];
  return assemblePlanResult(ctx, {
    main,
    required,
    whatIf,
    extendedHop: plan.extended ? runExtendedHop(ctx, searches) : null,
    initialReplication: initialReplicationOf(ctx),
  });
}

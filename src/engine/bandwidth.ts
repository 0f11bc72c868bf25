import type { Plan, PlanLink } from '@/plan/core';
import { buildLinkModel, hourlyShare, type VmModel } from './model';
import { searchMinimumUplink } from './search';
import { simulate, type SimOptions, type SimResult } from './simulate';
import type { RequiredUplink, WhatIfPoint } from './types';
import { bytesPerDayToMbps } from './units';

/** The figures of a run that the searches and the what-if curve read: plain data, cheap to send between threads. */
export type RunVerdict = Pick<SimResult, 'aborted' | 'complete' | 'stable' | 'worstRpoSeconds' | 'cycles' | 'missedCycles' | 'vmsBreaching'>;

/** A run's verdict alone (drops the per-VM figures and series). */
export function toVerdict(r: RunVerdict): RunVerdict {
  const { aborted, complete, stable, worstRpoSeconds, cycles, missedCycles, vmsBreaching } = r;
  return { aborted, complete, stable, worstRpoSeconds, cycles, missedCycles, vmsBreaching };
}

/** Runs the cycle simulation of one hop at any uplink, everything else fixed. */
export interface HopRunner {
  /** `verdictOnly` lets an unstable run stop early: only `stable` and `aborted` are meaningful then. */
  run(uplinkMbps: number, abortOn?: SimOptions['abortOn'], verdictOnly?: boolean): RunVerdict;
  /** A fresh complete run with every per-VM figure (not from the cache); remembered for later questions. */
  runFull(uplinkMbps: number): SimResult;
  /** Daily wire volume of the hop, bytes. */
  dailyWireBytes: number;
  /** Every complete run so far, by uplink (Mbps), in the order they were made. */
  completeRuns: ReadonlyMap<number, RunVerdict>;
  /** Verdict-only runs that stopped early because the backlog clearly grows, by uplink (Mbps), in the order they were made. */
  growingRuns: ReadonlyMap<number, RunVerdict>;
  /** Share a run made elsewhere (the detailed run at the plan's own uplink, or another thread's runs). */
  remember(uplinkMbps: number, result: RunVerdict, growing?: boolean): void;
  link: PlanLink;
}

export function makeHopRunner(
  plan: Plan,
  vms: readonly VmModel[],
  link: PlanLink,
  wireRatio: number,
  frequencyOverride?: number,
): HopRunner {
  const failureWindowSeconds = plan.replication.failureWindowMinutes * 60;
  // A complete run answers every question at its uplink, so searches and the what-if curve share them.
  const complete = new Map<number, RunVerdict>();
  // An unstable verdict-only run (stopped after day 3) answers every later verdict-only question too.
  const growing = new Map<number, RunVerdict>();
  const simulateAt = (uplinkMbps: number, abortOn: SimOptions['abortOn'], verdictOnly: boolean): SimResult => {
    const result = simulate({
      vms,
      link: buildLinkModel(plan, link, uplinkMbps),
      wireRatio,
      failureWindowSeconds,
      ...(frequencyOverride === undefined ? {} : { frequencyOverride }),
      ...(abortOn ? { abortOn } : {}),
      earlyUnstableExit: verdictOnly,
      perVm: !verdictOnly, // a verdict is read for the plan as a whole (RunVerdict)
    });
    if (result.complete) complete.set(uplinkMbps, result);
    else if (verdictOnly && !abortOn && !result.aborted && !result.stable) growing.set(uplinkMbps, result);
    return result;
  };
  return {
    link,
    dailyWireBytes: vms.reduce((s, vm) => s + vm.rawBytesPerDay * vm.count, 0) * wireRatio,
    completeRuns: complete,
    growingRuns: growing,
    remember(uplinkMbps, result, isGrowing = false) {
      if (isGrowing) growing.set(uplinkMbps, result);
      else if (result.complete) complete.set(uplinkMbps, result);
    },
    runFull: (uplinkMbps) => simulateAt(uplinkMbps, undefined, false),
    run(uplinkMbps, abortOn, verdictOnly = false) {
      const known = complete.get(uplinkMbps) ?? (verdictOnly && !abortOn ? growing.get(uplinkMbps) : undefined);
      return known ?? simulateAt(uplinkMbps, abortOn, verdictOnly);
    },
  };
}

/**
 * Uplink at which the link's daily capacity equals the daily wire volume: below it the backlog
 * must grow, so it is a guaranteed lower bound for every requirement.
 */
export function volumeBoundMbps(runner: HopRunner): number {
  const shareHours = hourlyShare(runner.link).reduce((a, b) => a + b, 0);
  const efficiency = runner.link.efficiencyPercent / 100;
  if (shareHours <= 0) return Infinity;
  return bytesPerDayToMbps(runner.dailyWireBytes) * (24 / shareHours) / efficiency;
}

/** Smallest uplink at which the hop keeps up day over day (0 without churn; null = unreachable). */
export function requiredStableUplink(runner: HopRunner): number | null {
  if (runner.dailyWireBytes <= 0) return 0;
  // The answer sits at or a little above the volume bound: bracket it tightly.
  const bound = volumeBoundMbps(runner);
  return searchMinimumUplink((u) => runner.run(u, undefined, true).stable, {
    guess: bound * 1.01,
    knownFail: bound * 0.99,
    relTolerance: 1.003,
    absTolerance: 0.0005,
  });
}

/** The answers of SPEC §5.4 searched from the stable answer upwards. */
export type Requirement = 'withinFailureWindow' | 'noMissedCycles' | 'targetRpo';

/**
 * The requirements to search once the stable answer is known, in the order they are searched:
 * the target RPO only when there is one and it is within reach (`targetReachable`: no VM's
 * interval alone already exceeds it, since RPO ≥ T + transfer time).
 */
export function requirementsToSearch(targetRpoSeconds: number | null, targetReachable: boolean): Requirement[] {
  return targetRpoSeconds === null || !targetReachable ? ['withinFailureWindow', 'noMissedCycles'] : ['withinFailureWindow', 'noMissedCycles', 'targetRpo'];
}

/**
 * Smallest uplink (Mbps) meeting one requirement, searched upwards from the stable answer
 * (`stableMbps`): every requirement also needs stability. null = unreachable.
 */
export function requiredFromStable(runner: HopRunner, which: Requirement, stableMbps: number, targetRpoSeconds: number | null): number | null {
  const target = targetRpoSeconds ?? Infinity;
  const [abortOn, ok]: [SimOptions['abortOn'], (r: RunVerdict) => boolean] =
    which === 'withinFailureWindow'
      ? [{ breach: true }, (r) => r.vmsBreaching === 0]
      : which === 'noMissedCycles'
        ? [{ missedCycle: true }, (r) => r.missedCycles === 0]
        : [{ rpoAboveSeconds: target }, (r) => r.worstRpoSeconds <= target];
  return searchMinimumUplink(
    (u) => {
      const r = runner.run(u, abortOn, true);
      return !r.aborted && r.stable && ok(r);
    },
    // SPEC §5.4: to within 1 %.
    { guess: stableMbps, knownFail: stableMbps / 1.0031, relTolerance: 1.01 },
  );
}

/** The four answers once every search is done: `answers` holds the searched requirements (see `requirementsToSearch`). */
export function combineRequired(stable: number | null, answers: Partial<Record<Requirement, number | null>>): RequiredUplink {
  return { stable, withinFailureWindow: answers.withinFailureWindow ?? null, noMissedCycles: answers.noMissedCycles ?? null, targetRpo: answers.targetRpo ?? null };
}

/** The answers when the hop carries nothing: every requirement is 0 (the target's only if there is one). */
export function requiredWithoutChurn(targetRpoSeconds: number | null): RequiredUplink {
  return { stable: 0, withinFailureWindow: 0, noMissedCycles: 0, targetRpo: targetRpoSeconds === null ? null : 0 };
}

/**
 * SPEC §5.4: the four "uplink needed" answers, each a search on the uplink. `targetReachable`
 * is false when some VM's interval alone already exceeds the target (RPO ≥ T + transfer time).
 */
export function requiredUplinks(runner: HopRunner, targetRpoSeconds: number | null, targetReachable = true): RequiredUplink {
  if (runner.dailyWireBytes <= 0) return requiredWithoutChurn(targetRpoSeconds);
  const stable = requiredStableUplink(runner);
  if (stable === null) return combineRequired(null, {});
  // Every other answer also requires stability, so it starts from the stable answer.
  const answers: Partial<Record<Requirement, number | null>> = {};
  for (const which of requirementsToSearch(targetRpoSeconds, targetReachable)) answers[which] = requiredFromStable(runner, which, stable, targetRpoSeconds);
  return combineRequired(stable, answers);
}

const WHAT_IF_POINTS = 25;
/** A complete run this close to a grid point stands in for it (saves a simulation). */
const SNAP_RATIO = 1.03;

/**
 * The uplinks (Mbps, ascending) of the "what if we buy X Mbps?" curve: a geometric grid from a
 * fraction of the need to 1.5× the largest, each point snapped to an uplink already run within 3 %
 * (`known`, in the order the runs were made: the first match wins), plus the current uplink and
 * every requirement, marked exactly.
 */
export function whatIfUplinks(known: readonly number[], required: RequiredUplink, currentUplinkMbps: number): number[] {
  const reqs = [required.stable, required.withinFailureWindow, required.noMissedCycles, required.targetRpo].filter(
    (x): x is number => x !== null && x > 0,
  );
  const largest = reqs.length ? Math.max(...reqs) : currentUplinkMbps;
  const low = Math.max(1e-3, 0.25 * Math.min(required.stable || currentUplinkMbps, currentUplinkMbps));
  const high = Math.max(1.5 * largest, 1.25 * currentUplinkMbps, low * 2);
  const uplinks = new Set<number>();
  for (let k = 0; k < WHAT_IF_POINTS; k++) {
    const grid = low * (high / low) ** (k / (WHAT_IF_POINTS - 1));
    const near = known.find((u) => u / grid < SNAP_RATIO && grid / u < SNAP_RATIO && !uplinks.has(u));
    uplinks.add(near ?? grid);
  }
  for (const mark of [currentUplinkMbps, ...reqs]) if (mark >= low && mark <= high) uplinks.add(mark);
  return [...uplinks].sort((a, b) => a - b);
}

/** Uplinks already run on this hop, in the order `whatIfUplinks` snaps to them: complete runs first, then growing ones. */
export function knownUplinks(runner: Pick<HopRunner, 'completeRuns' | 'growingRuns'>): number[] {
  return [...runner.completeRuns.keys(), ...runner.growingRuns.keys()];
}

/**
 * One what-if point from a verdict-only run at its uplink. Where the backlog clearly grows the run
 * stops after day 3: the RPO grows without limit (SPEC §5.3a) and its figures are only how far it
 * got — the chart says "and rising".
 */
export function whatIfPoint(uplinkMbps: number, r: RunVerdict): WhatIfPoint {
  return {
    uplinkMbps,
    worstRpoSeconds: r.worstRpoSeconds,
    onTimeCyclesPercent: r.cycles ? (100 * (r.cycles - r.missedCycles)) / r.cycles : 100,
    vmsBreaching: r.vmsBreaching,
    stable: r.stable,
  };
}

/** The "what if we buy X Mbps?" curve: uplinks from a fraction of the need to 1.5× the largest. */
export function whatIfCurve(runner: HopRunner, required: RequiredUplink, currentUplinkMbps: number): WhatIfPoint[] {
  return whatIfUplinks(knownUplinks(runner), required, currentUplinkMbps).map((u) => whatIfPoint(u, runner.run(u, undefined, true)));
}

/** Recommended MaximumActiveTransfers = ⌈C ÷ s⌉ [KB2767928], using the busiest-capacity hour. */
export function recommendedTransfers(capacityByHourMbps: readonly number[], streamCapMbps: number | null): number | null {
  if (streamCapMbps === null || streamCapMbps <= 0) return null;
  return Math.min(1024, Math.max(1, Math.ceil(Math.max(...capacityByHourMbps) / streamCapMbps)));
}

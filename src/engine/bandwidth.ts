import type { Plan, PlanLink } from '@/plan/core';
import { buildLinkModel, hourlyShare, type VmModel } from './model';
import { searchMinimumUplink } from './search';
import { simulate, type SimOptions, type SimResult } from './simulate';
import type { RequiredUplink, WhatIfPoint } from './types';
import { bytesPerDayToMbps } from './units';

/** Runs the cycle simulation of one hop at any uplink, everything else fixed. */
export interface HopRunner {
  /** `verdictOnly` lets an unstable run stop early: only `stable` and `aborted` are meaningful then. */
  run(uplinkMbps: number, abortOn?: SimOptions['abortOn'], verdictOnly?: boolean): SimResult;
  /** Daily wire volume of the hop, bytes. */
  dailyWireBytes: number;
  /** Every complete run so far, by uplink (Mbps). */
  completeRuns: ReadonlyMap<number, SimResult>;
  /** Verdict-only runs that stopped early because the backlog clearly grows, by uplink (Mbps). */
  growingRuns: ReadonlyMap<number, SimResult>;
  /** Share a complete run made elsewhere (the detailed run at the plan's own uplink). */
  remember(uplinkMbps: number, result: SimResult): void;
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
  const complete = new Map<number, SimResult>();
  // An unstable verdict-only run (stopped after day 3) answers every later verdict-only question too.
  const growing = new Map<number, SimResult>();
  return {
    link,
    dailyWireBytes: vms.reduce((s, vm) => s + vm.rawBytesPerDay * vm.count, 0) * wireRatio,
    completeRuns: complete,
    growingRuns: growing,
    remember(uplinkMbps, result) {
      if (result.complete) complete.set(uplinkMbps, result);
    },
    run(uplinkMbps, abortOn, verdictOnly = false) {
      const known = complete.get(uplinkMbps) ?? (verdictOnly && !abortOn ? growing.get(uplinkMbps) : undefined);
      if (known) return known;
      const result = simulate({
        vms,
        link: buildLinkModel(plan, link, uplinkMbps),
        wireRatio,
        failureWindowSeconds,
        ...(frequencyOverride === undefined ? {} : { frequencyOverride }),
        ...(abortOn ? { abortOn } : {}),
        earlyUnstableExit: verdictOnly,
      });
      if (result.complete) complete.set(uplinkMbps, result);
      else if (verdictOnly && !abortOn && !result.aborted && !result.stable) growing.set(uplinkMbps, result);
      return result;
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

/**
 * SPEC §5.4: the four "uplink needed" answers, each a search on the uplink. `targetReachable`
 * is false when some VM's interval alone already exceeds the target (RPO ≥ T + transfer time).
 */
export function requiredUplinks(runner: HopRunner, targetRpoSeconds: number | null, targetReachable = true): RequiredUplink {
  if (runner.dailyWireBytes <= 0) return { stable: 0, withinFailureWindow: 0, noMissedCycles: 0, targetRpo: targetRpoSeconds === null ? null : 0 };
  const stable = requiredStableUplink(runner);
  if (stable === null) return { stable: null, withinFailureWindow: null, noMissedCycles: null, targetRpo: null };
  // Every other answer also requires stability, so it starts from the stable answer.
  const from = (abortOn: SimOptions['abortOn'], ok: (r: SimResult) => boolean) =>
    searchMinimumUplink(
      (u) => {
        const r = runner.run(u, abortOn, true);
        return !r.aborted && r.stable && ok(r);
      },
      // SPEC §5.4: to within 1 %.
      { guess: stable, knownFail: stable / 1.0031, relTolerance: 1.01 },
    );
  return {
    stable,
    withinFailureWindow: from({ breach: true }, (r) => r.vmsBreaching === 0),
    noMissedCycles: from({ missedCycle: true }, (r) => r.missedCycles === 0),
    targetRpo:
      targetRpoSeconds === null || !targetReachable ? null : from({ rpoAboveSeconds: targetRpoSeconds }, (r) => r.worstRpoSeconds <= targetRpoSeconds),
  };
}

const WHAT_IF_POINTS = 25;
/** A complete run this close to a grid point stands in for it (saves a simulation). */
const SNAP_RATIO = 1.03;

/** The "what if we buy X Mbps?" curve: uplinks from a fraction of the need to 1.5× the largest. */
export function whatIfCurve(runner: HopRunner, required: RequiredUplink, currentUplinkMbps: number): WhatIfPoint[] {
  const reqs = [required.stable, required.withinFailureWindow, required.noMissedCycles, required.targetRpo].filter(
    (x): x is number => x !== null && x > 0,
  );
  const largest = reqs.length ? Math.max(...reqs) : currentUplinkMbps;
  const low = Math.max(1e-3, 0.25 * Math.min(required.stable || currentUplinkMbps, currentUplinkMbps));
  const high = Math.max(1.5 * largest, 1.25 * currentUplinkMbps, low * 2);
  const known = [...runner.completeRuns.keys(), ...runner.growingRuns.keys()];
  const uplinks = new Set<number>();
  for (let k = 0; k < WHAT_IF_POINTS; k++) {
    const grid = low * (high / low) ** (k / (WHAT_IF_POINTS - 1));
    const near = known.find((u) => u / grid < SNAP_RATIO && grid / u < SNAP_RATIO && !uplinks.has(u));
    uplinks.add(near ?? grid);
  }
  // The current uplink and every requirement are always on the curve, marked exactly.
  for (const mark of [currentUplinkMbps, ...reqs]) if (mark >= low && mark <= high) uplinks.add(mark);
  return [...uplinks]
    .sort((a, b) => a - b)
    .map((uplinkMbps) => {
      // Where the backlog clearly grows the run stops after day 3: the RPO grows without limit
      // (SPEC §5.3a) and its figures are only how far it got — the chart says "and rising".
      const r = runner.run(uplinkMbps, undefined, true);
      return {
        uplinkMbps,
        worstRpoSeconds: r.worstRpoSeconds,
        onTimeCyclesPercent: r.cycles ? (100 * (r.cycles - r.missedCycles)) / r.cycles : 100,
        vmsBreaching: r.vmsBreaching,
        stable: r.stable,
      };
    });
}

/** Recommended MaximumActiveTransfers = ⌈C ÷ s⌉ [KB2767928], using the busiest-capacity hour. */
export function recommendedTransfers(capacityByHourMbps: readonly number[], streamCapMbps: number | null): number | null {
  if (streamCapMbps === null || streamCapMbps <= 0) return null;
  return Math.min(1024, Math.max(1, Math.ceil(Math.max(...capacityByHourMbps) / streamCapMbps)));
}

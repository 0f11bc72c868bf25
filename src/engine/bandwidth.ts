import type { Plan, PlanLink } from '@/plan';
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
  return {
    link,
    dailyWireBytes: vms.reduce((s, vm) => s + vm.rawBytesPerDay * vm.count, 0) * wireRatio,
    run: (uplinkMbps, abortOn, verdictOnly = false) =>
      simulate({
        vms,
        link: buildLinkModel(plan, link, uplinkMbps),
        wireRatio,
        failureWindowSeconds,
        ...(frequencyOverride === undefined ? {} : { frequencyOverride }),
        ...(abortOn ? { abortOn } : {}),
        earlyUnstableExit: verdictOnly,
      }),
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

/** SPEC §5.4: the four "uplink needed" answers, each a search on the uplink. */
export function requiredUplinks(runner: HopRunner, targetRpoSeconds: number | null): RequiredUplink {
  if (runner.dailyWireBytes <= 0) return { stable: 0, withinFailureWindow: 0, noMissedCycles: 0, targetRpo: targetRpoSeconds === null ? null : 0 };
  const bound = volumeBoundMbps(runner);
  const stable = searchMinimumUplink((u) => runner.run(u, undefined, true).stable, {
    guess: bound * 1.01,
    knownFail: bound * 0.99,
    relTolerance: 1.001,
    absTolerance: 0.0005,
  });
  if (stable === null) return { stable: null, withinFailureWindow: null, noMissedCycles: null, targetRpo: null };
  // Every other answer also requires stability, so it starts from the stable answer.
  const from = (abortOn: SimOptions['abortOn'], ok: (r: SimResult) => boolean) =>
    searchMinimumUplink(
      (u) => {
        const r = runner.run(u, abortOn, true);
        return !r.aborted && r.stable && ok(r);
      },
      { guess: stable, knownFail: stable / 1.0011 },
    );
  return {
    stable,
    withinFailureWindow: from({ breach: true }, (r) => r.vmsBreaching === 0),
    noMissedCycles: from({ missedCycle: true }, (r) => r.missedCycles === 0),
    targetRpo:
      targetRpoSeconds === null ? null : from({ rpoAboveSeconds: targetRpoSeconds }, (r) => r.worstRpoSeconds <= targetRpoSeconds),
  };
}

const WHAT_IF_POINTS = 30;

/** The "what if we buy X Mbps?" curve: uplinks from a fraction of the need to 1.5× the largest. */
export function whatIfCurve(runner: HopRunner, required: RequiredUplink, currentUplinkMbps: number): WhatIfPoint[] {
  const reqs = [required.stable, required.withinFailureWindow, required.noMissedCycles, required.targetRpo].filter(
    (x): x is number => x !== null && x > 0,
  );
  const largest = reqs.length ? Math.max(...reqs) : currentUplinkMbps;
  const low = Math.max(1e-3, 0.25 * Math.min(required.stable || currentUplinkMbps, currentUplinkMbps));
  const high = Math.max(1.5 * largest, 1.25 * currentUplinkMbps, low * 2);
  const uplinks = Array.from({ length: WHAT_IF_POINTS }, (_, k) => low * (high / low) ** (k / (WHAT_IF_POINTS - 1)));
  for (const mark of [currentUplinkMbps, ...reqs]) if (mark >= low && mark <= high && !uplinks.includes(mark)) uplinks.push(mark);
  uplinks.sort((a, b) => a - b);
  return uplinks.map((uplinkMbps) => {
    const r = runner.run(uplinkMbps);
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

import type { Plan } from '@/plan/core';
import { buildLinkModel, hourlyShare, wireRatio } from '../model';
import { searchMinimumUplink } from '../search';
import { bytesPerSecondToMbps, SECONDS_PER_DAY } from '../units';
import { countedSlots, fillGaps, sampledMean } from './gaps';
import { runsAbove } from './percentile';
import { simulateMeasured, type MeasuredSimVm } from './simulate-measured';
import type { MeasuredDay, MeasuredInput, MeasuredResult, MeasuredViolation } from './types';

/** Violations and breaches listed one by one (the counts cover all of them). */
export const MAX_LISTED = 200;
/** "Met 90 % of the time" (ASR Deployment Planner's second answer [ASR-DP-RPT]). */
export const PARTIAL_MET_PERCENT = 90;

/**
 * The measured period replayed through the cycle simulation with the plan's link and policy: the
 * answers of Microsoft's planners from measurements [ASR-DP-RPT] — uplink to meet the target RPO
 * 100 % and 90 % of the time, and with the current uplink the violations, failure-window breaches
 * and peak RPO of each day. "Met" is judged per slot on the worst VM's peak lag in that slot.
 */
export function evaluateMeasured(plan: Plan, input: MeasuredInput): MeasuredResult {
  const { stepSeconds: step, targetRpoSeconds: target } = input;
  const slots = input.vms.reduce((m, vm) => Math.max(m, vm.bytesPerSecond.length), 0);
  const growth = 1 + plan.replication.growthPercent / 100;
  const ratio = wireRatio(plan);
  const totalRate = new Float64Array(slots);
  // Gaps are gaps (gaps.ts): the replay writes an estimate in them and judges only the sampled slots.
  const judge = { allSampled: countedSlots(input.vms.map((vm) => vm.seen), slots), vmSampled: input.vms.map((vm) => vm.seen) };
  const simVms: MeasuredSimVm[] = input.vms.map((vm) => {
    const filled = fillGaps(vm.bytesPerSecond, vm.seen, slots, step, input.startSecondOfDay);
    const cumulativeBytes = new Float64Array(slots + 1);
    for (let k = 0; k < slots; k++) {
      const rate = filled[k]! * growth;
      // The busiest moment is a measured one: estimates in gaps do not compete.
      if (!vm.seen || vm.seen[k]) totalRate[k] = totalRate[k]! + rate;
      cumulativeBytes[k + 1] = cumulativeBytes[k]! + rate * step;
    }
    return { frequencySeconds: vm.frequencySeconds, cumulativeBytes };
  });
  const sampled = input.vms.map((vm) => sampledMean(vm.bytesPerSecond, vm.seen, slots));
  const run = (uplinkMbps: number, abortAboveViolatingShare?: number) =>
    simulateMeasured({
      vms: simVms,
      stepSeconds: step,
      slots,
      startSecondOfDay: input.startSecondOfDay,
      link: buildLinkModel(plan, plan.link, uplinkMbps),
      wireRatio: ratio,
      failureWindowSeconds: plan.replication.failureWindowMinutes * 60,
      targetRpoSeconds: target,
      judge,
      ...(abortAboveViolatingShare === undefined ? {} : { abortAboveViolatingShare }),
    });

  const horizon = slots * step;
  const totalBytes = simVms.reduce((s, vm) => s + vm.cumulativeBytes[slots]!, 0);
  // Averages over what was sampled: a gap neither adds nor removes writes.
  const averageDemandMbps = bytesPerSecondToMbps(sampled.reduce((s, x) => s + x.mean, 0) * growth * ratio);
  // Below the average demand over the link's usable share nothing can keep up: the searches start there.
  const meanShare = hourlyShare(plan.link).reduce((a, b) => a + b, 0) / 24;
  const floorMbps = averageDemandMbps / Math.max(1e-6, meanShare * (plan.link.efficiencyPercent / 100));
  // Met in ≥ p % of the judged slots: at most ⌊(1 − p) × judged⌋ of them missed.
  const required = (missedShare: number) =>
    totalBytes <= 0
      ? 0
      : searchMinimumUplink(
          (u) => {
            const r = run(u, missedShare);
            return !r.aborted && r.violatingSlots <= Math.floor(missedShare * (slots - r.unjudgedSlots) + 1e-9);
          },
          { guess: Math.max(floorMbps * 1.5, 1e-3), relTolerance: 1.01 },
        );

  // Lag reaches T + transfer time before each delivery: a target at or below a writing VM's interval is never met in every slot.
  const cycleTooLong = input.vms.some((vm, i) => vm.frequencySeconds >= target && simVms[i]!.cumulativeBytes[slots]! > 0);
  const met100 = cycleTooLong ? null : required(0);
  const met90 = required(1 - PARTIAL_MET_PERCENT / 100);
  const hasCeiling = plan.link.replicaDownlinkMbps !== null || Number.isFinite(buildLinkModel(plan, plan.link).streamCapBytesPerSecond);
  const main = run(plan.link.uplinkMbps);
  const idOf = (i: number) => input.vms[i]?.id ?? '';
  // Only counted slots are judged: a gap slot is neither a violation nor part of one.
  const peaks = main.slotPeakRpoSeconds.map((p, k) => (main.slotJudged[k] ? p : -Infinity));
  const judgedN = slots - main.unjudgedSlots;

  const breachesPerVm = new Int32Array(input.vms.length);
  for (const b of main.breaches) breachesPerVm[b.vm]!++;
  const runs = runsAbove(peaks, target);
  const violations: MeasuredViolation[] = runs.map((r) => {
    let peakSlot = r.start;
    for (let k = r.start; k < r.start + r.length; k++) if (peaks[k]! > peaks[peakSlot]!) peakSlot = k;
    return { startSeconds: r.start * step, durationSeconds: r.length * step, peakRpoSeconds: peaks[peakSlot]!, vmId: idOf(main.slotWorstVm[peakSlot]!) };
  });

  const busiestSlot = argMax(totalRate);
  let busiestVm = 0;
  input.vms.forEach((vm, i) => {
    if (Number(vm.bytesPerSecond[busiestSlot] ?? 0) > Number(input.vms[busiestVm]!.bytesPerSecond[busiestSlot] ?? 0)) busiestVm = i;
  });
  const busiestRate = totalRate[busiestSlot] ?? 0;
  const busiestVmRate = Math.max(0, Number(input.vms[busiestVm]?.bytesPerSecond[busiestSlot] ?? 0)) * growth;

  return {
    stepSeconds: step,
    slots,
    horizonSeconds: horizon,
    targetRpoSeconds: target,
    uplinkMbps: plan.link.uplinkMbps,
    averageDemandMbps,
    peakDemandMbps: bytesPerSecondToMbps(busiestRate * ratio),
    busiest: {
      atSeconds: busiestSlot * step,
      demandMbps: bytesPerSecondToMbps(busiestRate * ratio),
      vmId: idOf(busiestVm),
      vmSharePercent: busiestRate > 0 ? (100 * busiestVmRate) / busiestRate : 0,
    },
    requiredUplinkMbps: { met100, met90 },
    unreachable: {
      met100: met100 !== null ? null : cycleTooLong ? 'cycle' : 'ceiling',
      met90: met90 !== null ? null : hasCeiling ? 'ceiling' : 'cycle',
    },
    current: {
      metPercent: judgedN ? (100 * (judgedN - main.violatingSlots)) / judgedN : 100,
      worstRpoSeconds: main.worstRpoSeconds,
      worstRpoAtSeconds: main.worstRpoAtSeconds,
      worstRpoVmId: idOf(main.worstRpoVm),
      violations: violations.length,
      violationSeconds: violations.reduce((s, v) => s + v.durationSeconds, 0),
      longestViolationSeconds: violations.reduce((m, v) => Math.max(m, v.durationSeconds), 0),
      breaches: main.breaches.length,
      backlogAtEndBytes: main.backlogAtEndBytes,
    },
    coverage: { countedSlots: judgedN, countedPercent: slots ? (100 * judgedN) / slots : 100, allSampledPercent: slots ? (100 * judge.allSampled.reduce((a, b) => a + b, 0)) / slots : 100 },
    days: buildDays(input.startSecondOfDay, step, peaks, target, main.slotJudged, violations, main.breaches),
    violations: [...violations].sort((a, b) => b.durationSeconds - a.durationSeconds || a.startSeconds - b.startSeconds).slice(0, MAX_LISTED),
    breaches: main.breaches.slice(0, MAX_LISTED).map((b) => ({ vmId: idOf(b.vm), atSeconds: b.atSeconds, delaySeconds: b.delaySeconds })),
    vms: input.vms.map((vm, i) => ({
      id: vm.id,
      name: vm.name,
      worstRpoSeconds: main.vms[i]!.worstRpoSeconds,
      missedCycles: main.vms[i]!.missedCycles,
      cycles: main.vms[i]!.cycles,
      breaches: breachesPerVm[i]!,
      sampledPercent: slots ? (100 * sampled[i]!.sampled) / slots : 100,
      averageRawBytesPerDay: sampled[i]!.mean * SECONDS_PER_DAY,
    })),
  };
}

/**
 * Local calendar days of the period: each day's peak lag, the time over the target within it (a
 * violation running past midnight is split between the days), the violations under way in it,
 * the breaches that began in it and how much of it was measured.
 */
function buildDays(
  startSecondOfDay: number,
  step: number,
  peaks: Float32Array,
  target: number,
  counted: Uint8Array,
  violations: readonly MeasuredViolation[],
  breaches: readonly { atSeconds: number }[],
): MeasuredDay[] {
  const horizon = peaks.length * step;
  const dayOf = (t: number) => Math.floor((startSecondOfDay + t) / SECONDS_PER_DAY);
  const days: MeasuredDay[] = [];
  const last = horizon > 0 ? dayOf(horizon - 1e-6) : -1;
  const countedIn: number[] = [];
  const slotsIn: number[] = [];
  for (let d = 0; d <= last; d++) {
    days.push({
      index: d,
      startSeconds: Math.max(0, d * SECONDS_PER_DAY - startSecondOfDay),
      endSeconds: Math.min(horizon, (d + 1) * SECONDS_PER_DAY - startSecondOfDay),
      peakRpoSeconds: 0,
      violations: 0,
      violationSeconds: 0,
      breaches: 0,
      coveragePercent: 100,
    });
    countedIn.push(0);
    slotsIn.push(0);
  }
  for (let k = 0; k < peaks.length; k++) {
    const d = dayOf(k * step);
    const day = days[d]!;
    slotsIn[d]!++;
    if (!counted[k]) continue;
    countedIn[d]!++;
    day.peakRpoSeconds = Math.max(day.peakRpoSeconds, peaks[k]!);
    if (peaks[k]! > target) day.violationSeconds += step;
  }
  days.forEach((day, d) => (day.coveragePercent = slotsIn[d] ? (100 * countedIn[d]!) / slotsIn[d]! : 100));
  for (const v of violations) {
    const first = dayOf(v.startSeconds);
    const lastDay = dayOf(v.startSeconds + v.durationSeconds - 1e-6);
    for (let d = first; d <= lastDay; d++) days[d]!.violations++;
  }
  for (const b of breaches) {
    const day = days[Math.min(days.length - 1, dayOf(b.atSeconds))];
    if (day) day.breaches++;
  }
  return days;
}

function argMax(values: Float64Array): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! > values[best]!) best = k;
  return best;
}

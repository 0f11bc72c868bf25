import type { Plan } from '@/plan';
import { buildLinkModel, hourlyShare, wireRatio } from '../model';
import { searchMinimumUplink } from '../search';
import { bytesPerSecondToMbps, SECONDS_PER_DAY } from '../units';
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
  const simVms: MeasuredSimVm[] = input.vms.map((vm) => {
    const cumulativeBytes = new Float64Array(slots + 1);
    for (let k = 0; k < slots; k++) {
      const r = Number(vm.bytesPerSecond[k] ?? 0);
      const rate = Number.isFinite(r) && r > 0 ? r * growth : 0;
      totalRate[k] = totalRate[k]! + rate;
      cumulativeBytes[k + 1] = cumulativeBytes[k]! + rate * step;
    }
    return { frequencySeconds: vm.frequencySeconds, cumulativeBytes };
  });
  const run = (uplinkMbps: number, abortAfterViolatingSlots?: number) =>
    simulateMeasured({
      vms: simVms,
      stepSeconds: step,
      slots,
      startSecondOfDay: input.startSecondOfDay,
      link: buildLinkModel(plan, plan.link, uplinkMbps),
      wireRatio: ratio,
      failureWindowSeconds: plan.replication.failureWindowMinutes * 60,
      targetRpoSeconds: target,
      ...(abortAfterViolatingSlots === undefined ? {} : { abortAfterViolatingSlots }),
    });

  const horizon = slots * step;
  const totalBytes = simVms.reduce((s, vm) => s + vm.cumulativeBytes[slots]!, 0);
  const averageDemandMbps = horizon ? bytesPerSecondToMbps((totalBytes / horizon) * ratio) : 0;
  // Below the average demand over the link's usable share nothing can keep up: the searches start there.
  const meanShare = hourlyShare(plan.link).reduce((a, b) => a + b, 0) / 24;
  const floorMbps = averageDemandMbps / Math.max(1e-6, meanShare * (plan.link.efficiencyPercent / 100));
  const allowed = Math.floor(slots * (1 - PARTIAL_MET_PERCENT / 100));
  const required = (allowedSlots: number) =>
    totalBytes <= 0
      ? 0
      : searchMinimumUplink(
          (u) => {
            const r = run(u, allowedSlots);
            return !r.aborted && r.violatingSlots <= allowedSlots;
          },
          { guess: Math.max(floorMbps * 1.5, 1e-3), relTolerance: 1.01 },
        );

  // Lag reaches T + transfer time before each delivery: a target at or below a writing VM's interval is never met in every slot.
  const cycleTooLong = input.vms.some((vm, i) => vm.frequencySeconds >= target && simVms[i]!.cumulativeBytes[slots]! > 0);
  const met100 = cycleTooLong ? null : required(0);
  const met90 = required(allowed);
  const hasCeiling = plan.link.replicaDownlinkMbps !== null || Number.isFinite(buildLinkModel(plan, plan.link).streamCapBytesPerSecond);
  const main = run(plan.link.uplinkMbps);
  const idOf = (i: number) => input.vms[i]?.id ?? '';
  const peaks = main.slotPeakRpoSeconds;

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
      metPercent: slots ? (100 * (slots - main.violatingSlots)) / slots : 100,
      worstRpoSeconds: main.worstRpoSeconds,
      worstRpoAtSeconds: main.worstRpoAtSeconds,
      worstRpoVmId: idOf(main.worstRpoVm),
      violations: violations.length,
      violationSeconds: violations.reduce((s, v) => s + v.durationSeconds, 0),
      longestViolationSeconds: violations.reduce((m, v) => Math.max(m, v.durationSeconds), 0),
      breaches: main.breaches.length,
      backlogAtEndBytes: main.backlogAtEndBytes,
    },
    days: buildDays(input.startSecondOfDay, step, peaks, violations, main.breaches),
    violations: [...violations].sort((a, b) => b.durationSeconds - a.durationSeconds || a.startSeconds - b.startSeconds).slice(0, MAX_LISTED),
    breaches: main.breaches.slice(0, MAX_LISTED).map((b) => ({ vmId: idOf(b.vm), atSeconds: b.atSeconds, delaySeconds: b.delaySeconds })),
    vms: input.vms.map((vm, i) => ({
      id: vm.id,
      name: vm.name,
      worstRpoSeconds: main.vms[i]!.worstRpoSeconds,
      missedCycles: main.vms[i]!.missedCycles,
      cycles: main.vms[i]!.cycles,
      breaches: breachesPerVm[i]!,
    })),
  };
}

/** Local calendar days of the period: each day's peak lag and the violations and breaches that began in it. */
function buildDays(
  startSecondOfDay: number,
  step: number,
  peaks: Float32Array,
  violations: readonly MeasuredViolation[],
  breaches: readonly { atSeconds: number }[],
): MeasuredDay[] {
  const horizon = peaks.length * step;
  const dayOf = (t: number) => Math.floor((startSecondOfDay + t) / SECONDS_PER_DAY);
  const days: MeasuredDay[] = [];
  const last = horizon > 0 ? dayOf(horizon - 1e-6) : -1;
  for (let d = 0; d <= last; d++) {
    days.push({
      index: d,
      startSeconds: Math.max(0, d * SECONDS_PER_DAY - startSecondOfDay),
      endSeconds: Math.min(horizon, (d + 1) * SECONDS_PER_DAY - startSecondOfDay),
      peakRpoSeconds: 0,
      violations: 0,
      violationSeconds: 0,
      breaches: 0,
    });
  }
  for (let k = 0; k < peaks.length; k++) {
    const day = days[dayOf(k * step)]!;
    day.peakRpoSeconds = Math.max(day.peakRpoSeconds, peaks[k]!);
  }
  for (const v of violations) {
    const day = days[dayOf(v.startSeconds)]!;
    day.violations++;
    day.violationSeconds += v.durationSeconds;
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

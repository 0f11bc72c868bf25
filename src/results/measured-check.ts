/**
 * The modelled day against the measured week. A plan derived from measurements carries the
 * replay's answers (schema v3 `measured`); when they were computed for the plan's current
 * settings, the verdict weighs both and takes the worse: the planner never says "Enough" where the
 * replay of the same week at that uplink misses the target. Answers computed for other settings
 * are named as such and left out of the verdict.
 */
import type { PlanResult } from '@/engine';
import { formatDuration, formatMbps, formatMbpsAsEntered } from '@/lib/format';
import { basisDifferences, type Plan } from '@/plan';

/** Beyond this ratio the modelled day's and the week's uplink for the target are said to differ. */
export const AGREEMENT_TOLERANCE = 0.1;

export type MeasuredCheck =
  | { kind: 'stale'; changed: string[]; sentence: string }
  | {
      kind: 'current';
      /** The replay of the measured week misses the target at the plan's uplink. */
      misses: boolean;
      met100Mbps: number | null;
      met90Mbps: number | null;
      /** The modelled day's uplink for the target RPO. */
      modelledMbps: number | null;
      /** Modelled and measured requirements within AGREEMENT_TOLERANCE of each other. */
      agree: boolean;
      sentence: string;
    };

const need = (x: number | null) => (x === null ? 'more than uplink alone can give' : formatMbps(x));

export function measuredCheck(plan: Plan, result: PlanResult): MeasuredCheck | null {
  const m = plan.measured;
  if (!m) return null;
  const target = formatDuration(m.targetRpoMinutes * 60);
  const changed = basisDifferences(m.basis, plan);
  if (plan.replication.targetRpoMinutes !== m.targetRpoMinutes) changed.push('the target RPO');
  if (changed.length) {
    return {
      kind: 'stale',
      changed,
      sentence: `The measured week's answers were computed for other settings (${changed.join(', ')} changed since), so they do not take part in this verdict; Import measurements → Analysis gives them for these.`,
    };
  }
  const uplink = plan.link.uplinkMbps;
  const met100 = m.requiredUplinkMbps.met100;
  const misses = met100 === null || uplink < met100;
  const modelled = result.bandwidth.requiredUplinkMbps.targetRpo;
  const agree = met100 !== null && modelled !== null && Math.abs(modelled - met100) <= AGREEMENT_TOLERANCE * met100;
  const ninety = `, ${need(m.requiredUplinkMbps.met90)} for 90 % of the time`;
  const sentence = misses
    ? `Replaying the measured week at ${formatMbpsAsEntered(uplink)} misses the ${target} target: it needs ${need(met100)} to meet it all the time${ninety}.`
    : `Replaying the measured week at ${formatMbpsAsEntered(uplink)} meets the ${target} target all the time (it needs ${need(met100)}${ninety}).`;
  const differ = !agree && met100 !== null && modelled !== null ? ` The modelled day asks ${formatMbps(modelled)} for the target; the week asks ${formatMbps(met100)}.` : '';
  return { kind: 'current', misses, met100Mbps: met100, met90Mbps: m.requiredUplinkMbps.met90, modelledMbps: modelled, agree, sentence: sentence + differ };
}

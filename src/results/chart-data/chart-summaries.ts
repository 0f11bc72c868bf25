/**
 * One- or two-sentence text summaries of each chart: what a reader who cannot see the chart
 * (screen reader, printout in grey, a glance) needs to take away from it.
 */
import type { PlanResult } from '@/engine';
import { formatBytes, formatClock, formatDuration, formatMbps, formatPercent, formatVmCount, type ByteUnits } from '@/lib/format';
import { firstBreachText, unboundedSentence } from '../unbounded';
import { vmLabel } from '../verdict';
import type { BacklogChartData } from './backlog-chart';
import type { DemandChartData } from './demand-chart';
import type { InitialReplicationChartData } from './initial-replication-chart';
import type { StorageChartData } from './storage-chart';
import type { WhatIfChartData } from './what-if-chart';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Peak demand 0.837 Mbps at 08:00 vs 0.27 Mbps usable; demand exceeds capacity in 11 of 24 hours." */
export function demandSummary(data: DemandChartData): string {
  if (data.points.length === 0) return 'No demand data.';
  const peak = data.points.reduce((a, b) => (b.demandMbps > a.demandMbps ? b : a));
  const over = data.points.filter((p) => p.demandMbps > p.capacityMbps).length;
  const head = `Peak demand ${formatMbps(peak.demandMbps)} at ${peak.time} vs ${formatMbps(peak.capacityMbps)} usable`;
  const tail = over === 0 ? 'demand stays below capacity all day' : `demand exceeds capacity in ${over} of ${data.points.length} hours`;
  return `${head}; ${tail}.`;
}

const ordinalDay = (n: number) => (n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`);

/** Backlog peak and when, worst lag against the window, and who breaches first. */
export function backlogSummary(data: BacklogChartData, result: PlanResult, units: ByteUnits): string {
  const fw = result.failureWindow;
  const window = formatDuration(fw.windowSeconds);
  const peak = data.points.reduce<BacklogChartData['points'][number] | null>((a, b) => (a === null || b.backlogBytes > a.backlogBytes ? b : a), null);
  const backlog =
    peak === null || peak.backlogBytes <= 0
      ? 'No overdue data at any time of day'
      : `Backlog peaks at ${formatBytes(peak.backlogBytes, units)} at ${peak.time}`;
  const worstName = vmLabel(result, result.rpo.worstVmId);
  if (result.rpo.unbounded) {
    // SPEC §5.3a: the drawn day is only the last one simulated; the answer is the growth.
    const copies = Math.max(data.breaches.length, fw.vmsBreaching);
    const breaches = data.breaches.length === 0 ? '' : ` ${formatVmCount(data.breaches.length, copies)} ${data.breaches.length === 1 && copies === 1 ? 'breaches' : 'breach'} the ${window} failure window ${firstBreachText(result) ?? ''}.`;
    return `The ${ordinalDay(result.daysSimulated)} simulated day is drawn, but the backlog grows day after day. ${unboundedSentence(result) ?? ''}${breaches}`;
  }
  const rpo = `worst RPO ${formatDuration(result.rpo.worstSeconds)} (${worstName}) against the ${window} failure window`;
  const first = data.breaches[0];
  const breach =
    first === undefined
      ? 'No VM breaches it.'
      : `${formatVmCount(data.breaches.length, Math.max(data.breaches.length, fw.vmsBreaching))} ${data.breaches.length === 1 && fw.vmsBreaching <= 1 ? 'breaches' : 'breach'} it, first ${first.label} at ${formatClock(first.atSeconds)}.`;
  // The worst lag can come on a day before the repeating one that is drawn (the days settling).
  const settling =
    result.rpo.reportedDayWorstSeconds < result.rpo.worstSeconds - 1
      ? ` The worst RPO came on an earlier simulated day, while the days settled into the one drawn (${formatDuration(result.rpo.reportedDayWorstSeconds)} at worst).`
      : '';
  return `${backlog}; ${rpo}. ${breach}${settling}${result.stable ? '' : ' The backlog grows day after day.'}`;
}

/** What the current uplink gives and what each requirement costs. */
export function whatIfSummary(data: WhatIfChartData): string {
  const current = data.markers.find((m) => m.kind === 'current');
  const parts: string[] = [];
  if (current) {
    const now =
      current.worstRpoMinutes === null
        ? `At the current ${formatMbps(current.uplinkMbps)}`
        : current.stable === false
          ? `At the current ${formatMbps(current.uplinkMbps)} the RPO grows without limit, ${formatPercent(current.onTimeCyclesPercent ?? 0)} of cycles on time`
          : `At the current ${formatMbps(current.uplinkMbps)}: worst RPO ${formatDuration(current.worstRpoMinutes * 60)}, ${formatPercent(current.onTimeCyclesPercent ?? 0)} of cycles on time`;
    parts.push(`${now}.`);
  }
  const needs = data.markers.filter((m) => m.kind !== 'current').map((m) => m.label);
  parts.push(needs.length === 0 ? 'No uplink alone meets the requirements.' : `Needed — ${needs.join('; ')}.`);
  return parts.join(' ');
}

/** Replica total with its biggest parts, and the primary's free-space figures. */
export function storageSummary(data: StorageChartData, units: ByteUnits): string {
  const replica = data.bars.find((b) => b.id === 'replica');
  const primary = (id: string) => data.bars.find((b) => b.id === id)?.totalBytes ?? 0;
  const parts = replica?.segments.filter((s) => s.bytes > 0).map((s) => `${s.label.toLowerCase()} ${s.text}`) ?? [];
  const head = `Replica site needs ${formatBytes(replica?.totalBytes ?? 0, units)}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
  const tail =
    `Primary: peak pending logs ${formatBytes(primary('primaryPendingLogs'), units)}; keep ${formatBytes(primary('primaryDeltaReserve'), units)} free ` +
    `(worst case ${formatBytes(primary('primaryInitialReserve'), units)} during initial replication).`;
  return `${head} ${tail}`;
}

/** When everything is protected, or how many VMs never get there. */
export function initialReplicationSummary(data: InitialReplicationChartData): string {
  if (data.rows.length === 0) return 'No initial replication to plan.';
  const never = data.rows.filter((r) => r.neverCompletes);
  const head =
    data.totalHours !== null
      ? `${data.rows.length === 1 ? 'The VM is' : `All ${data.rows.length} VMs`} protected after ${formatDuration(data.totalHours * 3600)}.`
      : `${never.length} of ${plural(data.rows.length, 'VM')} never complete${never.length === 1 ? 's' : ''}: ${never
          .slice(0, 3)
          .map((r) => `${r.label} (${r.status.toLowerCase()})`)
          .join(', ')}${never.length > 3 ? ', …' : ''}.`;
  const risk = data.rows.filter((r) => r.resyncRisk).length;
  const tail = [
    risk > 0 ? `${plural(risk, 'VM')} would need resync (logged churn ≥ 50 % of its size).` : '',
    data.advice ?? '',
  ];
  return [head, ...tail].filter(Boolean).join(' ');
}

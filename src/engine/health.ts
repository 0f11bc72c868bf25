import type { Plan } from '@/plan/core';
import type { SimVmStats } from './simulate';
import type { Health, HealthReason } from './types';
import { HOURS_PER_DAY, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';

/** Largest share of cycles missed within any monitoring interval of the (repeating) reported day. */
export function worstMissedShare(missedByHour: readonly number[], frequencySeconds: number, intervalHours: number): number {
  const perHour = SECONDS_PER_HOUR / frequencySeconds;
  if (intervalHours >= HOURS_PER_DAY) {
    // Days repeat, so a longer interval sees the daily share.
    return missedByHour.reduce((a, b) => a + b, 0) / (perHour * HOURS_PER_DAY);
  }
  let worst = 0;
  for (let start = 0; start < HOURS_PER_DAY; start++) {
    let sum = 0;
    for (let k = 0; k < intervalHours; k++) sum += missedByHour[(start + k) % HOURS_PER_DAY]!;
    worst = Math.max(worst, sum / (perHour * intervalHours));
  }
  return worst;
}

/**
 * Microsoft's replication health [HEALTH1] [HEALTH2] [RESYNC]: Warning when > 20 % of cycles are
 * missed in a monitoring interval or the replica is more than an hour behind; Critical when the
 * logs waiting on the primary exceed 50 % of the replicated VHD size (resynchronization required).
 */
export function vmHealth(
  plan: Plan,
  stats: SimVmStats,
  frequencySeconds: number,
  replicatedSizeBytes: number,
  daysSimulated = 1,
): { health: Health; reasons: HealthReason[]; resyncRequired: boolean } {
  const reasons: HealthReason[] = [];
  // SPEC §5.3a: Critical when the resync comes within the simulated horizon, Warning when later.
  const resyncAfter = stats.resyncAfterSeconds;
  const horizon = daysSimulated * SECONDS_PER_DAY;
  const resyncRequired =
    (replicatedSizeBytes > 0 && stats.peakPendingLogBytes > 0.5 * replicatedSizeBytes) || (resyncAfter !== null && resyncAfter <= horizon);
  const afterDays = resyncAfter === null ? null : Math.max(1, Math.round(resyncAfter / SECONDS_PER_DAY));
  if (resyncRequired) reasons.push({ kind: 'resync-required', afterDays });
  else if (afterDays !== null) reasons.push({ kind: 'resync-ahead', afterDays });
  const hours = plan.replication.monitoringIntervalHours;
  const share = worstMissedShare(stats.missedByHour ?? [], frequencySeconds, hours);
  if (share > 0.2) reasons.push({ kind: 'missed-cycles', percent: Math.round(share * 100), intervalHours: hours });
  if (stats.worstRpoSeconds > SECONDS_PER_HOUR) reasons.push({ kind: 'behind-an-hour' });
  const health: Health = resyncRequired ? 'critical' : reasons.length ? 'warning' : 'normal';
  return { health, reasons, resyncRequired };
}

/**
 * Replica write IOPS multiplier: ≈ 1.5 × primary writes without extra recovery points [ASR-PERF];
 * with them 2–3 × on 2012 R2+ and 4–6 × on 2012 [UNDO] — the midpoint is used.
 */
export function replicaIopsMultiplier(plan: Plan, recoveryPoints: number): number {
  if (recoveryPoints === 0) return 1.5;
  return plan.replication.windowsServer === '2012' ? 5 : 2.5;
}

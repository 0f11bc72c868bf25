/**
 * SPEC §5.7 warnings as data plus words. Each code carries the figures its sentence quotes (in
 * engine units: seconds, Mbps, minutes as the plan has them), so the sentence can be written in any
 * locale: the engine writes `message` with `unitFormat('en-US')`; the results layer writes the
 * same sentence with the reader's formatters (`warningMessage`). One template per code, here.
 */
import { unitFormat, type UnitFormat } from '@/lib/locale-format';
import { diskFlagText, type DiskFlag } from '@/plan/core';
import type { HealthReason, Severity } from './types';

type DiskFlagParams<C extends DiskFlag['code']> = { vmName: string; diskName: string; flag: Extract<DiskFlag, { code: C }> };

/** What each warning's sentence needs, by code. */
export interface WarningParamsByCode {
  'compression-off': Record<string, never>;
  'no-replicated-disk': { vmName: string };
  'churn-exceeds-size': DiskFlagParams<'churn-exceeds-size'>;
  'churn-exceeds-physical': DiskFlagParams<'churn-exceeds-physical'>;
  'paging-disk-replicated': DiskFlagParams<'paging-disk-replicated'>;
  /** `growthSecondsPerDay` 0 = growth not measured; `resync` = the first VM that would need one. */
  'plan-unstable': { growthSecondsPerDay: number; growthVmName: string | null; resync: { vmName: string; afterSeconds: number } | null; requiredUplinkMbps: number | null };
  /** `atSeconds` is the time of day of the first breach; `growsDaily` = the wait grows every day. */
  'failure-window-breached': { vmName: string; failureWindowMinutes: number; growsDaily: boolean; atSeconds: number; delaySeconds: number };
  'resync-required': { vmName: string };
  'health-warning': { vmName: string; reasons: HealthReason[] };
  'log-exceeds-interval': { vmName: string; frequencySeconds: number };
  'per-stream-cap-limiting': { perStreamCapMbps: number | null; maxActiveTransfers: number };
  'raise-max-active-transfers': { recommendedMaxActiveTransfers: number };
  /** `worstRpoSeconds` null = the RPO grows without limit; `requiredUplinkMbps` null = no uplink alone reaches the target. */
  'target-rpo-missed': { targetRpoMinutes: number; worstRpoSeconds: number | null; requiredUplinkMbps: number | null };
  'ir-never-completes': { vmName: string; copyNeverFinishes: boolean };
  'ir-resync-risk': { vmName: string };
  /** Seconds until every VM is protected with the advice and without it; null = never (or not computed). */
  'recommend-offline': { vmNames: string[]; withAdviceSeconds: number | null; withoutAdviceSeconds: number | null };
  'extended-unstable': { requiredUplinkMbps: number | null };
}

export type WarningCode = keyof WarningParamsByCode;

interface WarningOf<C extends WarningCode> {
  /** Stable machine-readable code, e.g. `failure-window-breached`. */
  code: C;
  severity: Severity;
  vmId?: string;
  /** Plan field the warning concerns, e.g. `vms[2].disks[1].replicated`. */
  field?: string;
  /** The figures and names the sentence quotes. */
  params: WarningParamsByCode[C];
  /** The sentence in English with en-US numbers; readers get `warningMessage` from the results layer. */
  message: string;
}

/** One warning: code, severity, what it is about, its figures, and its English sentence. */
export type Warning = { [C in WarningCode]: WarningOf<C> }[WarningCode];
/** A warning before its sentence is written. */
export type WarningData = { [C in WarningCode]: Omit<WarningOf<C>, 'message'> }[WarningCode];

/** Why a VM's health is not Normal, as a sentence (no full stop), its numbers written by `f`. */
export function healthReasonText(r: HealthReason, f: UnitFormat): string {
  const days = (n: number | null) => (n === null ? '' : ` after about ${f.number(n)} day(s)`);
  switch (r.kind) {
    case 'resync-required':
      return `Logs waiting on the primary exceed 50 % of the replicated disk size${days(r.afterDays)}: resynchronization required`;
    case 'resync-ahead':
      return `Logs waiting on the primary keep growing and would pass 50 % of the replicated disk size${days(r.afterDays)}: resynchronization would be required`;
    case 'missed-cycles':
      return `${f.number(r.percent)} % of cycles missed within a ${f.number(r.intervalHours)}-hour monitoring interval (more than 20 %)`;
    case 'behind-an-hour':
      return 'The replica falls more than an hour behind the primary';
  }
}

/** The sentence for a warning, its numbers and times written by `f`. */
export function warningText(w: WarningData, f: UnitFormat): string {
  const mbps = (x: number | null) => (x === null ? 'more than any uplink alone can give' : f.mbps(x));
  switch (w.code) {
    case 'compression-off':
      return 'Compression is off: replication will use more bandwidth than necessary (Microsoft recommends it on).';
    case 'no-replicated-disk':
      return `${w.params.vmName} has no replicated disk: nothing of it reaches the replica.`;
    case 'churn-exceeds-size':
    case 'churn-exceeds-physical':
    case 'paging-disk-replicated':
      return diskFlagText(w.params.flag, `${w.params.vmName}: disk "${w.params.diskName}"`, (x) => f.number(x, 1));
    case 'plan-unstable': {
      // SPEC §5.3a: say that the RPO grows without limit, how fast, and when a resync would come.
      const p = w.params;
      const growth = p.growthVmName !== null && p.growthSecondsPerDay > 0 ? ` by about ${f.duration(p.growthSecondsPerDay)} a day (${p.growthVmName})` : '';
      const resync = p.resync ? `; ${p.resync.vmName} would need a resync after about ${f.number(Math.max(1, Math.round(p.resync.afterSeconds / 86_400)))} day(s)` : '';
      return `The link cannot keep up: the replication backlog grows day after day and the RPO grows without limit${growth}${resync}. At least ${mbps(p.requiredUplinkMbps)} of uplink is needed.`;
    }
    case 'failure-window-breached': {
      const p = w.params;
      const window = `the ${f.number(p.failureWindowMinutes)}-minute failure window`;
      return p.growsDaily
        ? `${p.vmName} breaches ${window} from the first days on, and its wait grows every day.`
        : `${p.vmName} breaches ${window} at ${f.clock(p.atSeconds)} (a cycle waits up to ${f.duration(p.delaySeconds)}).`;
    }
    case 'resync-required':
      return `${w.params.vmName}: logs waiting on the primary exceed 50 % of its replicated disk size — Hyper-V would stop tracking and require resynchronization.`;
    case 'health-warning':
      return `${w.params.vmName} would show replication health Warning: ${w.params.reasons.map((r) => lowerFirst(healthReasonText(r, f))).join('; ')}.`;
    case 'log-exceeds-interval':
      return `${w.params.vmName}: at its busiest hour one log cannot be sent within its ${f.number(w.params.frequencySeconds)} s interval even alone on the link; cycles will be missed.`;
    case 'per-stream-cap-limiting':
      return `Each transfer is capped at ${mbps(w.params.perStreamCapMbps)} (TCP window ÷ RTT or measured copy speed), so ${f.number(w.params.maxActiveTransfers)} parallel transfers cannot fill the link.`;
    case 'raise-max-active-transfers':
      return `Raise MaximumActiveTransfers to ${f.number(w.params.recommendedMaxActiveTransfers)} (link ÷ single-stream speed, KB 2767928) to use the whole link.`;
    case 'target-rpo-missed': {
      const p = w.params;
      const worst = p.worstRpoSeconds === null ? 'the RPO grows without limit' : `worst RPO ${f.duration(p.worstRpoSeconds)}`;
      const needs = p.requiredUplinkMbps === null ? 'No uplink alone reaches it.' : `It needs ${mbps(p.requiredUplinkMbps)}.`;
      return `The target RPO of ${f.number(p.targetRpoMinutes)} min is missed: ${worst}. ${needs}`;
    }
    case 'ir-never-completes': {
      const what = w.params.copyNeverFinishes ? 'the copy never finishes' : 'the catch-up after the copy never finishes';
      return `${w.params.vmName}: initial replication never completes — ${what}: once the other VMs are protected, the link has less left than the VMs still catching up write.`;
    }
    case 'ir-resync-risk':
      return `${w.params.vmName}: churn logged during the initial copy reaches 50 % of its disk size; the VM would need resynchronization.`;
    case 'recommend-offline': {
      const p = w.params;
      const instead = p.withoutAdviceSeconds === null ? 'never' : f.duration(p.withoutAdviceSeconds);
      const when = p.withAdviceSeconds === null ? '' : `: every VM protected after ${f.duration(p.withAdviceSeconds)} instead of ${instead}`;
      return `Ship ${p.vmNames.join(', ')} on disk (offline)${when}.`;
    }
    case 'extended-unstable':
      return `The extended hop cannot keep up: ${mbps(w.params.requiredUplinkMbps)} of replica-site uplink is needed.`;
  }
}

const EN_US = unitFormat('en-US');

/** The warning with its English sentence, numbers in en-US whatever locale the host runs in. */
export function warningWithMessage(w: WarningData): Warning {
  return { ...w, message: warningText(w, EN_US) } as Warning;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

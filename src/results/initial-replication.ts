/**
 * Initial replication in words (SPEC §5.6): the whole plan's figure, why it never completes, and
 * the offline advice — one wording for the planner, the report and the CLI.
 */
import { vmNameOf } from './vm-names';
import type { PlanResult } from '@/engine';
import { formatDuration } from '@/lib/format';

const nameOf = vmNameOf;

/** "FS01", "FS01 and SQL01", "FS01, EXCH and 3 other VMs". */
export function listNames(names: readonly string[], max = 4): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max) return `${names.slice(0, max - 1).join(', ')} and ${names.length - max + 1} other VMs`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "3 d 19 h" or "Never completes". */
export function irTotalFigure(result: PlanResult): string {
  const total = result.initialReplication.totalSeconds;
  return total === null ? 'Never completes' : formatDuration(total);
}

/** Why the plan is never fully protected: the VMs left when nothing can progress. Null when it completes. */
export function irNeverText(result: PlanResult): string | null {
  const ir = result.initialReplication;
  if (ir.totalSeconds !== null) return null;
  const stuck = ir.vms.filter((vm) => vm.completeSeconds === null);
  const copying = stuck.filter((vm) => vm.copyEndSeconds === null).map((vm) => nameOf(result, vm.id));
  const catching = stuck.filter((vm) => vm.copyEndSeconds !== null).map((vm) => nameOf(result, vm.id));
  const parts: string[] = [];
  if (catching.length) parts.push(`${listNames(catching)} never catch${catching.length === 1 ? 'es' : ''} up`);
  if (copying.length) parts.push(`${listNames(copying)} never finish${copying.length === 1 ? 'es' : ''} copying`);
  return `${parts.join('; ')}: once the others are protected, their churn needs more than the link has left.`;
}

/** "Ship FS01, EXCH and 2 other VMs on disk (offline): every VM protected after 2 d 19 h instead of 3 d 19 h." Null without advice. */
export function irAdviceText(result: PlanResult): string | null {
  const rec = result.initialReplication.recommendation;
  if (!rec) return null;
  const names = listNames(rec.offlineVmIds.map((id) => nameOf(result, id)));
  const before = result.initialReplication.totalSeconds;
  if (rec.totalSeconds === null) {
    return `Ship ${names} on disk (offline): fewer VMs at resync risk during the copy, though not every VM can be protected until the link keeps up.`;
  }
  const instead = before === null ? ' instead of never' : ` instead of ${formatDuration(before)}`;
  return `Ship ${names} on disk (offline): every VM protected after ${formatDuration(rec.totalSeconds)}${instead}.`;
}

/** One VM's "protected after" figure as every table shows it. */
export function irVmFigure(completeSeconds: number | null | undefined): string {
  if (completeSeconds === undefined) return '—';
  return completeSeconds === null ? 'never' : formatDuration(completeSeconds);
}

/** The status line after a bulk edit: how many VMs changed, what was set, and anything it could not do. */
import { WORKLOAD_PRESETS } from '@/plan';
import type { BulkEdit, BulkSummary } from '@/store';
import { IR_LABELS, PROFILE_LABELS, frequencyLabel } from './vm-options';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (list: readonly string[]) => (list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`);

/** What the edit sets, in the table's words: "recovery points 4, frequency 15 min". */
export function describeBulkEdit(edit: BulkEdit): string[] {
  const out: string[] = [];
  if (edit.workload !== undefined) out.push(`workload ${WORKLOAD_PRESETS.find((p) => p.id === edit.workload)?.label ?? edit.workload} (churn re-estimated)`);
  if (edit.frequencySeconds !== undefined) out.push(`frequency ${frequencyLabel(edit.frequencySeconds)}`);
  if (edit.recoveryPoints !== undefined) out.push(`recovery points ${edit.recoveryPoints}`);
  if (edit.appConsistentHours !== undefined) out.push(edit.appConsistentHours === null ? 'app-consistent off' : `app-consistent every ${edit.appConsistentHours} h`);
  if (edit.profile !== undefined) out.push(`profile ${PROFILE_LABELS[edit.profile]}`);
  if (edit.initialReplication !== undefined) out.push(`initial replication ${edit.initialReplication === null ? 'as the plan' : IR_LABELS[edit.initialReplication]}`);
  if (edit.disks) out.push(`disks named “${edit.disks.pattern}” ${edit.disks.replicated ? 'replicated' : 'excluded'}`);
  return out;
}

/** "7 VMs changed: recovery points 4. Undo (Ctrl+Z) reverts them in one step." and what was skipped. */
export function bulkSummaryText(summary: BulkSummary, edit: BulkEdit, undoKeys: string): string {
  const { selected, changed, disksChanged } = summary;
  if (changed === 0) {
    return `Nothing changed: the ${plural(selected, 'selected VM')} already ${selected === 1 ? 'has' : 'have'} ${describeBulkEdit(edit).join(', ')}.`;
  }
  const parts = [`${plural(changed, 'VM')} changed${changed < selected ? ` (the other ${selected - changed} already matched)` : ''}: ${describeBulkEdit(edit).join(', ')}.`];
  if (edit.disks) parts.push(`${plural(disksChanged, 'disk')} ${edit.disks.replicated ? 'now replicated' : 'excluded'}.`);
  if (summary.appConsistentCleared.length > 0) parts.push(`App-consistent points turned off on ${names(summary.appConsistentCleared)}: no recovery point left to hold them.`);
  if (summary.appConsistentSkipped.length > 0) parts.push(`App-consistent points not set on ${names(summary.appConsistentSkipped)}: ${summary.appConsistentSkipped.length === 1 ? 'it keeps' : 'they keep'} no recovery point (set recovery points too).`);
  if (summary.noReplicatedDisk.length > 0) parts.push(`${names(summary.noReplicatedDisk)} now ${summary.noReplicatedDisk.length === 1 ? 'has' : 'have'} no replicated disk.`);
  parts.push(`Undo (${undoKeys}) reverts ${changed === 1 ? 'it' : 'them'} in one step.`);
  return parts.join(' ');
}

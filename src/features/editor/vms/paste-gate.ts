/**
 * Pasted VMs through the one gate, parsePlan, with the plan's own settings (so e.g. Windows
 * Server 2012 refuses 30 s rows). Gate messages are mapped back to the pasted row and column;
 * problems of the plan itself are named in the editor's words.
 */
import { LIMITS, describeIssue, gateRowVms, type VmColumn } from '@/plan';
import type { DraftVm, PlanDraft } from '@/store';
import type { PasteIssue, PastedVm } from './parse-tsv';

export interface PasteGateResult {
  /** Trusted VMs, defaults filled, ready for `appendVms`. */
  ready: DraftVm[];
  /** Problems found by the gate, on the pasted row and column. */
  issues: PasteIssue[];
  /** Rows of the VMs the gate refused. */
  failedRows: number[];
  /** Problems not on a pasted row (the plan's own settings are invalid, too many VMs). */
  general: string[];
}

/** Check pasted VMs against the plan's settings; VMs with a problem are left out and reported. */
export function gatePastedVms(draft: PlanDraft, pasted: readonly PastedVm[], titleOf?: (column: VmColumn) => string | undefined): PasteGateResult {
  const existing = Array.isArray(draft.vms) ? draft.vms : [];
  if (existing.length + pasted.length > LIMITS.vms) {
    return { ready: [], issues: [], failedRows: [], general: [`A plan holds at most ${LIMITS.vms} VMs: it has ${existing.length}, the paste adds ${pasted.length}.`] };
  }
  const gate = gateRowVms(draft, pasted, { takenIds: existing.map((vm) => vm.id), titleOf });
  const general = gate.general.map((issue) => describeIssue(issue, draft));
  if (general.length > 0) {
    general.unshift(gate.planOk ? 'The pasted rows conflict with the plan settings:' : 'The plan itself has errors; fix them before adding pasted rows:');
  }
  return { ready: gate.ready, issues: gate.issues, failedRows: gate.failedLines, general };
}

/**
 * Inventory VMs through the one gate, parsePlan, with the plan's own settings (so Windows Server
 * 2012 refuses a 30 s VM, or 20 recovery points); messages land on the file's line and column,
 * problems of the plan itself are named in the editor's words.
 */
import { describeIssue, gateRowVms } from '@/plan';
import type { DraftVm, PlanDraft } from '@/store';
import type { InventoryIssue, InventoryParse } from './inventory-csv';

export interface InventoryGateResult {
  /** Trusted VMs, defaults filled, with ids unique among themselves (`appendVms` renames clashes with the plan's). */
  ready: DraftVm[];
  issues: InventoryIssue[];
  /** Lines of the VMs the gate refused. */
  failedLines: number[];
  /** Problems not on a line of the file (the plan's own settings are invalid). */
  general: string[];
}

/** Check the file's VMs against the plan's settings (`draft`'s own VMs are not involved). */
export function gateInventory(draft: PlanDraft, parse: Pick<InventoryParse, 'vms' | 'columns'>): InventoryGateResult {
  const gate = gateRowVms(draft, parse.vms, { titleOf: (column) => parse.columns.find((c) => c.column === column)?.title });
  const general = gate.general.map((issue) => describeIssue(issue, draft));
  if (general.length > 0) general.unshift(gate.planOk ? 'The file conflicts with the plan settings:' : 'The plan itself has errors; fix them before importing VMs:');
  return { ready: gate.ready, issues: gate.issues, failedLines: gate.failedLines, general };
}

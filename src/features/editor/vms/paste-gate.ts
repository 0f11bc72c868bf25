/**
 * Pasted VMs through the one gate, parsePlan, with the plan's own settings (so e.g. Windows
 * Server 2012 refuses 30 s rows). Gate messages are mapped back to the pasted row and column.
 */
import { LIMITS, formatIssue, parsePlan, type PlanInput } from '@/plan';
import { selectValidation, uniqueId, type DraftVm, type PlanDraft } from '@/store';
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

const FIELD_COLUMNS: Record<string, string> = {
  name: 'Name',
  count: 'Count',
  workload: 'Workload',
  frequencySeconds: 'Frequency',
  sizeGB: 'Size',
  usedGB: 'Used',
  churnGBPerDay: 'Churn',
  name_disk: 'Disk',
};

/** An id from a VM name: "SQL 01" → "sql-01". */
export const idFromName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'vm';

type VmInput = PlanInput['vms'][number];

function toInput(vm: PastedVm, id: string): VmInput {
  const { name, count, workload, frequencySeconds, disks } = vm;
  return { id, name, ...(count !== undefined && { count }), ...(workload && { workload }), ...(frequencySeconds && { frequencySeconds }), disks };
}

/** Check pasted VMs against the plan's settings; VMs with a problem are left out and reported. */
export function gatePastedVms(draft: PlanDraft, pasted: readonly PastedVm[]): PasteGateResult {
  const general: string[] = [];
  const existing = Array.isArray(draft.vms) ? draft.vms.length : 0;
  if (existing + pasted.length > LIMITS.vms) {
    general.push(`A plan holds at most ${LIMITS.vms} VMs: it has ${existing}, the paste adds ${pasted.length}.`);
    return { ready: [], issues: [], failedRows: [], general };
  }
  const taken = new Set((draft.vms ?? []).map((vm) => vm.id));
  const inputs = pasted.map((vm) => {
    const id = uniqueId(idFromName(vm.name), taken);
    taken.add(id);
    return toInput(vm, id);
  });

  let candidates = pasted.map((vm, k) => ({ vm, input: inputs[k]! }));
  const issues: PasteIssue[] = [];
  const failedRows: number[] = [];
  // Refused VMs leave and the rest is checked again, until it passes or only plan-wide issues remain.
  while (candidates.length > 0) {
    const parsed = parsePlan({ ...draft, vms: candidates.map((c) => c.input) });
    if (parsed.ok) return { ready: parsed.plan.vms, issues, failedRows, general };
    const refused = new Set<number>();
    for (const issue of parsed.issues) {
      const m = /^vms\[(\d+)\](?:\.disks\[(\d+)\])?(?:\.(\w+))?/.exec(issue.path);
      const candidate = m ? candidates[Number(m[1])] : undefined;
      if (!m || !candidate) {
        if (!general.includes(formatIssue(issue))) general.push(formatIssue(issue));
        continue;
      }
      const disk = m[2] === undefined ? null : Number(m[2]);
      const field = m[3] ?? '';
      refused.add(Number(m[1]));
      issues.push({
        row: disk === null ? candidate.vm.rows[0]! : (candidate.vm.rows[disk] ?? candidate.vm.rows[0]!),
        column: FIELD_COLUMNS[disk !== null && field === 'name' ? 'name_disk' : field] ?? field,
        message: issue.message,
      });
    }
    if (refused.size === 0) break; // only settings issues: nothing can be added until they are fixed
    for (const k of refused) failedRows.push(...candidates[k]!.vm.rows);
    candidates = candidates.filter((_, k) => !refused.has(k));
  }
  if (general.length > 0) {
    general.unshift(
      selectValidation(draft).ok ? 'The pasted rows conflict with the plan settings:' : 'The plan itself has errors; fix them before adding pasted rows:',
    );
  }
  return { ready: [], issues, failedRows, general };
}

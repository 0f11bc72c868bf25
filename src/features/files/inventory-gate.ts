/**
 * Inventory VMs through the one gate, parsePlan, with the plan's own settings (so Windows Server
 * 2012 refuses a 30 s VM, or 20 recovery points). The gate's messages are mapped back to the
 * line and column of the file. VMs the gate refuses are left out and the rest checked again.
 */
import { idFromName } from '@/features/editor/vms/paste-gate';
import { formatIssue, parsePlan, type PlanInput } from '@/plan';
import { selectValidation, uniqueId, type DraftVm, type PlanDraft } from '@/store';
import type { InventoryColumn } from './inventory-columns';
import type { InventoryIssue, InventoryParse, InventoryVm } from './inventory-csv';

export interface InventoryGateResult {
  /** Trusted VMs, defaults filled, with ids unique among themselves (`appendVms` renames clashes with the plan's). */
  ready: DraftVm[];
  issues: InventoryIssue[];
  /** Lines of the VMs the gate refused. */
  failedLines: number[];
  /** Problems not on a line of the file (the plan's own settings are invalid). */
  general: string[];
}

/** Plan field → the file's column. */
const FIELD_COLUMNS: Record<string, InventoryColumn> = {
  name: 'name',
  id: 'name',
  count: 'count',
  workload: 'workload',
  frequencySeconds: 'frequency',
  recoveryPoints: 'recoveryPoints',
  disks: 'disk',
  sizeGB: 'size',
  usedGB: 'used',
  churnGBPerDay: 'churnGB',
  replicated: 'replicated',
};

type VmInput = PlanInput['vms'][number];

function toInput(vm: InventoryVm, id: string): VmInput {
  const { name, count, workload, frequencySeconds, recoveryPoints, disks } = vm;
  return {
    id,
    name,
    ...(count !== undefined && { count }),
    ...(workload && { workload }),
    ...(frequencySeconds && { frequencySeconds }),
    ...(recoveryPoints !== undefined && { recoveryPoints }),
    disks,
  };
}

/** Check the file's VMs against the plan's settings (`draft`'s own VMs are not involved). */
export function gateInventory(draft: PlanDraft, parse: Pick<InventoryParse, 'vms' | 'columns'>): InventoryGateResult {
  const taken = new Set<string>();
  let candidates = parse.vms.map((vm) => {
    const id = uniqueId(idFromName(vm.name), taken);
    taken.add(id);
    return { vm, input: toInput(vm, id) };
  });
  const titleOf = (column: InventoryColumn) => parse.columns.find((c) => c.column === column)?.title;
  // Churn may have come from a Churn (%) column instead.
  const title = (column: InventoryColumn) => titleOf(column) ?? (column === 'churnGB' ? titleOf('churnPercent') : undefined) ?? column;
  const issues: InventoryIssue[] = [];
  const failedLines: number[] = [];
  const general: string[] = [];

  while (candidates.length > 0) {
    const parsed = parsePlan({ ...draft, vms: candidates.map((c) => c.input) });
    if (parsed.ok) return { ready: parsed.plan.vms, issues: sorted(issues), failedLines: failedLines.sort((a, b) => a - b), general };
    const refused = new Set<number>();
    for (const issue of parsed.issues) {
      const m = /^vms\[(\d+)\](?:\.disks(?:\[(\d+)\])?)?(?:\.(\w+))?/.exec(issue.path);
      const candidate = m ? candidates[Number(m[1])] : undefined;
      if (!m || !candidate) {
        if (!general.includes(formatIssue(issue))) general.push(formatIssue(issue));
        continue;
      }
      refused.add(Number(m[1]));
      const disk = m[2] === undefined ? null : Number(m[2]);
      const field = m[3] ?? (issue.path.includes('.disks') ? 'disks' : '');
      const column = disk !== null && field === 'name' ? 'disk' : FIELD_COLUMNS[field];
      issues.push({
        line: (disk === null ? undefined : candidate.vm.lines[disk]) ?? candidate.vm.lines[0]!,
        column: column ? title(column) : '',
        message: issue.message,
      });
    }
    if (refused.size === 0) break; // only settings issues: nothing can be added until they are fixed
    for (const k of refused) failedLines.push(...candidates[k]!.vm.lines);
    candidates = candidates.filter((_, k) => !refused.has(k));
  }
  if (general.length > 0) {
    general.unshift(selectValidation(draft).ok ? 'The file conflicts with the plan settings:' : 'The plan itself has errors; fix them before importing VMs:');
  }
  return { ready: [], issues: sorted(issues), failedLines: failedLines.sort((a, b) => a - b), general };
}

const sorted = (issues: InventoryIssue[]) => issues.sort((a, b) => a.line - b.line);

/**
 * VMs read from rows through the one gate, parsePlan, with the plan's own settings (so Windows
 * Server 2012 refuses a 30 s VM, or 20 recovery points). The gate's messages are mapped back to
 * the line and column they came from; VMs it refuses are left out and the rest checked again.
 */
import { parsePlan, type PlanIssue } from '../parse';
import { withDiskChurnSources } from '../provenance';
import type { PlanInput, PlanVm } from '../schema';
import { COLUMN_LABELS, type VmColumn } from './columns';
import { idFromName, uniqueId } from './ids';
import type { RowIssue, RowVm } from './read-rows';

export interface RowsGateResult {
  /** Trusted VMs, defaults filled, ids unique among themselves and `takenIds`. */
  ready: PlanVm[];
  issues: RowIssue[];
  /** Lines of the VMs the gate refused. */
  failedLines: number[];
  /** Problems not on a line: the plan's settings are invalid, or conflict with the new VMs. */
  general: PlanIssue[];
  /** False when the plan itself (before the new VMs) has errors: fix those first. */
  planOk: boolean;
}

/** Plan field → the column it came from. */
const FIELD_COLUMNS: Record<string, VmColumn> = {
  name: 'name',
  id: 'name',
  count: 'count',
  workload: 'workload',
  frequencySeconds: 'frequency',
  recoveryPoints: 'recoveryPoints',
  appConsistentHours: 'appConsistentHours',
  profile: 'profile',
  hourlyWeights: 'hourlyWeights',
  withinHourWeights: 'withinHourWeights',
  initialReplication: 'initialReplication',
  writeIops: 'writeIops',
  disks: 'disk',
  sizeGB: 'size',
  usedGB: 'used',
  churnGBPerDay: 'churnGB',
  replicated: 'replicated',
  provenance: 'churnSource',
};

type VmInput = PlanInput['vms'][number];

/**
 * A read VM as plan input: only the fields the rows set, so the schema and presets fill the rest.
 * Without source columns the schema records what the rows give as entered and the rest as the
 * preset's; a source a row names replaces that for its disk's churn or the VM's profile. A 5-minute
 * shape the rows give is part of the profile: entered, even when the day's profile is the preset's.
 */
export function rowVmInput(vm: RowVm, id: string): VmInput {
  const { name, disks: rowDisks, lines: _lines, profileSource, ...fields } = vm;
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const disks = rowDisks.map(({ churnSource: _source, ...disk }) => disk);
  const shapeOnly = vm.profile === undefined && vm.withinHourWeights !== undefined;
  if (!profileSource && !shapeOnly && !rowDisks.some((d) => d.churnSource)) return { id, name, ...set, disks } as VmInput;
  const churn = rowDisks.map((d) => d.churnSource ?? (d.churnGBPerDay === undefined ? 'preset' : 'entered'));
  const profile = profileSource ?? (vm.profile === undefined && vm.withinHourWeights === undefined ? 'preset' : 'entered');
  return { id, name, ...set, disks, provenance: withDiskChurnSources({ profile }, churn) } as VmInput;
}

export interface GateOptions {
  /** Ids the new VMs must not take (the plan's, when appending). */
  takenIds?: Iterable<string>;
  /** The column's title as the user headed it; defaults to its plain name. */
  titleOf?: (column: VmColumn) => string | undefined;
}

/** Check read VMs against the plan's settings (the plan's own VMs are not involved). */
export function gateRowVms(plan: object, vms: readonly RowVm[], options: GateOptions = {}): RowsGateResult {
  const taken = new Set(options.takenIds ?? []);
  let candidates = vms.map((vm) => {
    const id = uniqueId(idFromName(vm.name), taken);
    taken.add(id);
    return { vm, input: rowVmInput(vm, id) };
  });
  // Churn may have come from a Churn (%) column instead.
  const title = (column: VmColumn) =>
    options.titleOf?.(column) ?? (column === 'churnGB' ? options.titleOf?.('churnPercent') : undefined) ?? COLUMN_LABELS[column];
  const issues: RowIssue[] = [];
  const failedLines: number[] = [];
  const general: PlanIssue[] = [];
  const done = (ready: PlanVm[], planOk: boolean) => ({
    ready,
    issues: issues.sort((a, b) => a.line - b.line),
    failedLines: failedLines.sort((a, b) => a - b),
    general,
    planOk,
  });

  while (candidates.length > 0) {
    const parsed = parsePlan({ ...plan, vms: candidates.map((c) => c.input) });
    if (parsed.ok) return done(parsed.plan.vms, true);
    const refused = new Set<number>();
    for (const issue of parsed.issues) {
      const m = /^vms\[(\d+)\](?:\.disks(?:\[(\d+)\])?)?(?:\.(\w+))?/.exec(issue.path);
      const candidate = m ? candidates[Number(m[1])] : undefined;
      if (!m || !candidate) {
        if (!general.some((g) => g.path === issue.path && g.message === issue.message)) general.push(issue);
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
  return done([], general.length === 0 || parsePlan(plan).ok);
}

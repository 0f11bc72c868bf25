/**
 * Per-VM results as CSV for a spreadsheet: one row per plan VM (a group is one row), in plan
 * order, with the unit of every figure in its column name. Figures are plain numbers (no grouping)
 * rounded to what the model can tell, with the decimal mark of the chosen CSV style.
 */
import type { PlanResult } from '@/engine';
import { formatClock } from '@/lib/format';
import { bytesPerGB, workloadPreset, type Plan } from '@/plan';
import { healthReasonMessage } from '@/results';
import { PLAIN_CSV, toCsv, type CsvCell, type CsvStyle } from './csv';

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Header and rows of the per-VM results; sizes in the plan's unit (GiB or GB). */
export function resultsTable(plan: Plan, result: PlanResult): CsvCell[][] {
  const unit = plan.units.storage === 'decimal' ? 'GB' : 'GiB';
  const gb = bytesPerGB(plan.units.storage);
  const extended = plan.extended !== null;
  const header = [
    'VM',
    'VM id',
    'Copies',
    'Workload',
    'Frequency (s)',
    'Worst RPO (s)',
    'RPO grows without limit',
    'RPO growth per day (s)',
    'Average RPO (s)',
    'Health',
    'Health reasons',
    'Resync required',
    'Resync after (days)',
    'Missed cycles per day',
    'Cycles per day',
    'First failure-window breach (hh:mm)',
    'Breach delay (s)',
    `Peak pending logs per copy (${unit})`,
    `Largest log per copy (${unit})`,
    `Replicated size per copy (${unit})`,
    `Replica storage (${unit})`,
    'Average demand (Mbps)',
    'Replica write IOPS',
    ...(extended ? ['Extended site worst RPO (s)'] : []),
    'Initial replication method',
    'Initial replication starts (h)',
    'Initial copy ends (h)',
    'Initial replication complete (h)',
  ];
  const byId = new Map(result.vms.map((vm) => [vm.id, vm]));
  const irById = new Map(result.initialReplication.vms.map((vm) => [vm.id, vm]));
  const rows = plan.vms.flatMap((planVm): CsvCell[][] => {
    const vm = byId.get(planVm.id);
    if (!vm) return [];
    const ir = irById.get(planVm.id);
    const size = (bytes: number) => round(bytes / gb, 3);
    return [
      [
        planVm.name,
        planVm.id,
        planVm.count,
        workloadPreset(planVm.workload).label,
        planVm.frequencySeconds,
        round(vm.worstRpoSeconds, 1),
        result.rpo.unbounded && vm.rpoGrowthSecondsPerDay > 0 ? 'yes' : 'no',
        result.rpo.unbounded ? round(vm.rpoGrowthSecondsPerDay, 0) : null,
        round(vm.averageRpoSeconds, 1),
        capitalise(vm.health),
        vm.healthReasons.map(healthReasonMessage).join('; '),
        vm.resyncRequired ? 'yes' : 'no',
        vm.resyncAfterSeconds === null ? null : round(vm.resyncAfterSeconds / 86_400, 1),
        vm.missedCycles,
        vm.cycles,
        vm.failureWindowBreach ? formatClock(vm.failureWindowBreach.atSeconds) : null,
        vm.failureWindowBreach ? round(vm.failureWindowBreach.delaySeconds, 1) : null,
        size(vm.peakPendingLogBytes),
        size(vm.largestLogBytes),
        size(vm.replicatedSizeBytes),
        size(vm.replicaStorageBytes),
        round(vm.averageDemandMbps, 3),
        vm.replicaWriteIops === null ? null : round(vm.replicaWriteIops, 0),
        ...(extended ? [vm.extendedWorstRpoSeconds === null ? null : round(vm.extendedWorstRpoSeconds, 1)] : []),
        // No entry: the VM is not part of the initial replication; null: it never completes.
        ir === undefined ? null : ir.method,
        ir === undefined ? null : round(ir.startSeconds / 3600, 2),
        ir === undefined ? null : ir.copyEndSeconds === null ? 'never' : round(ir.copyEndSeconds / 3600, 2),
        ir === undefined ? null : ir.completeSeconds === null ? 'never' : round(ir.completeSeconds / 3600, 2),
      ],
    ];
  });
  return [header, ...rows];
}

/** The per-VM results as a CSV file's text (BOM, CRLF, formula-safe). */
export function resultsCsv(plan: Plan, result: PlanResult, style: CsvStyle = PLAIN_CSV): string {
  return toCsv(resultsTable(plan, result), style);
}

/**
 * The report's per-VM inputs: what each VM replicates and where its churn figure comes from — a
 * workload preset (a rule of thumb), a figure entered for the VM, or the customer's measurements —
 * as the plan records it (provenance, schema v3), never guessed from the numbers.
 */
import { bytesPerGB, diskChurnSource, workloadPreset, type Plan, type PlanVm } from '@/plan';
import { formatBytes } from '@/lib/format';
import { frequencyText, num, PROFILE_TEXT } from './report-format';

/** Where a VM's daily churn comes from. */
export type ChurnBasis = 'preset' | 'entered' | 'mixed' | 'measured';

export interface VmInputRow {
  id: string;
  name: string;
  count: number;
  workload: string;
  frequency: string;
  /** "4 + app-consistent every 4 h", "latest only". */
  recoveryPoints: string;
  profile: string;
  /** The profile is the workload preset's (a typical shape, not a measurement). */
  profileFromPreset: boolean;
  /** The profile was derived from measurements; `bursts`: with its 5-minute shape. */
  profileMeasured: boolean;
  bursts: boolean;
  /** Replicated disks: "2 disks, 460 GiB (238 GiB used)". */
  disks: string;
  /** Daily churn of the replicated disks, before the growth allowance: "3.5 GiB/day". */
  churn: string;
  churnBasis: ChurnBasis;
  /** "Rule of thumb: File server, 2 % of used per day" or "Entered". */
  churnNote: string;
  /** Disks left out of replication, with their churn: "Pagefile (6 GiB/day)", or "—". */
  excluded: string;
}

/**
 * From the VM's provenance record, over its replicated disks (per-disk marks such as
 * `disks[1].churnGBPerDay` say where one disk differs): one source for all, or "mixed" when a
 * rule of thumb sits beside other figures; measured beside entered figures reads as entered.
 */
function churnBasis(vm: PlanVm): ChurnBasis {
  const sources = new Set(vm.disks.flatMap((d, j) => (d.replicated ? [diskChurnSource(vm.provenance, j) ?? 'entered'] : [])));
  if (sources.size === 1 && sources.has('measured')) return 'measured';
  if (sources.size === 1 && sources.has('preset')) return 'preset';
  return sources.has('preset') ? 'mixed' : 'entered';
}

function recoveryPointsText(vm: PlanVm): string {
  if (vm.recoveryPoints === 0) return 'latest only';
  const vss = vm.appConsistentHours === null ? '' : `, app-consistent every ${vm.appConsistentHours} h`;
  return `${vm.recoveryPoints} hourly${vss}`;
}

/** One row per plan VM (a group is one row), in plan order. */
export function buildVmInputRows(plan: Plan): VmInputRow[] {
  const units = plan.units.storage;
  const gb = (x: number) => formatBytes(x * bytesPerGB(units), units);
  return plan.vms.map((vm) => {
    const preset = workloadPreset(vm.workload);
    const replicated = vm.disks.filter((d) => d.replicated);
    const excluded = vm.disks.filter((d) => !d.replicated);
    const size = replicated.reduce((a, d) => a + d.sizeGB, 0);
    const used = replicated.reduce((a, d) => a + d.usedGB, 0);
    const churn = replicated.reduce((a, d) => a + d.churnGBPerDay, 0);
    const basis = churnBasis(vm);
    const presetText = `${preset.label}, ${num(preset.churnPercentPerDay)} % of used per day`;
    return {
      id: vm.id,
      name: vm.name,
      count: vm.count,
      workload: preset.label,
      frequency: frequencyText(vm.frequencySeconds),
      recoveryPoints: recoveryPointsText(vm),
      profile: PROFILE_TEXT[vm.profile],
      profileFromPreset: vm.provenance?.profile === 'preset',
      profileMeasured: vm.provenance?.profile === 'measured',
      bursts: vm.withinHourWeights !== null,
      disks: `${replicated.length} disk${replicated.length === 1 ? '' : 's'}, ${gb(size)} (${gb(used)} used)`,
      churn: `${gb(churn)}/day`,
      churnBasis: basis,
      churnNote:
        basis === 'preset' ? `Rule of thumb: ${presetText}` : basis === 'mixed' ? `Partly rule of thumb (${presetText})` : basis === 'measured' ? measuredNote(plan) : 'Entered',
      excluded: excluded.length === 0 ? '—' : excluded.map((d) => `${d.name} (${gb(d.churnGBPerDay)}/day)`).join(', '),
    };
  });
}

/** "Measured: 95th-percentile day of each hour, 7 d from Mon, Nov 23". */
function measuredNote(plan: Plan): string {
  const m = plan.measured;
  if (!m) return 'Measured';
  const day = m.derivedFrom.day === 'average' ? `average ${m.derivedFrom.days === 'weekdays' ? 'weekday' : 'day'}` : `${m.derivedFrom.percentile}th-percentile day${m.derivedFrom.days === 'weekdays' ? ' (weekdays)' : ''}`;
  return `Measured: ${day}${m.derivedFrom.growthPercent ? ` + ${m.derivedFrom.growthPercent} % growth` : ''}`;
}

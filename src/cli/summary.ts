import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { breachingVmsText, firstBreachText, irAdviceText, irNeverText, irVmFigure, unboundedSentence, verdictOf, vmLabel, vmRpoFigure, warningMessage, worstRpoFigure } from '@/results';
import { formatBytes, formatClock, formatDuration, formatMbps } from '@/lib/format';

const pad = (text: string, width: number) => text.padEnd(width);
const mbpsOrNever = (x: number | null) => (x === null ? 'not reachable by uplink alone' : formatMbps(x));

/** The readable summary the CLI prints with `--format text`. */
export function textSummary(plan: Plan, result: PlanResult): string {
  const units = plan.units.storage;
  const bw = result.bandwidth;
  const req = bw.requiredUplinkMbps;
  const verdict = verdictOf(plan, result);
  const lines: string[] = [];
  const add = (...xs: string[]) => lines.push(...xs);

  add(`Replica Planner — ${plan.name}`, '');
  add(`Verdict: ${verdict.title}.`, `  ${verdict.detail}`, '');
  add(
    `Uplink: ${formatMbps(plan.link.uplinkMbps)} now, ${formatMbps(bw.effectiveCapacityMbps)} usable by replication (share, efficiency, stream caps)`,
    `  Average demand ${formatMbps(bw.averageDemandMbps)}, busiest hour ${formatMbps(bw.peakHourDemandMbps)} at ${formatClock(bw.peakHour * 3600)}; ${formatBytes(bw.monthlyTransferBytes, units)} a month on the wire`,
    `  ${pad('Needed to keep up (stable):', 44)}${mbpsOrNever(req.stable)}`,
    `  ${pad(`Needed within the ${formatDuration(result.failureWindow.windowSeconds)} failure window:`, 44)}${mbpsOrNever(req.withinFailureWindow)}`,
    `  ${pad('Needed to never miss a cycle:', 44)}${mbpsOrNever(req.noMissedCycles)}`,
  );
  if (plan.replication.targetRpoMinutes !== null) {
    add(`  ${pad(`Needed for the ${plan.replication.targetRpoMinutes} min target RPO:`, 44)}${mbpsOrNever(req.targetRpo)}`);
  }
  if (bw.excludedDisksSavingMbps > 0) add(`  Excluded disks save ${formatMbps(bw.excludedDisksSavingMbps)} on average`);
  if (bw.recommendedMaxActiveTransfers !== null) {
    add(`  MaximumActiveTransfers: ${bw.maxActiveTransfers} now, ${bw.recommendedMaxActiveTransfers} recommended`);
  }
  add('');
  add(
    result.rpo.unbounded
      ? `Worst RPO: ${worstRpoFigure(result).toUpperCase()}. ${unboundedSentence(result) ?? ''}`
      : `Worst RPO: ${worstRpoFigure(result)} (${vmLabel(result, result.rpo.worstVmId)}); average ${formatDuration(result.rpo.averageSeconds)}`,
    `Cycles on time: ${result.cycles.onTimePercent.toFixed(1)} % (${result.cycles.missed} of ${result.cycles.total} missed on the worst simulated day)`,
  );
  const fw = result.failureWindow;
  add(
    fw.breached
      ? `Failure window (${formatDuration(fw.windowSeconds)}): BREACHED by ${breachingVmsText(result)}, first ${firstBreachText(result) ?? ''} (${vmLabel(result, fw.firstBreachVmId)})`
      : `Failure window (${formatDuration(fw.windowSeconds)}): never breached`,
    '',
    'Per VM:',
    `  ${pad('VM', 18)}${pad('worst RPO', 24)}${pad('missed', 12)}${pad('health', 10)}${pad('protected', 12)}breach`,
  );
  for (const vm of result.vms) {
    const breach = vm.failureWindowBreach ? `${formatClock(vm.failureWindowBreach.atSeconds)} (waits ${formatDuration(vm.failureWindowBreach.delaySeconds)})` : '—';
    const name = vm.count > 1 ? `${vm.name} ×${vm.count}` : vm.name;
    const protectedAfter = irVmFigure(result.initialReplication.vms.find((v) => v.id === vm.id)?.completeSeconds);
    add(`  ${pad(name.slice(0, 17), 18)}${pad(vmRpoFigure(result, vm), 24)}${pad(`${vm.missedCycles}/${vm.cycles}`, 12)}${pad(vm.health, 10)}${pad(protectedAfter, 12)}${breach}`);
  }
  const r = result.storage.replica;
  const p = result.storage.primary;
  add(
    '',
    `Replica storage: ${formatBytes(r.totalBytes, units)} (base ${formatBytes(r.baseBytes, units)}, recovery points ${formatBytes(r.recoveryPointBytes, units)}, in-flight logs ${formatBytes(r.inFlightBytes, units)}, extended site ${formatBytes(r.extendedBytes, units)}, headroom ${formatBytes(r.headroomBytes, units)})`,
    `Primary free space: peak pending logs ${formatBytes(p.peakPendingLogBytes, units)}; worst-case reserve ${formatBytes(p.deltaReserveBytes, units)} (delta), ${formatBytes(p.initialReplicationReserveBytes, units)} (initial replication)`,
  );
  const ir = result.initialReplication;
  add(`Initial replication: ${ir.totalSeconds === null ? `NEVER COMPLETES. ${irNeverText(result) ?? ''}` : `every VM protected after ${formatDuration(ir.totalSeconds)}`}`);
  const advice = irAdviceText(result);
  if (advice) add(`  ${advice}`);
  if (result.extended) {
    const e = result.extended;
    add(`Extended hop: ${e.stable ? 'keeps up' : 'CANNOT KEEP UP'}; worst end-to-end RPO ${formatDuration(e.worstRpoSeconds)} (${vmLabel(result, e.worstVmId)}); needs ${mbpsOrNever(e.requiredUplinkMbpsStable)}`);
  }
  add('', result.warnings.length ? 'Warnings:' : 'Warnings: none');
  for (const w of result.warnings) add(`  [${w.severity}] ${warningMessage(w)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * SPEC §5.6 for one plan: the timeline (`ir-timeline.ts`) of every method, read as per-VM figures,
 * and the offline advice decided in the same model as what happens when the user follows it.
 */
import type { InitialReplicationMethod, Plan } from '@/plan/core';
import type { Copy } from './ir-copies';
import { runTimeline, type IrLink, type IrSettings, type IrTimeline } from './ir-timeline';
import type { VmModel } from './model';
import type { InitialReplicationPhase, InitialReplicationRecommendation, InitialReplicationResult, InitialReplicationVm } from './types';
import { SECONDS_PER_DAY } from './units';

/** Per-VM figures (a group reports its first start and its last finish) and the phases for the timeline. */
function vmFigures(vms: readonly VmModel[], timeline: IrTimeline, methodOf: (v: number) => InitialReplicationMethod): InitialReplicationVm[] {
  const byVm: Copy[][] = vms.map(() => []);
  for (const c of timeline.copies) byVm[c.v]!.push(c);
  return vms.map((vm, v) => {
    const mine = byVm[v]!;
    const method = methodOf(v);
    const maxOrNull = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : Math.max(0, ...(xs as number[])));
    const minOf = (xs: number[]) => (xs.length ? Math.min(...xs) : 0);
    const start = minOf(mine.map((c) => c.start));
    const copyEnd = maxOrNull(mine.map((c) => c.copyEnd));
    const complete = maxOrNull(mine.map((c) => c.complete));
    const phases: InitialReplicationPhase[] = [];
    if (method === 'offline') {
      const exportEnd = Math.max(...mine.map((c) => c.exportEnd));
      const importStart = minOf(mine.map((c) => c.importStart));
      phases.push({ kind: 'export', startSeconds: start, endSeconds: exportEnd });
      phases.push({ kind: 'shipping', startSeconds: exportEnd, endSeconds: importStart });
      phases.push({ kind: 'import', startSeconds: importStart, endSeconds: copyEnd });
    } else {
      phases.push({ kind: method === 'seed' ? 'read' : 'copy', startSeconds: start, endSeconds: copyEnd });
    }
    if (copyEnd !== null) phases.push({ kind: 'catch-up', startSeconds: copyEnd, endSeconds: complete });
    return {
      id: vm.id,
      method,
      wireBytes: mine.reduce((s, c) => s + c.wire, 0),
      startSeconds: start,
      durationSeconds: copyEnd === null ? null : copyEnd - start,
      copyEndSeconds: copyEnd,
      loggedDuringBytes: Math.max(0, ...mine.map((c) => c.logged)),
      catchUpSeconds: copyEnd === null || complete === null ? null : complete - copyEnd,
      completeSeconds: complete,
      resyncRisk: vm.replicatedSizeBytes > 0 && mine.some((c) => c.peakPendingRaw >= 0.5 * vm.replicatedSizeBytes), // [RESYNC] 50 % rule
      peakPendingLogBytes: Math.max(0, ...mine.map((c) => c.peakPendingRaw)),
      phases,
      offlineAlternativeSeconds: null,
    };
  });
}

/** Resolve the settings of §5.6 from a plan. */
export function irSettings(plan: Plan, link: IrLink): IrSettings {
  const ir = plan.initialReplication;
  return {
    startHour: ir.startHour,
    copyRatio: plan.replication.compression ? ir.compressionRatio : 1,
    concurrent: Math.max(1, ir.concurrentVms ?? link.maxActiveTransfers),
    shippingSeconds: ir.offlineShippingDays * SECONDS_PER_DAY,
    mediaBytesPerSecond: ir.mediaWriteMBps * 1e6,
    order: ir.order,
    skipRepeatingDays: true,
  };
}

/** Worse-or-equal ordering of outcomes: later total (never = ∞), then more VMs at resync risk. */
function outcomeKey(total: number | null, risky: number): [number, number] {
  return [total ?? Infinity, risky];
}
const better = (a: [number, number], b: [number, number]) => a[0] < b[0] * (1 - 1e-9) || (a[0] <= b[0] && a[1] < b[1]);

/**
 * Which network VMs to ship on disk, decided in the same model as what happens when the user
 * follows the advice: candidates are the network VMs a lone shipment could protect sooner, latest
 * first; prefixes of 1, 2, 4, … of them and the whole list are run, the best is recommended when it
 * protects the plan sooner (or with fewer VMs at resync risk).
 */
function recommendOffline(
  vms: readonly VmModel[],
  methodOf: (v: number) => InitialReplicationMethod,
  settings: IrSettings,
  link: IrLink,
  base: { total: number | null; figures: InitialReplicationVm[] },
): { recommendation: InitialReplicationRecommendation | null; alternatives: Map<string, number | null> } {
  const none = { recommendation: null, alternatives: new Map<string, number | null>() };
  const loneShipment = (vm: VmModel) => (2 * vm.replicatedUsedBytes * vm.count) / settings.mediaBytesPerSecond + settings.shippingSeconds;
  const candidates = vms
    .map((vm, v) => ({ vm, v, fig: base.figures[v]! }))
    .filter(({ vm, v, fig }) => methodOf(v) === 'network' && vm.replicatedUsedBytes > 0 && (fig.completeSeconds === null || fig.resyncRisk || loneShipment(vm) < fig.completeSeconds))
    .sort((a, b) => (b.fig.completeSeconds ?? Infinity) - (a.fig.completeSeconds ?? Infinity) || a.v - b.v);
  if (!candidates.length) return none;
  const sizes = new Set<number>();
  for (let k = 1; k < candidates.length; k *= 2) sizes.add(k);
  sizes.add(candidates.length);
  let best: { key: [number, number]; ship: Set<number>; timeline: IrTimeline; figures: InitialReplicationVm[] } | null = null;
  const baseKey = outcomeKey(base.total, base.figures.filter((f) => f.resyncRisk).length);
  for (const k of [...sizes].sort((a, b) => a - b)) {
    const ship = new Set(candidates.slice(0, k).map((c) => c.v));
    const method = (v: number): InitialReplicationMethod => (ship.has(v) ? 'offline' : methodOf(v));
    // Only a total at or below the best so far can win (`better`): a run past it stops there.
    const timeline = runTimeline(vms, method, settings, link, (best?.key ?? baseKey)[0]);
    if (timeline.gaveUp) continue;
    const figures = vmFigures(vms, timeline, method);
    const key = outcomeKey(timeline.total, figures.filter((f) => f.resyncRisk).length);
    if (better(key, best?.key ?? baseKey)) best = { key, ship, timeline, figures };
  }
  if (!best) return none;
  const alternatives = new Map<string, number | null>();
  best.figures.forEach((f, v) => {
    if (best!.ship.has(v)) alternatives.set(f.id, f.completeSeconds);
  });
  return {
    recommendation: {
      offlineVmIds: [...best.ship].sort((a, b) => a - b).map((v) => vms[v]!.id),
      totalSeconds: best.timeline.total,
      savedSeconds: base.total === null || best.timeline.total === null ? null : base.total - best.timeline.total,
    },
    alternatives,
  };
}

/** SPEC §5.6 for one plan: every method on one timeline, and the offline advice in the same model. */
export function initialReplication(plan: Plan, vms: readonly VmModel[], link: IrLink): InitialReplicationResult {
  const settings = irSettings(plan, link);
  const methodOf = (v: number): InitialReplicationMethod => plan.vms[v]!.initialReplication ?? plan.initialReplication.method;
  const timeline = runTimeline(vms, methodOf, settings, link);
  const figures = vmFigures(vms, timeline, methodOf);
  const { recommendation, alternatives } = recommendOffline(vms, methodOf, settings, link, { total: timeline.total, figures });
  return {
    totalSeconds: timeline.total,
    vms: figures.map((f) => ({ ...f, offlineAlternativeSeconds: alternatives.get(f.id) ?? null })),
    recommendOffline: recommendation !== null,
    recommendation,
    order: settings.order,
    concurrentCopies: settings.concurrent,
  };
}

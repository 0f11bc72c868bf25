import type { InitialReplicationMethod, Plan } from '@/plan';
import { rawWrittenUntil, type VmModel } from './model';
import type { InitialReplicationResult, InitialReplicationVm } from './types';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';

export interface IrLink {
  /** Mean capacity replication may use, bytes/s. */
  capacityBytesPerSecond: number;
  /** Per-transfer cap, bytes/s (Infinity = none). */
  streamCapBytesPerSecond: number;
  maxActiveTransfers: number;
  /** Wire ÷ raw for delta replication (catch-up). */
  deltaWireRatio: number;
}

interface CopyOutcome {
  start: number;
  duration: number | null;
  logged: number;
  catchUp: number | null;
  complete: number | null;
  resyncRisk: boolean;
  wire: number;
}

/** Raw churn of one copy over [start, start + duration), following the profile when the start hour is known. */
function churnDuring(vm: VmModel, startHour: number | null, start: number, duration: number): number {
  if (startHour === null) return (vm.rawBytesPerDay * duration) / SECONDS_PER_DAY; // "now": the daily average
  const t0 = startHour * SECONDS_PER_HOUR + start;
  return rawWrittenUntil(vm, t0 + duration) - rawWrittenUntil(vm, t0);
}

/** Delta wire demand of one copy, bytes/s. */
const deltaDemand = (vm: VmModel, link: IrLink) => (vm.rawBytesPerDay * link.deltaWireRatio) / SECONDS_PER_DAY;

/** After the copy: send what was logged meanwhile while keeping up with new writes (F6 catch-up). */
function finish(vm: VmModel, link: IrLink, rate: number, start: number, duration: number | null, logged: number, wire: number): CopyOutcome {
  const resyncRisk = logged >= 0.5 * vm.replicatedSizeBytes && vm.replicatedSizeBytes > 0; // [RESYNC] 50 % rule
  if (duration === null) return { start, duration, logged, catchUp: null, complete: null, resyncRisk, wire };
  const spare = rate - deltaDemand(vm, link);
  const backlog = logged * link.deltaWireRatio;
  const catchUp = backlog <= 0 ? 0 : spare > 0 ? backlog / spare : null;
  return { start, duration, logged, catchUp, complete: catchUp === null ? null : start + duration + catchUp, resyncRisk, wire };
}

/** SPEC §5.6 for one plan: network copies in batches, offline and seeded copies in parallel. */
export function initialReplication(plan: Plan, vms: readonly VmModel[], link: IrLink): InitialReplicationResult {
  const ir = plan.initialReplication;
  const irRatio = plan.replication.compression ? ir.compressionRatio : 1;
  const batchSize = ir.concurrentVms ?? link.maxActiveTransfers;
  const mediaBytesPerSecond = ir.mediaWriteMBps * 1e6;
  const methodOf = (v: number): InitialReplicationMethod => plan.vms[v]!.initialReplication ?? ir.method;

  const copies: { v: number }[] = [];
  vms.forEach((vm, v) => {
    for (let c = 0; c < vm.count; c++) copies.push({ v });
  });
  const totalDemand = copies.reduce((s, c) => s + deltaDemand(vms[c.v]!, link), 0);

  // Offline and seeded copies catch up together over what the others' delta traffic leaves.
  const parallel = copies.filter((c) => methodOf(c.v) !== 'network');
  const parallelRate = (vm: VmModel) =>
    Math.min(link.streamCapBytesPerSecond, Math.max(0, link.capacityBytesPerSecond - totalDemand + deltaDemand(vm, link)) / Math.max(1, parallel.length));

  const offlineRoute = (vm: VmModel): CopyOutcome => {
    const transfer = (2 * vm.replicatedUsedBytes) / mediaBytesPerSecond; // export + import [OOBIR]
    const duration = transfer + ir.offlineShippingDays * SECONDS_PER_DAY;
    return finish(vm, link, parallelRate(vm), 0, duration, churnDuring(vm, null, 0, duration), 0);
  };
  const seedRoute = (vm: VmModel): CopyOutcome => {
    // Both sides read the full provisioned size (block compare, like resync) [EXISTVM] [RESYNC],
    // then the blocks changed since the seed was taken — one day of churn — cross the WAN.
    const rate = parallelRate(vm);
    const wire = vm.rawBytesPerDay * link.deltaWireRatio;
    const read = vm.replicatedSizeBytes / mediaBytesPerSecond;
    const duration = wire <= 0 ? read : rate > 0 ? read + wire / rate : null;
    return finish(vm, link, rate, 0, duration, duration === null ? 0 : churnDuring(vm, null, 0, duration), wire);
  };

  const outcomes: CopyOutcome[] = new Array(copies.length);
  // Network copies: batches of `batchSize` in plan order; each batch after the previous one is
  // protected, over the capacity left by the delta traffic of protected VMs [ASR-DP-RPT].
  const network = copies.map((c, k) => ({ ...c, k })).filter((c) => methodOf(c.v) === 'network');
  let batchStart: number | null = 0;
  let protectedDemand = 0;
  for (let b = 0; b < network.length; b += batchSize) {
    const batch = network.slice(b, b + batchSize);
    let batchEnd: number | null = batchStart;
    for (const { v, k } of batch) {
      const vm = vms[v]!;
      const wire = vm.replicatedUsedBytes * irRatio;
      if (batchStart === null) {
        outcomes[k] = { start: 0, duration: null, logged: 0, catchUp: null, complete: null, resyncRisk: false, wire };
        continue;
      }
      const rate = Math.min(link.streamCapBytesPerSecond, Math.max(0, link.capacityBytesPerSecond - protectedDemand) / batch.length);
      // Capacity left at or below the VM's own churn: the copy never finishes (SPEC §5.6).
      const duration = rate > deltaDemand(vm, link) ? wire / rate : null;
      const logged = duration === null ? 0 : churnDuring(vm, ir.startHour, batchStart, duration);
      const outcome = finish(vm, link, rate, batchStart, duration, logged, wire);
      outcomes[k] = outcome;
      batchEnd = outcome.complete === null || batchEnd === null ? null : Math.max(batchEnd, outcome.complete);
    }
    for (const { v } of batch) protectedDemand += deltaDemand(vms[v]!, link);
    batchStart = batchEnd;
  }
  copies.forEach((c, k) => {
    const method = methodOf(c.v);
    if (method === 'offline') outcomes[k] = offlineRoute(vms[c.v]!);
    if (method === 'seed') outcomes[k] = seedRoute(vms[c.v]!);
  });

  let recommendOffline = false;
  const result: InitialReplicationVm[] = vms.map((vm, v) => {
    const mine = outcomes.filter((_, k) => copies[k]!.v === v);
    const method = methodOf(v);
    const offline = method === 'network' ? offlineRoute(vm) : null;
    const maxOrNull = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : Math.max(0, ...(xs as number[])));
    const complete = maxOrNull(mine.map((o) => o.complete));
    const resyncRisk = mine.some((o) => o.resyncRisk);
    if (offline && offline.complete !== null && (complete === null || offline.complete < complete || (resyncRisk && !offline.resyncRisk))) {
      recommendOffline = true;
    }
    return {
      id: vm.id,
      method,
      wireBytes: mine.reduce((s, o) => s + o.wire, 0),
      startSeconds: Math.min(...mine.map((o) => o.start)),
      durationSeconds: maxOrNull(mine.map((o) => o.duration)),
      loggedDuringBytes: Math.max(0, ...mine.map((o) => o.logged)),
      catchUpSeconds: maxOrNull(mine.map((o) => o.catchUp)),
      completeSeconds: complete,
      resyncRisk,
      offlineAlternativeSeconds: offline?.complete ?? null,
    };
  });
  const completes = result.map((r) => r.completeSeconds);
  return {
    totalSeconds: completes.some((c) => c === null) ? null : Math.max(0, ...(completes as number[])),
    vms: result,
    recommendOffline,
  };
}

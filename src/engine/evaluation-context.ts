/**
 * What every part of one evaluation shares (the plan's VM models, wire ratio, link limits), and
 * the independent heavy parts that need nothing else: the detailed day at the plan's uplink, the
 * extended hop and initial replication. `evaluatePlan` runs them one after another; the worker
 * pool (`evaluate-with.ts`) runs them side by side.
 */
import type { Plan } from '@/plan/core';
import { makeHopRunner, requiredStableUplink } from './bandwidth';
import { initialReplication } from './initial-replication';
import { buildLinkModel, buildVmModel, capacityByHourMbps, resolvedMaxActiveTransfers, streamCapMbps, wireRatio, type VmModel } from './model';
import { simulate, type SimResult } from './simulate';
import type { InitialReplicationResult } from './types';
import { mbpsToBytesPerSecond } from './units';

export interface EvaluationContext {
  plan: Plan;
  /** One model per plan VM, in plan order. */
  vms: VmModel[];
  /** Wire bytes ÷ raw bytes. */
  ratio: number;
  maxActive: number;
  /** The link's capacity by hour of day, Mbps. */
  capacityByHour: number[];
  /** Per-stream cap, Mbps; null = none. */
  streamCap: number | null;
  /** Capacity the transfers can use by hour (capacity, capped by streams × per-stream cap), Mbps. */
  usableByHour: number[];
  windowSeconds: number;
  /** Target RPO, seconds; null = none. */
  targetSeconds: number | null;
  /** False when some VM's interval alone already exceeds the target: no uplink meets it. */
  targetReachable: boolean;
}

/** Build the shared context of one evaluation (cheap: no simulation). */
export function evaluationContext(plan: Plan): EvaluationContext {
  const vms = plan.vms.map((vm, i) => buildVmModel(plan, vm, i));
  const maxActive = resolvedMaxActiveTransfers(plan);
  const capacityByHour = capacityByHourMbps(plan.link);
  const streamCap = streamCapMbps(plan.link);
  const targetSeconds = plan.replication.targetRpoMinutes === null ? null : plan.replication.targetRpoMinutes * 60;
  return {
    plan,
    vms,
    ratio: wireRatio(plan),
    maxActive,
    capacityByHour,
    streamCap,
    usableByHour: capacityByHour.map((c) => (streamCap === null ? c : Math.min(c, maxActive * streamCap))),
    windowSeconds: plan.replication.failureWindowMinutes * 60,
    targetSeconds,
    // RPO ≥ T + transfer time: a target at or below some VM's interval is out of reach at any uplink.
    targetReachable: targetSeconds === null || vms.every((vm) => (vm.rawBytesPerDay > 0 ? vm.frequencySeconds < targetSeconds : vm.frequencySeconds <= targetSeconds)),
  };
}

/** The day as it is, in detail (series, pending logs, growth), at the plan's own uplink. */
export function simulateMain(ctx: EvaluationContext): SimResult {
  const { plan, vms, ratio, windowSeconds } = ctx;
  return simulate({ vms, link: buildLinkModel(plan, plan.link), wireRatio: ratio, failureWindowSeconds: windowSeconds, detail: true });
}

/** A fresh hop-1 runner: every search and what-if point of the plan's own link goes through one. */
export function mainHopRunner(ctx: EvaluationContext) {
  return makeHopRunner(ctx.plan, ctx.vms, ctx.plan.link, ctx.ratio);
}

/** SPEC §5.7: initial replication over the usable link. */
export function initialReplicationOf(ctx: EvaluationContext): InitialReplicationResult {
  const irLink = {
    capacityByHourBytesPerSecond: ctx.usableByHour.map(mbpsToBytesPerSecond),
    streamCapBytesPerSecond: ctx.streamCap === null ? Infinity : mbpsToBytesPerSecond(ctx.streamCap),
    maxActiveTransfers: ctx.maxActive,
    deltaWireRatio: ctx.ratio,
  };
  return initialReplication(ctx.plan, ctx.vms, irLink);
}

/** What the extended hop's own simulation answers (plain data; combined with hop 1 in the result). */
export interface ExtendedHop {
  stable: boolean;
  vmsBreaching: number;
  /** Worst lag of each plan VM on the second hop, seconds. */
  perVmWorst: number[];
  dailyWireBytes: number;
  /** Smallest stable uplink of the second hop, Mbps; null = unreachable or not searched. */
  requiredUplinkMbpsStable: number | null;
}

/** The replica → extended-replica hop: the same churn, its own frequency and link [EXTEND]. */
export function runExtendedHop(ctx: EvaluationContext, searches: boolean): ExtendedHop {
  const ext = ctx.plan.extended!;
  const runner = makeHopRunner(ctx.plan, ctx.vms, ext.link, ctx.ratio, ext.frequencySeconds);
  const hop2 = runner.runFull(ext.link.uplinkMbps);
  return {
    stable: hop2.stable,
    vmsBreaching: hop2.vmsBreaching,
    perVmWorst: hop2.vms.map((s) => s.worstRpoSeconds),
    dailyWireBytes: runner.dailyWireBytes,
    requiredUplinkMbpsStable: searches ? requiredStableUplink(runner) : null,
  };
}

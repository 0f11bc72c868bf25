/**
 * The copies of SPEC §5.6's initial-replication timeline (`ir-timeline.ts`): one record per copy of a
 * plan VM (a group of n is n copies), built with its fixed media schedule — offline exports one
 * after another, one shipment, imports one after another; seed reads of the provisioned size.
 */
import type { InitialReplicationMethod } from '@/plan/core';
import type { IrLink, IrSettings } from './ir-timeline';
import type { VmModel } from './model';

/** Relative slack when comparing event times and remaining bytes (floating-point noise). */
export const EPS = 1e-9;

/** Where a copy stands on the timeline. */
export const Phase = {
  Waiting: 0, // network copy in the queue, or offline copy not yet exported
  Copying: 1, // network copy on the wire
  Media: 2, // export / shipping / import, or seed read: off the wire, on a fixed schedule
  CatchingUp: 3,
  Protected: 4,
  Never: 5,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** One copy of a plan VM (a group of n is n copies). */
export interface Copy {
  v: number;
  method: InitialReplicationMethod;
  phase: Phase;
  /** Wire bytes of the copy still to send (network). */
  remaining: number;
  /** Wire bytes of the catch-up still to send. */
  backlog: number;
  /** Raw bytes logged since tracking began (the start of the copy, export or read). */
  logged: number;
  peakPendingRaw: number;
  /** Highest catch-up backlog, wire bytes (÷ ratio into peakPendingRaw when the run ends: division keeps order). */
  peakBacklog: number;
  /** The catch-up is done when its backlog is at or below this (floating-point slack on what it had to send), wire bytes. */
  doneBelow: number;
  /** Raw write rate of the copy's VM at the hour being stepped, bytes/s (kept while on the wire). */
  rawNow: number;
  start: number;
  copyEnd: number | null;
  complete: number | null;
  /** Offline: export start/end, import start/end; seed: read end (in mediaEnd). */
  exportEnd: number;
  importStart: number;
  mediaEnd: number;
  /** Wire bytes of the copy itself (network: used × ratio; seed: one day of churn). */
  wire: number;
  /** remaining, backlog and logged a day ago (hour-by-hour rates: whole days that repeat are skipped). */
  markRemaining: number;
  markBacklog: number;
  markLogged: number;
  /** Lowest remaining (copying) or backlog (catching up) since the mark. */
  dayMin: number;
}

/** Build the copies with their fixed media schedule (offline export/shipping/import, seed read). */
export function buildCopies(vms: readonly VmModel[], methodOf: (v: number) => InitialReplicationMethod, settings: IrSettings, link: IrLink): Copy[] {
  const copies: Copy[] = [];
  vms.forEach((vm, v) => {
    for (let c = 0; c < vm.count; c++) {
      const method = methodOf(v);
      copies.push({
        v,
        method,
        phase: Phase.Waiting,
        remaining: method === 'network' ? vm.replicatedUsedBytes * settings.copyRatio : 0,
        backlog: 0,
        logged: 0,
        peakPendingRaw: 0,
        peakBacklog: 0,
        doneBelow: 0,
        rawNow: 0,
        start: 0,
        copyEnd: null,
        complete: null,
        exportEnd: 0,
        importStart: 0,
        mediaEnd: 0,
        wire:
          method === 'network'
            ? vm.replicatedUsedBytes * settings.copyRatio
            : method === 'seed'
              ? vm.rawBytesPerDay * link.deltaWireRatio
              : 0,
        markRemaining: 0,
        markBacklog: 0,
        markLogged: 0,
        dayMin: 0,
      });
    }
  });
  const ordered = (method: InitialReplicationMethod) => {
    const list = copies.filter((c) => c.method === method);
    if (settings.order === 'smallest-first') list.sort((a, b) => vms[a.v]!.replicatedUsedBytes - vms[b.v]!.replicatedUsedBytes);
    return list;
  };
  // Offline: exports one after another, one shipment when the last export is done, imports one
  // after another on arrival [OOBIR].
  const offline = ordered('offline');
  let t = 0;
  for (const c of offline) {
    c.start = t;
    t += vms[c.v]!.replicatedUsedBytes / settings.mediaBytesPerSecond;
    c.exportEnd = t;
  }
  t += settings.shippingSeconds;
  for (const c of offline) {
    c.importStart = t;
    t += vms[c.v]!.replicatedUsedBytes / settings.mediaBytesPerSecond;
    c.mediaEnd = t;
  }
  // Seed: both sides read the full provisioned size (block compare) [EXISTVM] [RESYNC].
  for (const c of copies) {
    if (c.method === 'seed') c.mediaEnd = vms[c.v]!.replicatedSizeBytes / settings.mediaBytesPerSecond;
  }
  return copies;
}

/** Relative slack on what a catch-up had to send (its log × ratio and the copy's own wire bytes). */
export function catchUpDoneBelow(c: Copy, ratio: number): number {
  return EPS * Math.max(1, c.logged * ratio + c.wire);
}

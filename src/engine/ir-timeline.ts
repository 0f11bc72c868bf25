/**
 * SPEC §5.6 (revised): initial replication as a fluid, work-conserving queue on one timeline.
 *
 * - Network copies wait in a queue (plan order or smallest first); at most K copy at once and the
 *   next starts the moment one finishes.
 * - Offline copies are exported one after another at the media speed, travel in one shipment and
 *   are imported one after another; seeded copies read their provisioned size (both sides at once).
 * - Every copy that has finished its copy/import/read then catches up: it sends what was logged
 *   meanwhile (× delta ratio) while its new writes keep coming. It is protected when that backlog is
 *   gone; from then on its delta demand comes first, out of the capacity.
 * - Active copies and catch-ups share what protected VMs leave (`spare`) equally, each capped by the
 *   per-transfer limit. Between events every rate is constant, so the timeline is exact.
 * - "Never" only when nothing left can make progress (no event ahead, or a whole day without a
 *   change while no active transfer gains ground over a day).
 */
import type { InitialReplicationMethod, InitialReplicationOrder } from '@/plan/core';
import { buildCopies, catchUpDoneBelow, EPS, Phase, type Copy } from './ir-copies';
import { rawWrittenUntil, type VmModel } from './model';
import { HOURS_PER_DAY, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';

export interface IrLink {
  /** Capacity replication may use per hour of the day, bytes/s (share, efficiency and stream caps applied). */
  capacityByHourBytesPerSecond: readonly number[];
  /** Per-transfer cap, bytes/s (Infinity = none). */
  streamCapBytesPerSecond: number;
  maxActiveTransfers: number;
  /** Wire ÷ raw for delta replication (catch-up). */
  deltaWireRatio: number;
}

/** Everything the timeline needs besides the VMs: resolved from the plan once. */
export interface IrSettings {
  /** Hour of day the network copy starts; null = "now", rates are daily means. */
  startHour: number | null;
  /** Wire ÷ raw of the copy itself. */
  copyRatio: number;
  /** K: network copies at once. */
  concurrent: number;
  shippingSeconds: number;
  mediaBytesPerSecond: number;
  order: InitialReplicationOrder;
  /** Apply whole repeating days at once (exact; off only to test that it is). */
  skipRepeatingDays: boolean;
}

/** Nothing is simulated past this: a plan still unprotected after ten years is reported as never. */
const HORIZON_SECONDS = 3650 * SECONDS_PER_DAY;
/** Rates of one VM (per copy) at a given hour: raw writes and delta wire demand, bytes/s. */
function rawRateAt(vm: VmModel, hour: number | null): number {
  return hour === null ? vm.rawBytesPerDay / SECONDS_PER_DAY : vm.rawRate[hour]!;
}

/** Hour of the day at `t` seconds after the start, or null when rates are daily means. */
function hourAt(settings: IrSettings, t: number): number | null {
  if (settings.startHour === null) return null;
  return Math.floor(settings.startHour + t / SECONDS_PER_HOUR + EPS) % HOURS_PER_DAY;
}

/** Capacity at an hour (daily mean when null). */
function capacityAt(link: IrLink, hour: number | null): number {
  if (hour !== null) return link.capacityByHourBytesPerSecond[hour]!;
  return link.capacityByHourBytesPerSecond.reduce((a, b) => a + b, 0) / HOURS_PER_DAY;
}

/** Seconds until the next hour boundary after `t` (Infinity in daily-mean mode). */
function untilNextHour(settings: IrSettings, t: number): number {
  if (settings.startHour === null) return Infinity;
  const into = (settings.startHour * SECONDS_PER_HOUR + t) % SECONDS_PER_HOUR;
  const left = SECONDS_PER_HOUR - into;
  return left < EPS * SECONDS_PER_HOUR ? SECONDS_PER_HOUR : left;
}

export interface IrTimeline {
  copies: Copy[];
  /** Whole plan protected; null = never (or not before `giveUpAfter`). */
  total: number | null;
  /** Stopped at `giveUpAfter`: the copies' figures are only how far it got. */
  gaveUp: boolean;
}

/** Raw bytes a VM writes in [a, b) seconds after the start: by the hour when the start hour is set. */
function rawBetween(vm: VmModel, settings: IrSettings, a: number, b: number): number {
  if (settings.startHour === null) return (vm.rawBytesPerDay * (b - a)) / SECONDS_PER_DAY;
  const t0 = settings.startHour * SECONDS_PER_HOUR;
  return rawWrittenUntil(vm, t0 + b) - rawWrittenUntil(vm, t0 + a);
}

/**
 * Run the shared-capacity timeline to the end (SPEC §5.6). Work per event is proportional to the
 * transfers on the wire (≤ K copies plus the catch-ups), not to the plan: protected VMs' demand is
 * kept as running sums per hour, the media schedule as a sorted list.
 */
export function runTimeline(
  vms: readonly VmModel[],
  methodOf: (v: number) => InitialReplicationMethod,
  settings: IrSettings,
  link: IrLink,
  /** Stop (total null, `gaveUp`) once the plan cannot be protected by this time: an alternative that is already worse. */
  giveUpAfter = Infinity,
): IrTimeline {
  const copies = buildCopies(vms, methodOf, settings, link);
  const ratio = link.deltaWireRatio;
  const network = copies.filter((c) => c.method === 'network');
  const queue = settings.order === 'smallest-first' ? network.sort((a, b) => a.remaining - b.remaining) : network;
  // Media: each off-the-wire copy ends its export/import or read at a fixed time.
  const media = copies.filter((c) => c.method !== 'network').sort((a, b) => a.mediaEnd - b.mediaEnd);
  const hourly = settings.startHour !== null;
  /** Delta wire demand of protected copies, per hour of the day (daily mean in [0] when not hourly). */
  const protectedDemand = new Float64Array(HOURS_PER_DAY);
  const onWire: Copy[] = []; // copying or catching up
  let nextInQueue = 0;
  let nextMedia = 0;
  let copying = 0;
  let unprotected = copies.length;
  let t = 0;
  let lastChange = 0;

  const protect = (c: Copy) => {
    c.phase = Phase.Protected;
    c.complete = t;
    c.backlog = 0;
    unprotected--;
    lastChange = t;
    const vm = vms[c.v]!;
    if (hourly) for (let h = 0; h < HOURS_PER_DAY; h++) protectedDemand[h] = protectedDemand[h]! + vm.rawRate[h]! * ratio;
    else protectedDemand[0] = protectedDemand[0]! + (vm.rawBytesPerDay / SECONDS_PER_DAY) * ratio;
  };
  /** The copy, export/import or read of `c` is done: protected at once, or catching up (true: it goes on the wire). */
  const beginCatchUp = (c: Copy, extraWire: number): boolean => {
    c.copyEnd = t;
    c.backlog = c.logged * ratio + extraWire;
    c.peakPendingRaw = Math.max(c.peakPendingRaw, c.logged);
    lastChange = t;
    if (c.backlog <= 0) {
      protect(c);
      return false;
    }
    c.phase = Phase.CatchingUp;
    c.doneBelow = catchUpDoneBelow(c, ratio);
    return true;
  };
  // The hour whose write rates the copies on the wire hold in `rawNow` (undefined: none yet).
  let rateHour: number | null | undefined;
  const goOnWire = (c: Copy) => {
    c.rawNow = rateHour === undefined ? 0 : rawRateAt(vms[c.v]!, rateHour);
    onWire.push(c);
  };
  const startCopies = () => {
    while (copying < settings.concurrent && nextInQueue < queue.length) {
      const c = queue[nextInQueue++]!;
      c.phase = Phase.Copying;
      c.start = t;
      copying++;
      goOnWire(c);
      lastChange = t;
    }
  };
  /** Media copies whose export/import or read ends by `t`: they log from their start, then catch up. */
  const endMedia = () => {
    while (nextMedia < media.length && media[nextMedia]!.mediaEnd <= t * (1 + EPS) + EPS) {
      const c = media[nextMedia++]!;
      c.logged = rawBetween(vms[c.v]!, settings, c.start, c.mediaEnd); // tracking began with the export or read
      if (beginCatchUp(c, c.wire)) goOnWire(c); // seed: one day of changed blocks crosses the WAN too
    }
  };
  for (const c of media) c.phase = Phase.Media;

  endMedia();
  startCopies();
  // Whole repeating days are skipped only with hour-by-hour rates (daily means never repeat a day without an event).
  const skipDays = hourly && settings.skipRepeatingDays;
  let dayMark: number | null = null;
  let gaveUp = false;
  while (unprotected > 0) {
    const hour = hourAt(settings, t);
    if (hour !== rateHour) {
      for (const c of onWire) c.rawNow = rawRateAt(vms[c.v]!, hour);
      rateHour = hour;
    }
    const spare = Math.max(0, capacityAt(link, hour) - protectedDemand[hour ?? 0]!);
    const active = onWire.length;
    const share = active ? Math.min(link.streamCapBytesPerSecond, spare / active) : 0;

    // Time to the next event at the current constant rates.
    const hourLeft = untilNextHour(settings, t);
    let dt = hourLeft;
    if (nextMedia < media.length) dt = Math.min(dt, media[nextMedia]!.mediaEnd - t);
    for (const c of onWire) {
      if (c.phase === Phase.Copying) {
        if (share > 0) dt = Math.min(dt, c.remaining / share);
      } else {
        const net = share - c.rawNow * ratio;
        if (net > 0) dt = Math.min(dt, c.backlog / net);
      }
    }
    if (!Number.isFinite(dt) || t + dt > HORIZON_SECONDS) break;
    if (t + dt > giveUpAfter) {
      // Nothing is protected before t + dt: the whole plan finishes later than the limit.
      gaveUp = true;
      break;
    }
    if (hourly && nextMedia >= media.length && t - lastChange >= SECONDS_PER_DAY && stalled(onWire, vms, link, protectedDemand)) break;
    dt = Math.max(0, dt);

    // Advance what is on the wire by dt; then, in wire order, the events at the new t: copies
    // done (their catch-up takes their place on the wire) and catch-ups done.
    t += dt;
    const onHour = dt === hourLeft;
    let kept = 0;
    for (let k = 0, end = onWire.length; k < end; k++) {
      const c = onWire[k]!;
      const raw = c.rawNow;
      if (c.phase === Phase.Copying) {
        c.remaining -= share * dt;
        c.logged += raw * dt;
        if (skipDays) c.dayMin = Math.min(c.dayMin, c.remaining);
        if (c.remaining <= EPS * Math.max(1, c.wire)) {
          copying--;
          if (beginCatchUp(c, 0)) onWire[kept++] = c;
          continue;
        }
      } else {
        c.backlog += (raw * ratio - share) * dt;
        if (c.backlog > c.peakBacklog) c.peakBacklog = c.backlog;
        if (skipDays) c.dayMin = Math.min(c.dayMin, c.backlog);
        if (c.backlog <= c.doneBelow) {
          protect(c);
          continue;
        }
      }
      onWire[kept++] = c;
    }
    onWire.length = kept;
    endMedia();
    startCopies();
    // Whole days are compared hour boundary to hour boundary, from the first one after a change.
    if (skipDays) {
      if (lastChange === t) dayMark = null;
      else if (onHour && dayMark === null) dayMark = markDay(onWire, t);
      else if (onHour && t - dayMark! >= SECONDS_PER_DAY * (1 - EPS)) {
        t = skipRepeatingDays(onWire, t, Math.min(HORIZON_SECONDS, nextMedia < media.length ? media[nextMedia]!.mediaEnd : Infinity), ratio);
        dayMark = markDay(onWire, t);
      }
    }
  }

  for (const c of copies) {
    if (c.phase !== Phase.Protected) c.phase = Phase.Never;
    c.peakPendingRaw = Math.max(c.peakPendingRaw, c.peakBacklog / ratio);
  }
  return { copies, total: unprotected === 0 ? Math.max(0, ...copies.map((c) => c.complete!)) : null, gaveUp };
}

/** Remember what is on the wire now, to compare a day later. */
function markDay(onWire: readonly Copy[], t: number): number {
  for (const c of onWire) {
    c.markRemaining = c.remaining;
    c.markBacklog = c.backlog;
    c.markLogged = c.logged;
    c.dayMin = c.phase === Phase.Copying ? c.remaining : c.backlog;
  }
  return t;
}

/**
 * Hour-by-hour rates, a whole day without any change: the next days repeat this one exactly (same
 * transfers, same hourly shares), each moving every figure by the same amount Δ and dipping below
 * its start-of-day value by the same depth e within the day. Apply k whole days at once, where every
 * decreasing figure v keeps v + (k − 1)Δ − e > 0 with a day to spare (and stay before the next media
 * event); the remaining days are stepped hour by hour again. Returns the new time.
 */
function skipRepeatingDays(onWire: readonly Copy[], t: number, limit: number, ratio: number): number {
  let days = Math.floor((limit - t) / SECONDS_PER_DAY) - 1;
  for (const c of onWire) {
    const start = c.phase === Phase.Copying ? c.markRemaining : c.markBacklog;
    const value = c.phase === Phase.Copying ? c.remaining : c.backlog;
    const perDay = value - start;
    const dip = start - c.dayMin; // how far below its start-of-day value it goes within a day
    if (perDay < 0) days = Math.min(days, Math.floor((value - dip) / -perDay) - 1);
  }
  if (!(days >= 1)) return t;
  for (const c of onWire) {
    c.remaining += days * (c.remaining - c.markRemaining);
    c.backlog += days * (c.backlog - c.markBacklog);
    c.logged += days * (c.logged - c.markLogged);
    if (c.phase === Phase.CatchingUp) {
      c.peakPendingRaw = Math.max(c.peakPendingRaw, c.backlog / ratio);
      c.doneBelow = catchUpDoneBelow(c, ratio);
    }
  }
  return t + days * SECONDS_PER_DAY;
}

/**
 * Hour-by-hour rates: nothing on the wire gains ground over a whole day at the current split (the
 * caller asks only after a day without any change and with no media event ahead, so a catch-up that
 * drains within the day is never cut short). With daily means no test is needed: no event ahead is
 * the stall.
 */
function stalled(onWire: readonly Copy[], vms: readonly VmModel[], link: IrLink, protectedDemand: Float64Array): boolean {
  if (!onWire.length) return false;
  for (const c of onWire) {
    let net = 0;
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      const x = Math.min(link.streamCapBytesPerSecond, Math.max(0, link.capacityByHourBytesPerSecond[h]! - protectedDemand[h]!) / onWire.length);
      net += x - (c.phase === Phase.CatchingUp ? vms[c.v]!.rawRate[h]! * link.deltaWireRatio : 0);
    }
    if (net > 0) return false;
  }
  return true;
}

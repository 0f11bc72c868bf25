/**
 * The per-copy cycle state of SPEC §5.3, written once for the day simulation (`simulate.ts`) and
 * the measured replay (`measured/simulate-measured.ts`). Each step is a small function a reader
 * can hold next to the SPEC:
 *
 * - **cut** (`cut`): at a boundary of an idle copy its current log (raw writes since the last
 *   cut) is closed and queued; the log carries the data of every boundary since the last cut.
 * - **missed** (`countMissed`): a boundary that passes while the copy's log is still queued or on
 *   the wire is a missed cycle [HEALTH2]; writes keep going into the current log. Busy copies are
 *   not visited at their boundaries: their passed boundaries are counted when the log is
 *   delivered, at the end of a period and at the end of the run (the same count, fewer visits).
 * - **deliver** (`deliver`): the last wire byte arrived; the replica holds data as of the cut.
 * - **overdue** (`overdue`): at the end of a run, the first boundary whose data is not yet on the
 *   replica and how long it has waited.
 * - **breach** (`breachBegins`): one rule for both callers.
 *
 * Idle copies are kept as a bitset so a boundary visits only the copies that can cut.
 * The wire (queue, slots, per-transfer cap) is `Transfers` in `transfers.ts`.
 */
import type { Transfers } from './transfers';

/** Status of a copy's outstanding log. */
export const IDLE = 0;
export const QUEUED = 1;
export const SENDING = 2;

/**
 * SPEC §5.3 failure window: a cycle breaches when its delay (boundary → its data on the replica)
 * exceeds the window W; the breach begins at that boundary + W. Returns null when within it.
 */
export function breachBegins(firstBoundary: number, delaySeconds: number, windowSeconds: number): number | null {
  return delaySeconds > windowSeconds ? firstBoundary + windowSeconds : null;
}

/** Cycle state of every copy, as flat arrays indexed by copy. Times in seconds, sizes in bytes. */
export class CopyCycles {
  readonly n: number;
  /** Replication interval of each copy, seconds. */
  readonly T: Float64Array;
  /** Start of the current log (the last cut). */
  readonly lastCut: Float64Array;
  /** Raw bytes written up to the last cut (F(lastCut)), kept so each cut evaluates F once. */
  readonly lastCutF: Float64Array;
  /** Cut time of the last delivered log: the replica holds data as of then. */
  readonly lastDelivered: Float64Array;
  /** IDLE, QUEUED or SENDING. */
  readonly status: Uint8Array;
  /** The outstanding log: its cut time, earliest boundary whose data it carries, raw and wire bytes. */
  readonly outCut: Float64Array;
  readonly outFirstBoundary: Float64Array;
  readonly outRaw: Float64Array;
  readonly outWire: Float64Array;
  /** Boundaries up to this time are already counted (as cycles cut or missed). */
  private readonly countedTo: Float64Array;
  /** Bit i set ⇔ copy i is idle (no log queued or on the wire). */
  readonly idle: Uint32Array;
  /** Number of idle copies: none idle ⇒ nobody can cut before the next delivery. */
  idleCount = 0;

  constructor(T: Float64Array, start: number, writtenAt: (i: number, t: number) => number, startLagSeconds: (i: number) => number) {
    const n = T.length;
    this.n = n;
    this.T = T;
    this.lastCut = new Float64Array(n);
    this.lastCutF = new Float64Array(n);
    this.lastDelivered = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.outCut = new Float64Array(n);
    this.outFirstBoundary = new Float64Array(n);
    this.outRaw = new Float64Array(n);
    this.outWire = new Float64Array(n);
    this.countedTo = new Float64Array(n).fill(start);
    this.idle = new Uint32Array((n + 31) >>> 5);
    for (let i = 0; i < n; i++) {
      const t0 = start - startLagSeconds(i);
      this.lastCut[i] = t0;
      this.lastDelivered[i] = t0;
      this.lastCutF[i] = writtenAt(i, t0);
      this.idle[i >>> 5]! |= 1 << (i & 31);
    }
    this.idleCount = n;
  }

  /**
   * SPEC §5.3 cut at boundary `t` of an idle copy whose writes up to `t` total `writtenF` raw
   * bytes: the log since the last cut is closed and joins the queue. Returns its raw bytes.
   */
  cut(i: number, t: number, writtenF: number, wireRatio: number, wire: Transfers): number {
    const raw = writtenF - this.lastCutF[i]!;
    this.lastCutF[i] = writtenF;
    this.outRaw[i] = raw;
    this.outWire[i] = raw * wireRatio;
    this.outCut[i] = t;
    this.outFirstBoundary[i] = this.lastCut[i]! + this.T[i]!;
    this.lastCut[i] = t;
    this.countedTo[i] = t;
    this.status[i] = QUEUED;
    this.idle[i >>> 5]! &= ~(1 << (i & 31));
    this.idleCount--;
    wire.enqueue(i);
    return raw;
  }

  /**
   * Missed cycles of a busy copy: its boundaries in (counted so far, upTo] passed while its log
   * was outstanding [HEALTH2]. Marks them counted; `onRange` (optional) sees them as the
   * boundaries k × T for k in (from, to].
   */
  countMissed(i: number, upTo: number, onRange?: (from: number, to: number, T: number) => void): number {
    const T = this.T[i]!;
    const from = Math.floor(this.countedTo[i]! / T);
    const to = Math.floor(upTo / T);
    if (to <= from) return 0;
    this.countedTo[i] = upTo;
    onRange?.(from, to, T);
    return to - from;
  }

  /** Mark boundaries up to `upTo` as counted without counting them (a new day's count starts). */
  setCounted(i: number, upTo: number): void {
    if (upTo > this.countedTo[i]!) this.countedTo[i] = upTo;
  }

  /** SPEC §5.3 deliver: the copy's log has fully arrived; the replica holds data as of its cut. */
  deliver(i: number): void {
    this.lastDelivered[i] = this.outCut[i]!;
    this.status[i] = IDLE;
    this.idle[i >>> 5]! |= 1 << (i & 31);
    this.idleCount++;
  }

  /** Raw bytes waiting on the primary (outstanding log + current log) when F(now) = `writtenNow`. */
  pendingRaw(i: number, writtenNow: number): number {
    return (this.status[i] ? this.outRaw[i]! : 0) + writtenNow - this.lastCutF[i]!;
  }

  /** The earliest boundary whose data is not on the replica (it may lie in the future). */
  firstUndelivered(i: number): number {
    return this.status[i] ? this.outFirstBoundary[i]! : this.lastCut[i]! + this.T[i]!;
  }

  /** Wire bytes of the outstanding log still to send (0 when idle). */
  outstandingWire(i: number, wire: Transfers): number {
    const s = this.status[i];
    return s === SENDING ? wire.remaining(i) : s === QUEUED ? this.outWire[i]! : 0;
  }

  /** Shift every time by `dt` and every written-bytes mark by `dF(i)` (a repeated stretch was skipped). */
  shift(dt: number, dF: (i: number) => number): void {
    for (let i = 0; i < this.n; i++) {
      this.lastCut[i] = this.lastCut[i]! + dt;
      this.lastDelivered[i] = this.lastDelivered[i]! + dt;
      this.countedTo[i] = this.countedTo[i]! + dt;
      this.lastCutF[i] = this.lastCutF[i]! + dF(i);
      if (this.status[i]) {
        this.outCut[i] = this.outCut[i]! + dt;
        this.outFirstBoundary[i] = this.outFirstBoundary[i]! + dt;
      }
    }
  }
}

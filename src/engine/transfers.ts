/**
 * Logs waiting and logs on the wire: a FIFO queue feeding at most M transfer slots.
 *
 * All active transfers move at the same rate min(streamCap, C / active) (SPEC §5.2: equal shares,
 * one cap for every stream), so one "virtual byte clock" V serves them all: a transfer started
 * at V0 with w wire bytes finishes when V = V0 + w. The active set is a min-heap on that finish.
 */
export class Transfers {
  /** Virtual bytes served to every active transfer since the wire last went idle. */
  V = 0;
  active = 0;
  private waiting = 0;
  private head = 0;
  private readonly queue: Int32Array;
  private readonly heap: Int32Array;
  /** Finish point on the virtual clock of each copy's transfer. */
  readonly finishV: Float64Array;

  constructor(
    private readonly n: number,
    private readonly slots: number,
  ) {
    this.queue = new Int32Array(Math.max(1, n));
    this.heap = new Int32Array(Math.max(1, n));
    this.finishV = new Float64Array(n);
  }

  get queued(): number {
    return this.waiting;
  }

  /** Copy `i`'s log joins the back of the queue. */
  enqueue(i: number): void {
    this.queue[(this.head + this.waiting) % this.n] = i;
    this.waiting++;
  }

  /** The k-th copy in the queue, front first. */
  queuedAt(k: number): number {
    return this.queue[(this.head + k) % this.n]!;
  }

  /** Start queued logs (wire bytes in `wireOf`) while slots are free, marking them 2 = on the wire in `status`. */
  fill(wireOf: Float64Array, status: Uint8Array): void {
    while (this.active < this.slots && this.waiting > 0) {
      const i = this.queue[this.head]!;
      this.head = this.head + 1 === this.n ? 0 : this.head + 1;
      this.waiting--;
      status[i] = 2;
      this.finishV[i] = this.V + wireOf[i]!;
      this.push(i);
    }
  }

  /**
   * Run the wire from time `from` to `to` at capacity C (bytes/s): the active transfers share C
   * equally, each capped at `streamCap` (SPEC §5.2). Each transfer that completes on the way is
   * handed to `onDone(copy, at)` and freed slots are refilled from the queue at once. Returns the
   * wire bytes delivered.
   */
  advance(from: number, to: number, capacity: number, streamCap: number, wireOf: Float64Array, status: Uint8Array, onDone: (i: number, at: number) => void): number {
    let now = from;
    let delivered = 0;
    while (this.active > 0) {
      const active = this.active;
      const rate = Math.min(streamCap, capacity / active);
      const need = this.nextNeed();
      if (rate > 0 && now + need / rate <= to) {
        delivered += need * active;
        now += need / rate;
        this.advanceToNext();
        while (this.frontDone()) onDone(this.pop(), now);
        this.fill(wireOf, status);
      } else {
        if (rate > 0) {
          this.V += rate * (to - now);
          delivered += rate * active * (to - now);
        }
        break;
      }
    }
    return delivered;
  }

  /** Virtual bytes the next transfer still needs (only when `active > 0`). */
  nextNeed(): number {
    return this.finishV[this.heap[0]!]! - this.V;
  }

  /** Whether the front transfer has finished at the current clock. */
  frontDone(): boolean {
    return this.active > 0 && this.finishV[this.heap[0]!]! <= this.V + 1e-6 + this.V * 1e-12;
  }

  /** Remaining wire bytes of an active copy's transfer. */
  remaining(i: number): number {
    return this.finishV[i]! - this.V;
  }

  /** Advance the clock to the front transfer's finish. */
  advanceToNext(): void {
    this.V = this.finishV[this.heap[0]!]!;
  }

  /** Remove and return the copy whose transfer finishes first; the clock restarts when idle. */
  pop(): number {
    const { heap, finishV } = this;
    const top = heap[0]!;
    const last = heap[--this.active]!;
    const size = this.active;
    const f = finishV[last]!;
    let k = 0;
    for (;;) {
      let c = 2 * k + 1;
      if (c >= size) break;
      if (c + 1 < size && finishV[heap[c + 1]!]! < finishV[heap[c]!]!) c++;
      if (finishV[heap[c]!]! >= f) break;
      heap[k] = heap[c]!;
      k = c;
    }
    heap[k] = last;
    if (this.active === 0) this.V = 0;
    return top;
  }

  private push(i: number): void {
    const { heap, finishV } = this;
    let k = this.active++;
    const f = finishV[i]!;
    while (k > 0) {
      const p = (k - 1) >> 1;
      const pi = heap[p]!;
      if (finishV[pi]! <= f) break;
      heap[k] = pi;
      k = p;
    }
    heap[k] = i;
  }
}

/**
 * The copies of a plan as the cycle simulation reads them (`simulate.ts`): everything that depends
 * only on the VMs and their frequency, not on the link. A search or the what-if curve runs the same
 * VMs dozens of times at other uplinks, so this is built once per VM list (and frequency) and
 * shared, read-only, by every run.
 */
import { STEPS_PER_HOUR as SHAPE_STEPS_PER_HOUR, type VmModel } from './model';
import { HOURS_PER_DAY } from './units';

export interface SimCopies {
  /** Copies: a group of n is n copies, in plan order (FIFO ties break by plan order). */
  n: number;
  /** Plan VM of each copy. */
  vmOf: Int32Array;
  /** Replication interval of each copy, seconds. */
  T: Float64Array;
  /** Copies due at a tick, as bit masks: every 30 s tick → T = 30; every 10th → T ≤ 300; every 30th → all. */
  words: number;
  dueAll: Uint32Array;
  due300: Uint32Array;
  due30: Uint32Array;
  /** Shortest interval, seconds (at most 900). */
  shortest: number;
  /** Every interval divides 900 s. */
  divide900: boolean;
  /** Hours in which every VM writes evenly (1), or some VM by 5-minute steps (0: a measured burst). */
  evenHour: Uint8Array;
  /** Hours h whose write rates (every VM's) equal hour h + 1's, both even (1); the last hour is 0. */
  sameRatesAsNext: Uint8Array;
  /** Raw bytes a copy writes a day. */
  perDay: Float64Array;
  /** Raw write rate (bytes/s) and raw bytes written from 00:00 to the hour's start, hour-major: [h × n + i]. */
  rate: Float64Array;
  cumulative: Float64Array;
  /** The VM of a copy that writes by 5-minute steps, else null. */
  shaped: (VmModel | null)[];
  /** Plan totals of the same, for the cheap "owed bytes" signature of a period start. */
  totalPerDay: number;
  totalRate: Float64Array;
  totalCumulative: Float64Array;
  /** The distinct intervals and each copy's index among them. */
  frequencies: number[];
  frequencyOf: Int32Array;
  /** SPEC §5.3a: half of each copy's replicated size, bytes [RESYNC]. */
  resyncLimit: Float64Array;
}

const PERIOD_SECONDS = 900;
const built = new WeakMap<readonly VmModel[], Map<number, SimCopies>>();

/** The copies of `vms` (every copy at `frequencyOverride` seconds when given), built once per list. */
export function simCopies(vms: readonly VmModel[], frequencyOverride?: number): SimCopies {
  let byFrequency = built.get(vms);
  if (!byFrequency) built.set(vms, (byFrequency = new Map()));
  const key = frequencyOverride ?? 0;
  let copies = byFrequency.get(key);
  if (!copies) byFrequency.set(key, (copies = buildSimCopies(vms, frequencyOverride)));
  return copies;
}

function buildSimCopies(vms: readonly VmModel[], frequencyOverride: number | undefined): SimCopies {
  const n = vms.reduce((s, vm) => s + vm.count, 0);
  const vmOf = new Int32Array(n);
  const T = new Float64Array(n);
  for (let v = 0, i = 0; v < vms.length; v++) {
    for (let c = 0; c < vms[v]!.count; c++, i++) {
      vmOf[i] = v;
      T[i] = frequencyOverride ?? vms[v]!.frequencySeconds;
    }
  }
  const words = (n + 31) >>> 5;
  const mask = (keep: (i: number) => boolean) => {
    const m = new Uint32Array(words);
    for (let i = 0; i < n; i++) if (keep(i)) m[i >>> 5]! |= 1 << (i & 31);
    return m;
  };
  let shortest = PERIOD_SECONDS;
  for (let i = 0; i < n; i++) shortest = Math.min(shortest, T[i]!);
  // A VM with a within-hour shape (schema v3: a measured burst) writes by 5-minute steps: an hour
  // where some VM's steps differ is not made of repeating periods.
  const evenHour = new Uint8Array(HOURS_PER_DAY).fill(1);
  for (const vm of vms) {
    if (!vm.stepRate) continue;
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      for (let j = 0; j < SHAPE_STEPS_PER_HOUR; j++) if (vm.stepRate[h * SHAPE_STEPS_PER_HOUR + j] !== vm.rawRate[h]) evenHour[h] = 0;
    }
  }
  const sameRatesAsNext = new Uint8Array(HOURS_PER_DAY);
  for (let h = 0; h + 1 < HOURS_PER_DAY; h++) {
    let same = evenHour[h] === 1 && evenHour[h + 1] === 1;
    for (let v = 0; same && v < vms.length; v++) same = vms[v]!.rawRate[h + 1] === vms[v]!.rawRate[h];
    sameRatesAsNext[h] = same ? 1 : 0;
  }
  const perDay = new Float64Array(n);
  const rate = new Float64Array(n * HOURS_PER_DAY);
  const cumulative = new Float64Array(n * HOURS_PER_DAY);
  const shaped: (VmModel | null)[] = new Array<VmModel | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const vm = vms[vmOf[i]!]!;
    perDay[i] = vm.rawBytesPerDay;
    if (vm.stepRate) shaped[i] = vm;
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      rate[h * n + i] = vm.rawRate[h]!;
      cumulative[h * n + i] = vm.rawCumulative[h]!;
    }
  }
  const totalRate = new Float64Array(HOURS_PER_DAY);
  const totalCumulative = new Float64Array(HOURS_PER_DAY);
  for (let i = 0; i < n; i++) {
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      totalRate[h] = totalRate[h]! + rate[h * n + i]!;
      totalCumulative[h] = totalCumulative[h]! + cumulative[h * n + i]!;
    }
  }
  const frequencies = [...new Set(T)];
  return {
    n,
    vmOf,
    T,
    words,
    dueAll: mask(() => true),
    due300: mask((i) => T[i]! <= 300),
    due30: mask((i) => T[i]! <= 30),
    shortest,
    divide900: T.every((t) => PERIOD_SECONDS % t === 0),
    evenHour,
    sameRatesAsNext,
    perDay,
    rate,
    cumulative,
    shaped,
    totalPerDay: perDay.reduce((a, b) => a + b, 0),
    totalRate,
    totalCumulative,
    frequencies,
    frequencyOf: Int32Array.from(T, (t) => frequencies.indexOf(t)),
    resyncLimit: Float64Array.from({ length: n }, (_, i) => 0.5 * vms[vmOf[i]!]!.replicatedSizeBytes),
  };
}

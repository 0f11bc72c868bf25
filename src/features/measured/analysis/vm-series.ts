/**
 * From matched counters to VMs: each inventory disk's write rate is the sum of the counters the
 * consultant kept for it (a clustered VM is measured on every node it ran on), each VM's the sum of
 * its disks'. A slot where none of its included disks was sampled is a gap (`seen` 0, rate 0):
 * averages, percentiles and the replay leave gaps out; `coverage` says how much was measured.
 */
import type { InventoryDisk } from '../inventory/inventory-csv';
import type { CounterMatch } from '../inventory/matching';
import type { PerfmonMeasurement } from '../perfmon/types';

export interface MeasuredDisk {
  /** Index in the inventory. */
  inventory: number;
  path: string;
  /** File name without folder, e.g. `SQL01-Data.vhdx`. */
  name: string;
  sizeBytes: number;
  fileBytes: number;
  /** At least one counter was matched to it. */
  measured: boolean;
  /** Kept in the analysis (false: every counter of it was excluded, e.g. a paging disk). */
  included: boolean;
  /** Sum over the slots of the measured write rate, bytes/s (× slot length = bytes written). */
  rateSum: number;
  /**
   * Bytes written in each clock hour of the period (index 0 = the hour slot 0 starts in), so the
   * derive step can split a VM's churn between its disks by the same day it chose.
   */
  hourBytes: Float64Array;
}

export interface MeasuredVm {
  name: string;
  disks: MeasuredDisk[];
  /** Included disks only, bytes/s per slot. */
  bytesPerSecond: Float64Array;
  /** 1 in slots where at least one included disk had a sample (0: the collector saw nothing then). */
  seen: Uint8Array;
  /** Share (0–1) of slots in which at least one included disk had a sample. */
  coverage: number;
}

const HOUR_MS = 3_600_000;

export function diskFileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1);
}

/**
 * VMs in inventory order, with their included disks' summed series. VMs with no measured disk are
 * left out. Disks keep only their total (what the derive step splits by): one series per VM, not
 * per disk, keeps memory to VMs × slots.
 */
export function buildVmSeries(measurement: PerfmonMeasurement, inventory: readonly InventoryDisk[], matches: readonly CounterMatch[]): MeasuredVm[] {
  const slots = measurement.slots;
  const step = measurement.intervalSeconds;
  const firstHour = Math.floor(measurement.startMs / HOUR_MS);
  const hourCount = Math.floor((measurement.startMs + slots * step * 1000) / HOUR_MS) - firstHour + 1;
  const hourOfSlot = Int32Array.from({ length: slots }, (_, k) => Math.floor((measurement.startMs + k * step * 1000) / HOUR_MS) - firstHour);
  const disks: MeasuredDisk[] = inventory.map((d, i) => ({
    inventory: i,
    path: d.path,
    name: diskFileName(d.path),
    sizeBytes: d.sizeBytes,
    fileBytes: d.fileBytes,
    measured: false,
    included: false,
    rateSum: 0,
    hourBytes: new Float64Array(hourCount),
  }));
  const vmNames = [...new Set(inventory.map((d) => d.vm))];
  const vmOf = inventory.map((d) => vmNames.indexOf(d.vm));
  const series = new Map<number, { total: Float64Array; seen: Uint8Array }>();
  matches.forEach((m, c) => {
    if (m.disk === null) return;
    const disk = disks[m.disk]!;
    disk.measured = true;
    // Excluded counters still give their disk its figure (what leaving it out saves).
    if (m.included) disk.included = true;
    const v = vmOf[m.disk]!;
    const vm = m.included ? (series.get(v) ?? series.set(v, { total: new Float64Array(slots), seen: new Uint8Array(slots) }).get(v)!) : null;
    const values = measurement.counters[c]!.values;
    let sum = 0;
    for (let k = 0; k < slots; k++) {
      const x = values[k]!;
      if (x !== x) continue; // NaN: no sample
      sum += x;
      disk.hourBytes[hourOfSlot[k]!] = disk.hourBytes[hourOfSlot[k]!]! + x * step;
      if (vm) {
        vm.total[k] = vm.total[k]! + x;
        vm.seen[k] = 1;
      }
    }
    disk.rateSum += sum;
  });
  const vms: MeasuredVm[] = [];
  vmNames.forEach((name, v) => {
    const vmDisks = disks.filter((_, i) => vmOf[i] === v);
    if (!vmDisks.some((d) => d.measured)) return;
    const s = series.get(v);
    const covered = s ? s.seen.reduce((a, b) => a + b, 0) : 0;
    vms.push({ name, disks: vmDisks, bytesPerSecond: s?.total ?? new Float64Array(slots), seen: s?.seen ?? new Uint8Array(slots), coverage: slots ? covered / slots : 0 });
  });
  return vms;
}

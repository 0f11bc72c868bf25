/**
 * From matched counters to VMs: each inventory disk's write rate is the sum of the counters the
 * consultant kept for it (a clustered VM is measured on every node it ran on), each VM's the sum of
 * its disks'. Missing samples count as no writes; `coverage` says how much was measured.
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
  /** Write bytes/s per slot (0 where nothing was measured). */
  bytesPerSecond: Float64Array;
}

export interface MeasuredVm {
  name: string;
  disks: MeasuredDisk[];
  /** Included disks only, bytes/s per slot. */
  bytesPerSecond: Float64Array;
  /** Share (0–1) of slots in which at least one included disk had a sample. */
  coverage: number;
}

export function diskFileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1);
}

/** VMs in inventory order, with their disks' summed series. VMs with no measured disk are left out. */
export function buildVmSeries(measurement: PerfmonMeasurement, inventory: readonly InventoryDisk[], matches: readonly CounterMatch[]): MeasuredVm[] {
  const slots = measurement.slots;
  const disks: MeasuredDisk[] = inventory.map((d, i) => ({
    inventory: i,
    path: d.path,
    name: diskFileName(d.path),
    sizeBytes: d.sizeBytes,
    fileBytes: d.fileBytes,
    measured: false,
    included: false,
    bytesPerSecond: new Float64Array(slots),
  }));
  const sampled = new Map<number, Uint8Array>(); // per disk: slots with a sample from an included counter
  matches.forEach((m, c) => {
    if (m.disk === null) return;
    const disk = disks[m.disk]!;
    disk.measured = true;
    const values = measurement.counters[c]!.values;
    // Excluded counters still give an excluded disk its figure (what leaving it out saves).
    if (m.included) disk.included = true;
    const seen = m.included ? (sampled.get(m.disk) ?? sampled.set(m.disk, new Uint8Array(slots)).get(m.disk)!) : null;
    for (let k = 0; k < slots; k++) {
      const v = values[k]!;
      if (v === v) {
        disk.bytesPerSecond[k] = disk.bytesPerSecond[k]! + v;
        if (seen) seen[k] = 1;
      }
    }
  });
  const byVm = new Map<string, MeasuredDisk[]>();
  inventory.forEach((d, i) => byVm.set(d.vm, [...(byVm.get(d.vm) ?? []), disks[i]!]));
  const vms: MeasuredVm[] = [];
  for (const [name, vmDisks] of byVm) {
    if (!vmDisks.some((d) => d.measured)) continue;
    const total = new Float64Array(slots);
    const seen = new Uint8Array(slots);
    for (const d of vmDisks) {
      if (!d.included) continue;
      for (let k = 0; k < slots; k++) total[k] = total[k]! + d.bytesPerSecond[k]!;
      const s = sampled.get(d.inventory);
      if (s) for (let k = 0; k < slots; k++) seen[k] = seen[k]! | s[k]!;
    }
    const covered = seen.reduce((a, b) => a + b, 0);
    vms.push({ name, disks: vmDisks, bytesPerSecond: total, coverage: slots ? covered / slots : 0 });
  }
  return vms;
}

/**
 * VMs as an inventory CSV: the downloadable template (two sample VMs) and the plan's own VMs in
 * the same columns — every per-VM field — so a user can edit them in a spreadsheet and import
 * them back into the same plan.
 */
import { parsePlan, vmRowsTable, type PlanInput, type RowsVm, type StorageUnits } from '@/plan';
import { PLAIN_CSV, toCsv, type CsvCell, type CsvStyle } from './csv';

/** Header and one row per disk; the VM's own cells are repeated on each of its rows. */
export function inventoryTable(vms: readonly RowsVm[], units: StorageUnits, style: CsvStyle = PLAIN_CSV): CsvCell[][] {
  return vmRowsTable(vms, units, style.decimal);
}

/** The VMs as CSV text, sizes in the plan's unit. */
export function inventoryCsv(vms: readonly RowsVm[], units: StorageUnits, style: CsvStyle = PLAIN_CSV): string {
  return toCsv(inventoryTable(vms, units, style), style);
}

/** Two sample VMs: a database with a log disk, a file server whose page file is not replicated. */
const SAMPLE: PlanInput['vms'] = [
  {
    name: 'SQL01',
    workload: 'sql',
    frequencySeconds: 300,
    recoveryPoints: 4,
    appConsistentHours: 1,
    disks: [
      { name: 'OS', sizeGB: 80, usedGB: 35, churnGBPerDay: 0.5 },
      { name: 'Data', sizeGB: 500, usedGB: 320, churnGBPerDay: 32 },
      { name: 'Logs', sizeGB: 100, usedGB: 40, churnGBPerDay: 12 },
    ],
  },
  {
    name: 'FS01',
    count: 2,
    workload: 'file-server',
    frequencySeconds: 900,
    initialReplication: 'offline',
    disks: [
      { name: 'OS', sizeGB: 60, usedGB: 28, churnGBPerDay: 0.5 },
      { name: 'Data', sizeGB: 1000, usedGB: 640, churnGBPerDay: 12.8 },
      { name: 'Pagefile', sizeGB: 8, usedGB: 8, churnGBPerDay: 6, replicated: false },
    ],
  },
];

/** The template: header with the plan's unit and the sample VMs (same figures in GB or GiB). */
export function templateCsv(units: StorageUnits, style: CsvStyle = PLAIN_CSV): string {
  const parsed = parsePlan({ units: { storage: units }, vms: SAMPLE });
  if (!parsed.ok) throw new Error('inventory template sample rejected'); // a bug, not user input
  return inventoryCsv(parsed.plan.vms, units, style);
}

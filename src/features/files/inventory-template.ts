/**
 * VMs as an inventory CSV: the downloadable template (two sample VMs) and the plan's own VMs in
 * the same columns, so a user can edit them in a spreadsheet and import them back.
 */
import { parsePlan, workloadPreset, type PlanInput, type PlanVm, type StorageUnits } from '@/plan';
import { PLAIN_CSV, toCsv, type CsvCell, type CsvStyle } from './csv';
import { TEMPLATE_COLUMNS, columnTitle, frequencyText } from './inventory-columns';

type InventoryFields = Pick<PlanVm, 'name' | 'count' | 'workload' | 'frequencySeconds' | 'recoveryPoints' | 'disks'>;

/** Header and one row per disk; the VM's own cells are repeated on each of its rows. */
export function inventoryTable(vms: readonly InventoryFields[], units: StorageUnits): CsvCell[][] {
  const header = TEMPLATE_COLUMNS.map((c) => columnTitle(c, units));
  const rows = vms.flatMap((vm) =>
    vm.disks.map((disk): CsvCell[] =>
      TEMPLATE_COLUMNS.map((column) => {
        switch (column) {
          case 'name':
            return vm.name;
          case 'count':
            return vm.count;
          case 'disk':
            return disk.name;
          case 'size':
            return disk.sizeGB;
          case 'used':
            return disk.usedGB;
          case 'churnGB':
            return disk.churnGBPerDay;
          case 'replicated':
            return disk.replicated ? 'yes' : 'no';
          case 'workload':
            return workloadPreset(vm.workload).label;
          case 'frequency':
            return frequencyText(vm.frequencySeconds);
          case 'recoveryPoints':
            return vm.recoveryPoints;
          default:
            return null;
        }
      }),
    ),
  );
  return [header, ...rows];
}

/** The VMs as CSV text, sizes in the plan's unit. */
export function inventoryCsv(vms: readonly InventoryFields[], units: StorageUnits, style: CsvStyle = PLAIN_CSV): string {
  return toCsv(inventoryTable(vms, units), style);
}

/** Two sample VMs: a database with a log disk, a file server whose page file is not replicated. */
const SAMPLE: PlanInput['vms'] = [
  {
    name: 'SQL01',
    workload: 'sql',
    frequencySeconds: 300,
    recoveryPoints: 4,
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

/**
 * VMs → spreadsheet rows: the header and one row per disk, the VM's own cells repeated on each of
 * its rows, every per-VM field included, so an export read back by `readVmRows` gives the same VMs.
 */
import type { StorageUnits } from '../limits';
import { workloadPreset } from '../presets';
import { diskChurnSource } from '../provenance';
import type { PlanVm } from '../schema';
import { IR_TEXT, PROFILE_TEXT, frequencyText, weightsText } from './cells';
import { TEMPLATE_COLUMNS, columnTitle } from './columns';
import { shapeText } from './shape-cell';

export type RowCell = string | number | null;
export type RowsVm = Omit<PlanVm, 'id'>;

/** Header and rows in the template's column order; numbers stay numbers (the writer picks the decimal mark). */
export function vmRowsTable(vms: readonly RowsVm[], units: StorageUnits, decimal: '.' | ',' = '.'): RowCell[][] {
  const header = TEMPLATE_COLUMNS.map((c) => columnTitle(c, units));
  const rows = vms.flatMap((vm) =>
    vm.disks.map((disk, j): RowCell[] =>
      TEMPLATE_COLUMNS.map((column): RowCell => {
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
          case 'churnSource':
            return diskChurnSource(vm.provenance, j) ?? 'entered';
          case 'replicated':
            return disk.replicated ? 'yes' : 'no';
          case 'workload':
            return workloadPreset(vm.workload).label;
          case 'frequency':
            return frequencyText(vm.frequencySeconds);
          case 'recoveryPoints':
            return vm.recoveryPoints;
          case 'appConsistentHours':
            return vm.appConsistentHours ?? 'off';
          case 'profile':
            return PROFILE_TEXT[vm.profile];
          case 'profileSource':
            return vm.provenance?.profile ?? 'entered';
          case 'hourlyWeights':
            return vm.hourlyWeights ? weightsText(vm.hourlyWeights, decimal) : null;
          case 'withinHourWeights':
            // Empty for a VM without a shape (or whose every hour is even: the same to the engine).
            return shapeText(vm.withinHourWeights, decimal) || null;
          case 'initialReplication':
            return vm.initialReplication ? IR_TEXT[vm.initialReplication] : null;
          case 'writeIops':
            return vm.writeIops;
          default:
            return null;
        }
      }),
    ),
  );
  return [header, ...rows];
}

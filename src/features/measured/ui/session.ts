import { useMemo } from 'react';
import { buildVmSeries, type MeasuredVm } from '../analysis/vm-series';
import type { InventoryDisk } from '../inventory/inventory-csv';
import type { CounterMatch } from '../inventory/matching';
import type { ParseIssue, PerfmonMeasurement } from '../perfmon/types';
import type { SavedMeasurement } from '../storage/saved-measurement';

/** What the dialog works on: the two files read, and the consultant's matching. */
export interface Session {
  perfmonFileName: string;
  inventoryFileName: string;
  measurement: PerfmonMeasurement;
  inventory: InventoryDisk[];
  matches: CounterMatch[];
}

export function toSaved(s: Session): SavedMeasurement {
  return { version: 1, savedAt: Date.now(), ...s };
}

export function fromSaved(s: SavedMeasurement): Session {
  const { perfmonFileName, inventoryFileName, measurement, inventory, matches } = s;
  return { perfmonFileName, inventoryFileName, measurement, inventory, matches };
}

/** The VMs' summed series, recomputed only when the matching changes. */
export function useMeasuredVms(session: Session): MeasuredVm[] {
  const { measurement, inventory, matches } = session;
  return useMemo(() => buildVmSeries(measurement, inventory, matches), [measurement, inventory, matches]);
}

/** "churn.csv, line 5 023, column 17: …" — where a file went wrong, as a spreadsheet counts. */
export function describeIssue(fileName: string, issue: ParseIssue): string {
  const where = `line ${issue.line.toLocaleString('en-US')}${issue.column === null ? '' : `, column ${issue.column}`}`;
  return `${fileName}, ${where}: ${issue.message}`;
}

/**
 * Columns of a VM inventory CSV: the paste feature's header names (so "Server", "Capacity",
 * "Churn %" work in both), plus the two an inventory adds, and the unit a size header names.
 */
import { COLUMN_LABELS, headerColumn, type PasteColumn } from '@/features/editor/vms/paste-columns';
import { bytesPerGB, type StorageUnits } from '@/plan';

export type InventoryColumn = PasteColumn | 'replicated' | 'recoveryPoints';

/** Column order of the template and of an export of the plan's VMs. */
export const TEMPLATE_COLUMNS: readonly InventoryColumn[] = ['name', 'count', 'disk', 'size', 'used', 'churnGB', 'replicated', 'workload', 'frequency', 'recoveryPoints'];

/** Columns read in GB figures, whose header may name a unit. */
export const SIZE_COLUMNS: ReadonlySet<InventoryColumn> = new Set(['size', 'used', 'churnGB']);

const unitName = (units: StorageUnits) => (units === 'decimal' ? 'GB' : 'GiB');

/** Header cell of a column in the template, with the plan's unit: "Size (GiB)". */
export function columnTitle(column: InventoryColumn, units: StorageUnits): string {
  const unit = unitName(units);
  switch (column) {
    case 'name':
      return 'VM name';
    case 'disk':
      return 'Disk name';
    case 'size':
      return `Size (${unit})`;
    case 'used':
      return `Used (${unit})`;
    case 'churnGB':
      return `Churn (${unit}/day)`;
    case 'replicated':
      return 'Replicated';
    case 'recoveryPoints':
      return 'Recovery points';
    default:
      return COLUMN_LABELS[column];
  }
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The column a header cell names, or null for one we do not use. */
export function inventoryColumn(cell: string): InventoryColumn | null {
  const h = normalise(cell);
  if (['replicated', 'replicate', 'replication', 'protected', 'include', 'included'].includes(h)) return 'replicated';
  if (h.includes('recoverypoint') || h.startsWith('recoveryhistory') || h === 'additionalrecoverypoints') return 'recoveryPoints';
  return headerColumn(cell);
}

const UNIT_BYTES: Record<string, number> = { mb: 1e6, mib: 2 ** 20, gb: 1e9, gib: 2 ** 30, tb: 1e12, tib: 2 ** 40 };

/** Bytes of the unit a header names ("Size (GB)" → 10^9), or null when it names none. */
export function headerUnitBytes(cell: string): number | null {
  const m = /(?:^|[^a-z])(mib|mb|gib|gb|tib|tb)(?![a-z])/i.exec(cell);
  return m ? UNIT_BYTES[m[1]!.toLowerCase()]! : null;
}

/** Plan GB per unit of a size column: 1 when the header names no unit or the plan's own. */
export function columnFactor(cell: string, units: StorageUnits): number {
  const bytes = headerUnitBytes(cell);
  return bytes === null ? 1 : bytes / bytesPerGB(units);
}

/** "yes", "no", "true", "0", "x"… → boolean; '' → null (the default); anything else → undefined. */
export function yesNo(text: string): boolean | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (['yes', 'y', 'true', '1', 'x', 'on', 'ja', 'oui'].includes(t)) return true;
  if (['no', 'n', 'false', '0', 'off', 'nein', 'non', '-'].includes(t)) return false;
  return undefined;
}

/** How a frequency is written in the template: 30 → "30 s", 300 → "5 min". */
export function frequencyText(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${seconds / 60} min`;
}

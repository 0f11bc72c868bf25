/**
 * Columns of VM rows in a spreadsheet — a paste from Excel or an inventory CSV, one row per disk:
 * which header names mean which plan field, how the template and an export head them, and the
 * unit a size header names. One table for both ways in, so "Server", "Capacity" or "Churn %" work
 * in either, and every per-VM field the editor has travels both ways.
 */
import { bytesPerGB, type StorageUnits } from '../limits';

export type VmColumn =
  | 'name'
  | 'count'
  | 'workload'
  | 'frequency'
  | 'recoveryPoints'
  | 'appConsistentHours'
  | 'profile'
  | 'hourlyWeights'
  /** The 5-minute shape (shape-cell.ts): uneven hours only, weights as written; the engine scales each hour to mean 1. */
  | 'withinHourWeights'
  | 'initialReplication'
  | 'writeIops'
  | 'disk'
  | 'size'
  | 'used'
  | 'churnGB'
  | 'churnPercent'
  | 'churnSource'
  | 'profileSource'
  | 'replicated';

/** VM-level columns: a VM's rows may repeat them or leave them empty after the first, but must not disagree. */
export const VM_LEVEL_COLUMNS = [
  'count',
  'workload',
  'frequency',
  'recoveryPoints',
  'appConsistentHours',
  'profile',
  'profileSource',
  'hourlyWeights',
  'withinHourWeights',
  'initialReplication',
  'writeIops',
] as const;
export type VmLevelColumn = (typeof VM_LEVEL_COLUMNS)[number];

/** How each column is named in messages when the file or paste has no header for it. */
export const COLUMN_LABELS: Record<VmColumn, string> = {
  name: 'Name',
  count: 'Count',
  workload: 'Workload',
  frequency: 'Frequency',
  recoveryPoints: 'Recovery points',
  appConsistentHours: 'App-consistent (h)',
  profile: 'Profile',
  hourlyWeights: 'Hourly weights',
  withinHourWeights: '5-minute shape',
  initialReplication: 'Initial replication',
  writeIops: 'Write IOPS',
  disk: 'Disk',
  size: 'Size',
  used: 'Used',
  churnGB: 'Churn per day',
  churnPercent: 'Churn (%)',
  churnSource: 'Churn source',
  profileSource: 'Profile source',
  replicated: 'Replicated',
};

/**
 * Column order of the template and of an export of the plan's VMs: every per-VM field, one row per
 * disk, with where each disk's churn and the VM's profile came from (entered, measured, preset, default).
 * The profile's source covers its hourly weights and 5-minute shape too (provenance.ts).
 */
export const TEMPLATE_COLUMNS: readonly VmColumn[] = [
  'name',
  'count',
  'disk',
  'size',
  'used',
  'churnGB',
  'churnSource',
  'replicated',
  'workload',
  'frequency',
  'recoveryPoints',
  'appConsistentHours',
  'profile',
  'profileSource',
  'hourlyWeights',
  'withinHourWeights',
  'initialReplication',
  'writeIops',
];

/** Columns holding plan GB figures, whose header may name a unit. */
export const SIZE_COLUMNS: ReadonlySet<VmColumn> = new Set(['size', 'used', 'churnGB']);

const unitName = (units: StorageUnits) => (units === 'decimal' ? 'GB' : 'GiB');

/** Header cell of a column in the template and exports, with the plan's unit: "Size (GiB)". */
export function columnTitle(column: VmColumn, units: StorageUnits): string {
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
    case 'hourlyWeights':
      return 'Hourly weights (00-23 h)';
    default:
      return COLUMN_LABELS[column];
  }
}

/** "Churn (GB/day)" → "churngbday", "Churn %" → "churn%". */
const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9%]/g, '');

/** The column a header cell names, or null when it is not one we know. */
export function headerColumn(cell: string): VmColumn | null {
  const h = normalise(cell);
  if (!h) return null;
  // Before the hourly weights: "Within-hour weights" and "5-minute weights" name the shape, not the day.
  if (/withinhour|intrahour|subhour|^(5|five)min|burst/.test(h)) return 'withinHourWeights';
  if (h.includes('weight') || h.startsWith('hourly') || h === 'hours') return 'hourlyWeights';
  // "Churn source", "Profile provenance": where the figure came from (provenance.ts), not the figure.
  if (/(source|provenance|origin)$/.test(h)) {
    if (h.startsWith('churn')) return 'churnSource';
    if (h.startsWith('profile')) return 'profileSource';
  }
  if (h.includes('churn') || h.includes('change') || h.includes('delta')) {
    return h.includes('%') || h.includes('percent') || h.includes('pct') ? 'churnPercent' : 'churnGB';
  }
  if (h.includes('recoverypoint') || h.startsWith('recoveryhistory') || h === 'points' || h === 'rp') return 'recoveryPoints';
  if (h.startsWith('appconsistent') || h.startsWith('vss') || h.startsWith('applicationconsistent')) return 'appConsistentHours';
  if (h.startsWith('initialrep') || h === 'ir' || h === 'irmethod' || h === 'initialcopy' || h === 'seeding') return 'initialReplication';
  if (h.includes('iops')) return 'writeIops';
  if (['replicated', 'replicate', 'replication', 'protected', 'include', 'included'].includes(h)) return 'replicated';
  if (h.startsWith('used') || h.startsWith('inuse') || h === 'allocated') return 'used';
  if (h.includes('size') || h.startsWith('capacity') || h.startsWith('provisioned')) return 'size';
  if (['disk', 'diskname', 'drive', 'volume', 'vhd', 'vhdx', 'virtualdisk'].includes(h)) return 'disk';
  if (['name', 'vm', 'vmname', 'server', 'servername', 'host', 'hostname', 'machine', 'virtualmachine'].includes(h)) return 'name';
  if (['count', 'copies', 'qty', 'quantity', 'instances', 'number'].includes(h)) return 'count';
  if (['workload', 'preset', 'type', 'role', 'workloadtype'].includes(h)) return 'workload';
  if (['profile', 'dayprofile', 'shape', 'pattern'].includes(h)) return 'profile';
  if (h.startsWith('freq') || h.startsWith('interval') || h.startsWith('replicationfreq')) return 'frequency';
  return null;
}

/** Column of each header cell (a repeated column counts once: later copies are ignored). */
export function columnsOfHeader(cells: readonly string[]): (VmColumn | null)[] {
  const seen = new Set<VmColumn>();
  return cells.map((cell) => {
    const column = headerColumn(cell);
    if (column === null || seen.has(column)) return null;
    seen.add(column);
    return column;
  });
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

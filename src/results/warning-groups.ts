/** Warnings grouped by severity, most severe first; within a group the engine's order is kept. */
import type { Severity, Warning } from '@/engine';

export interface WarningGroup {
  severity: Severity;
  /** "Errors", "Warnings", "Notes". */
  title: string;
  icon: string;
  /** The severity as a word for each item: "Error", "Warning", "Note". */
  label: string;
  warnings: Warning[];
}

const GROUPS: Omit<WarningGroup, 'warnings'>[] = [
  { severity: 'error', title: 'Errors', icon: '✖', label: 'Error' },
  { severity: 'warning', title: 'Warnings', icon: '⚠', label: 'Warning' },
  { severity: 'info', title: 'Notes', icon: 'ℹ', label: 'Note' },
];

/** Non-empty groups in severity order. */
export function groupWarnings(warnings: readonly Warning[]): WarningGroup[] {
  return GROUPS.map((g) => ({ ...g, warnings: warnings.filter((w) => w.severity === g.severity) })).filter((g) => g.warnings.length > 0);
}

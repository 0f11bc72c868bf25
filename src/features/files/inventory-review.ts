/**
 * What the import dialog shows for a file: every data row with its state (ready, its own
 * problems, or left out because another row of its VM has one), the VMs ready to import and the
 * file-wide problems. Pure: parse and gate in one call, for the dialog and its tests.
 */
import type { StorageUnits } from '@/plan';
import type { DraftVm, PlanDraft } from '@/store';
import { parseInventoryCsv, type InventoryIssue, type InventoryParse, type InventoryRow } from './inventory-csv';
import { gateInventory } from './inventory-gate';

export type RowState = 'ready' | 'problem' | 'held';

export interface ReviewRow extends InventoryRow {
  state: RowState;
  /** "Size (GiB): not a number" — this row's own problems. */
  problems: string[];
  /** For a held row: the lines of its VM that have problems. */
  heldBy: number[];
}

export interface InventoryReview {
  columns: InventoryParse['columns'];
  rows: ReviewRow[];
  /** Trusted VMs, ready for `appendVms` or to replace the plan's VMs. */
  ready: DraftVm[];
  readyDisks: number;
  /** Rows that will not be imported. */
  leftOut: number;
  /** Problems not on one row: the file cannot be read, or the plan settings stop every VM. */
  general: string[];
  /** Header cells of columns that are not read. */
  ignored: string[];
  notes: string[];
}

const problemText = (issue: InventoryIssue) => (issue.column ? `${issue.column}: ${issue.message}` : issue.message);

/** Read an inventory file against the plan being edited; nothing here touches the plan. */
export function reviewInventory(text: string, units: StorageUnits, draft: PlanDraft): InventoryReview {
  const parse = parseInventoryCsv(text, units);
  if (parse.fatal.length > 0) {
    return { columns: parse.columns, rows: [], ready: [], readyDisks: 0, leftOut: 0, general: parse.fatal, ignored: parse.ignored, notes: parse.notes };
  }
  const gate = gateInventory(draft, parse);
  const byLine = new Map<number, string[]>();
  for (const issue of [...parse.issues, ...gate.issues]) byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), problemText(issue)]);
  const failed = new Set([...parse.failedLines, ...gate.failedLines]);
  // Lines of one VM, so a held row can point at the row that holds it back.
  const vmLines = new Map<string, number[]>();
  for (const row of parse.rows) {
    const key = row.vm.toLowerCase();
    if (row.vm) vmLines.set(key, [...(vmLines.get(key) ?? []), row.line]);
  }
  const rows = parse.rows.map((row): ReviewRow => {
    const problems = byLine.get(row.line) ?? [];
    // No VM imports while the plan settings block the gate: those rows are not "ready" either.
    const state: RowState = problems.length > 0 ? 'problem' : failed.has(row.line) || gate.general.length > 0 ? 'held' : 'ready';
    const heldBy = state === 'held' ? (vmLines.get(row.vm.toLowerCase()) ?? []).filter((l) => byLine.has(l)) : [];
    return { ...row, state, problems, heldBy };
  });
  // Issues on lines that are not data rows (an unclosed quote swallowing the rest) still count.
  const rowLines = new Set(rows.map((r) => r.line));
  const orphan = [...byLine].filter(([line]) => !rowLines.has(line)).flatMap(([line, texts]) => texts.map((t) => `Line ${line}: ${t}`));
  return {
    columns: parse.columns,
    rows,
    ready: gate.ready,
    readyDisks: gate.ready.reduce((n, vm) => n + vm.disks.length, 0),
    leftOut: rows.filter((r) => r.state !== 'ready').length,
    general: [...gate.general, ...orphan],
    ignored: parse.ignored,
    notes: parse.notes,
  };
}

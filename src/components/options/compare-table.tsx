/**
 * The comparison table (SPEC §5.9): one row per option — the plan, its variants, the optimizer's
 * proposals — with every figure that differs from the plan's marked (better / worse). Shared by
 * the Options panel and the report.
 */
import type { ReactNode } from 'react';
import type { Plan } from '@/plan';
import { COMPARE_COLUMNS, compareCells } from '@/results';
import type { ComparisonRow, EvaluatedOption } from '@/scenario';
import { formatChangeIssue } from '@/scenario';
import './options.css';

export interface CompareTableProps {
  plan: Plan;
  rows: readonly ComparisonRow[];
  /** Buttons for an option (e.g. "Make this the plan"); none in the report. */
  actions?: (option: EvaluatedOption) => ReactNode;
  caption: string;
}

export function CompareTable({ plan, rows, actions, caption }: CompareTableProps) {
  const base = rows.find((r) => r.ok && r.option.kind === 'base');
  const baseOption = base?.ok ? base.option : null;
  return (
    // Focusable so a keyboard can scroll a table wider than the screen.
    <div className="compare-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {COMPARE_COLUMNS.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            if (!row.ok) {
              return (
                <tr key={row.id} className="compare-broken">
                  <th scope="row">{row.name}</th>
                  <td colSpan={COMPARE_COLUMNS.length + (actions ? 1 : 0)} role="alert">
                    Cannot be applied: {row.issues.map(formatChangeIssue).join('; ')}
                  </td>
                </tr>
              );
            }
            const o = row.option;
            const cells = compareCells(plan, o, o === baseOption ? null : baseOption);
            return (
              <tr key={o.id} className={o.meetsGoals ? 'compare-meets' : 'compare-misses'}>
                <th scope="row">
                  <span className="compare-name">{o.name}</span>
                  {o.changesInWords.length > 0 ? (
                    <ul className="compare-changes">
                      {o.changesInWords.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  ) : null}
                </th>
                {COMPARE_COLUMNS.map((c) => {
                  const cell = cells[c.key];
                  const mark = cell.direction === 'better' ? ' (better than the plan)' : cell.direction === 'worse' ? ' (worse than the plan)' : cell.changed ? ' (differs from the plan)' : '';
                  return (
                    <td key={c.key} className={cell.direction ? `compare-${cell.direction}` : cell.changed ? 'compare-changed' : undefined}>
                      {cell.text}
                      {mark ? <span className="visually-hidden">{mark}</span> : null}
                    </td>
                  );
                })}
                {actions ? <td className="compare-actions">{actions(o)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

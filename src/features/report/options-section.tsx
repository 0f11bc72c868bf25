/**
 * The report's options (SPEC §5.9): "Recommended option" on page 1 (the optimizer's first answer,
 * or why nothing in the price list meets the goals) and the "Options considered" section (the
 * comparison of the plan, its variants and the options found, and the cost-against-RPO chart).
 */
import type { OptimizerState } from '@/components';
import { CompareTable } from '@/components/options/compare-table';
import { CostRpoChart } from '@/components/options/cost-rpo-chart';
import type { Plan } from '@/plan';
import { evaluatedRows, formatMoney, goalsInWords, goalsVerdict, nothingMeetsText, recommendedOption, optionWorstRpoText } from '@/results';
import type { ComparisonRow } from '@/scenario';

/** Where the options stand for the report's plan. */
export interface ReportOptions {
  comparison: ComparisonRow[] | null;
  optimizer: OptimizerState;
}

export function RecommendedOption({ plan, options }: { plan: Plan; options: ReportOptions }) {
  const { optimizer } = options;
  if (optimizer.status === 'running' || (optimizer.status === 'idle' && plan.costs.linkTiers.length > 0)) {
    return <p className="report-recommended report-note">Searching the price list for the cheapest option that meets the goals…</p>;
  }
  const result = optimizer.status === 'done' ? optimizer.result : null;
  if (!result) return null;
  const best = recommendedOption(result);
  if (!best) {
    return (
      <div className="report-recommended report-recommended--none">
        <h3>Recommended option</h3>
        <p>{nothingMeetsText(plan, result)}</p>
      </div>
    );
  }
  return (
    <div className="report-recommended">
      <h3>Recommended option</h3>
      <p>
        <strong>{best.name.replace(/^Option 1: /, '')}</strong> — the cheapest option that meets the goals: {formatMoney(plan, best.cost.monthly)} a month
        {best.cost.oneOff > 0 ? ` and ${formatMoney(plan, best.cost.oneOff)} once` : ''}; worst RPO {optionWorstRpoText(best)}, {best.figures.vmsBreaching} VMs breaching
        the failure window.
      </p>
      {best.changesInWords.length > 0 ? (
        <ul>
          {best.changesInWords.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : (
        <p>The plan as it is already meets the goals at the lowest price found.</p>
      )}
    </div>
  );
}

export function OptionsConsidered({ plan, options, number }: { plan: Plan; options: ReportOptions; number: number }) {
  const found = options.optimizer.status === 'done' && options.optimizer.result ? options.optimizer.result.options : [];
  const rows: ComparisonRow[] = [...(options.comparison ?? []), ...found.map((option) => ({ ok: true as const, option }))];
  const evaluated = evaluatedRows(rows);
  const result = options.optimizer.status === 'done' ? options.optimizer.result : null;
  return (
    <section className="report-section report-section--new-page" aria-labelledby="report-options">
      <h2 id="report-options">{number}. Options considered</h2>
      <p>
        Every option is evaluated with the same engine and judged on the same goals: the plan {goalsInWords(plan)}. Monthly cost is the link offer
        matching the option’s uplink{plan.costs.replicaStoragePerTBMonth !== null ? ' plus replica storage' : ''}; the one-off cost is one shipment of
        initial-copy disks when any VM is seeded offline. On a bigger line the other traffic keeps the Mbps it had.
      </p>
      {rows.length > 0 ? <CompareTable plan={plan} rows={rows} caption="The plan, its variants and the cheapest options found (green: better than the plan, red: worse)" /> : <p>No options were evaluated.</p>}
      {evaluated.length > 0 ? <CostRpoChart plan={plan} options={evaluated} width={680} animate={false} /> : null}
      {result ? (
        <ul className="report-note">
          {evaluated
            .filter((o) => !o.meetsGoals)
            .map((o) => (
              <li key={o.id}>
                {o.name}: {goalsVerdict(o, plan)}.
              </li>
            ))}
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

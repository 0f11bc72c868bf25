/**
 * The Options panel (SPEC §5.9): goals, prices and variants; the comparison of the plan, its
 * variants and the optimizer's proposals side by side, with the cost-against-RPO chart; "Find the
 * cheapest option" runs in the worker with progress and Cancel, and never blocks typing.
 */
import { useOptions } from '@/components';
import { CompareTable } from '@/components/options/compare-table';
import { CostRpoChart } from '@/components/options/cost-rpo-chart';
import { formatDuration } from '@/lib/format';
import { evaluatedRows, formatMoney, goalsInWords, nothingMeetsText } from '@/results';
import { adoptVariedPlan, type ComparisonRow, type EvaluatedOption } from '@/scenario';
import { selectLastValidPlan, uniqueId, usePlanStore } from '@/store';
import { CostsEditor, GoalsEditor } from './goals-costs';
import { VariantsEditor } from './variants-editor';
import './options-panel.css';

function OptimizerBox() {
  const plan = usePlanStore(selectLastValidPlan);
  const { optimizer, runOptimizer, cancelOptimizer } = useOptions();
  const running = optimizer.status === 'running';
  const outOfDate = optimizer.forPlan !== null && optimizer.forPlan !== plan && optimizer.status !== 'running';
  const result = optimizer.result;
  const best = result?.options[0];
  const nothing = result ? nothingMeetsText(plan, result) : null;
  let status = '';
  if (running) status = `Searching… ${optimizer.progress ? `${optimizer.progress.done} of ${optimizer.progress.total} lines tried, ${optimizer.progress.evaluations} engine runs` : ''}`;
  else if (optimizer.status === 'cancelled') status = 'Search cancelled.';
  else if (optimizer.status === 'error') status = `The search failed: ${optimizer.error ?? 'unknown error'}`;
  else if (result && best) {
    status = `Cheapest option that meets the goals: ${best.name} — ${formatMoney(plan, best.cost.monthly)} a month${best.cost.oneOff ? ` + ${formatMoney(plan, best.cost.oneOff)} once` : ''}. ${result.options.length} option${result.options.length === 1 ? '' : 's'} found in ${result.evaluations} engine runs${optimizer.elapsedMs === null ? '' : ` (${formatDuration(optimizer.elapsedMs / 1000)})`}.`;
  } else if (nothing) status = nothing;
  return (
    <div className="options-optimizer">
      <div className="options-optimizer-actions">
        <button type="button" className="button--primary" onClick={runOptimizer} disabled={running}>
          Find the cheapest option that meets the goals
        </button>
        {running ? (
          <>
            <progress max={optimizer.progress?.total ?? 1} value={optimizer.progress?.done ?? 0} aria-label="Search progress" />
            <button type="button" onClick={cancelOptimizer}>
              Cancel
            </button>
          </>
        ) : null}
      </div>
      <p className="options-status" role="status">
        {status}
        {outOfDate ? ' The plan has changed since: search again for options that fit it.' : ''}
      </p>
      {result?.notes.map((note) => (
        <p key={note} className="options-note">
          {note}
        </p>
      ))}
    </div>
  );
}

export function OptionsPanel() {
  const plan = usePlanStore(selectLastValidPlan);
  const draftVariants = usePlanStore((s) => s.draft.variants);
  const setField = usePlanStore((s) => s.setField);
  const applyOption = usePlanStore((s) => s.applyOption);
  const { comparison, optimizer } = useOptions();
  const compareCurrent = comparison.forPlan === plan;
  const optimizerCurrent = optimizer.forPlan === plan && optimizer.status === 'done';
  const rows: ComparisonRow[] = [
    ...(compareCurrent && comparison.rows ? comparison.rows : []),
    ...(optimizerCurrent && optimizer.result ? optimizer.result.options.map((option) => ({ ok: true as const, option })) : []),
  ];
  const options = evaluatedRows(rows);
  const makePlan = (option: EvaluatedOption) => applyOption(adoptVariedPlan(plan, option.plan, option.kind === 'variant' ? option.id : null));
  const keepAsVariant = (option: EvaluatedOption) => {
    const id = uniqueId(option.id.replace(/^option-/, 'found-'), new Set(draftVariants.map((v) => v.id)));
    setField(['variants'], [...draftVariants, { id, name: option.name.replace(/^Option \d+: /, ''), changes: option.changes }]);
  };
  const actions = (option: EvaluatedOption) =>
    option.kind === 'base' ? null : (
      <>
        <button type="button" onClick={() => makePlan(option)} aria-label={`Make “${option.name}” the plan`}>
          Make this the plan
        </button>
        {option.kind === 'optimizer' ? (
          <button type="button" onClick={() => keepAsVariant(option)} aria-label={`Keep “${option.name}” as a variant`}>
            Keep as variant
          </button>
        ) : null}
      </>
    );
  return (
    <section className="options-panel" aria-labelledby="options-title">
      <h2 id="options-title">Options: goals, prices and variants</h2>
      <p className="options-intro">Every option is judged on the same goals: the plan {goalsInWords(plan)}.</p>
      <div className="options-editors">
        <GoalsEditor />
        <CostsEditor />
      </div>
      <VariantsEditor />
      <OptimizerBox />
      {rows.length > 0 ? (
        <>
          {comparison.computing ? <p className="options-status">Comparing…</p> : null}
          {comparison.error ? <p className="field-issue">The comparison failed: {comparison.error}</p> : null}
          <CompareTable plan={plan} rows={rows} actions={actions} caption="The plan, its variants and the cheapest options found, side by side (green: better than the plan, red: worse)" />
          <CostRpoChart plan={plan} options={options} />
        </>
      ) : plan.variants.length > 0 || plan.costs.linkTiers.length > 0 ? (
        <p className="options-status">Comparing…</p>
      ) : null}
    </section>
  );
}

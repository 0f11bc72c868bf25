import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatMbps } from '@/lib/format';
import { verdictOf } from '@/results';
import { RecommendedOption, type ReportOptions } from './options-section';
import { buildRecommendations } from './recommendations';
import { buildKeyFigures, buildUplinkRows } from './summary-figures';

/** Recommendations repeated on the summary page; the full list is in section 5. */
const FIRST_STEPS = 3;

const TONE_MARK = { ok: '✔', warning: '⚠', bad: '✖' } as const;

/** Section 1: the verdict, the uplink each goal needs, and the headline figures. */
export function ExecutiveSummary({ plan, result, options = null }: { plan: Plan; result: PlanResult; options?: ReportOptions | null }) {
  const verdict = verdictOf(plan, result);
  const uplink = buildUplinkRows(plan, result);
  const figures = buildKeyFigures(plan, result);
  const recommendations = buildRecommendations(plan, result);
  const firstSteps = recommendations.slice(0, FIRST_STEPS);
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h2 id="report-summary">1. Executive summary</h2>
      <p className={`report-verdict report-verdict--${verdict.tone}`}>
        <strong>
          <span aria-hidden="true">{TONE_MARK[verdict.tone]} </span>
          {verdict.title}.
        </strong>{' '}
        {verdict.detail}
      </p>
      {options ? <RecommendedOption plan={plan} options={options} /> : null}
      <table className="report-table report-uplink">
        <caption>Uplink needed for each goal, against the plan’s {formatMbps(plan.link.uplinkMbps)}</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col" className="report-num">
              Uplink needed
            </th>
            <th scope="col">With {formatMbps(plan.link.uplinkMbps)}</th>
          </tr>
        </thead>
        <tbody>
          {uplink.map((row) => (
            <tr key={row.goal}>
              <th scope="row">{row.goal}</th>
              <td className="report-num">{row.needed}</td>
              <td className={row.met ? undefined : 'report-bad'}>
                <span aria-hidden="true">{row.met ? '✔ ' : '✖ '}</span>
                {row.standing}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table report-figures">
        <caption>Headline figures</caption>
        <tbody>
          {figures.map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td className={`report-figure${f.bad ? ' report-bad' : ''}`}>
                {f.bad ? <span aria-hidden="true">✖ </span> : null}
                {f.value}
              </td>
              <td>{f.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="report-first-steps">What to do first</h3>
      <ol className="report-recommendations" aria-labelledby="report-first-steps">
        {firstSteps.map((r) => (
          <li key={r.id}>{r.text}</li>
        ))}
      </ol>
      <p className="report-note">
        All {recommendations.length} recommendations and the warnings behind them are in section 5; every input, and whether it is a default or a rule of
        thumb, is in section 2.
      </p>
    </section>
  );
}

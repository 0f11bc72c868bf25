import type { Ref } from 'react';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { AssumptionsSection } from './assumptions-section';
import { ExecutiveSummary } from './executive-summary';
import { MeasuredEvidenceSection } from './measured-evidence-section';
import { MethodAndSources } from './method-and-sources';
import { OptionsConsidered, type ReportOptions } from './options-section';
import { RecommendationsSection } from './recommendations-section';
import { ReportCharts } from './report-charts';
import { VERSION_TEXT } from './report-format';
import { ReportVmTable } from './report-vm-table';

interface ReportDocumentProps {
  plan: Plan;
  result: PlanResult;
  /** The plan being edited has errors: this report describes the last valid plan. */
  draftInvalid: boolean;
  engineError: Error | null;
  /** The report's date, already formatted. */
  date: string;
  titleRef?: Ref<HTMLHeadingElement>;
  /** Comparison and optimizer for this plan; null when the plan has no prices or variants. */
  options?: ReportOptions | null;
}

/** The deliverable, in the order a customer reads it; sections are numbered for reference. */
export function ReportDocument({ plan, result, draftInvalid, engineError, date, titleRef, options = null }: ReportDocumentProps) {
  const vmCount = plan.vms.reduce((a, vm) => a + vm.count, 0);
  const groups = plan.vms.length;
  return (
    <article className="report-page">
      <header className="report-header">
        <h1 id="report-title" tabIndex={-1} ref={titleRef}>
          Hyper-V Replica sizing report
        </h1>
        <p className="report-plan-name">{plan.name}</p>
        <p className="report-meta">
          {date} · {vmCount} VM{vmCount === 1 ? '' : 's'}
          {groups !== vmCount ? ` in ${groups} groups` : ''} · {VERSION_TEXT[plan.replication.windowsServer]}
          {plan.extended ? ' · with an extended replica' : ''} · prepared with Replica Planner
        </p>
        {draftInvalid ? (
          <p className="report-stale" role="note">
            <span aria-hidden="true">⚠ </span>The plan being edited has errors: this report describes the last valid plan.
          </p>
        ) : null}
        {engineError ? (
          <p className="report-stale" role="note">
            <span aria-hidden="true">⚠ </span>The newest plan could not be evaluated ({engineError.message}): this report describes the previous one.
          </p>
        ) : null}
      </header>
      <ExecutiveSummary plan={plan} result={result} options={options} />
      <AssumptionsSection plan={plan} />
      <MeasuredEvidenceSection plan={plan} result={result} />
      <ReportCharts plan={plan} result={result} />
      <ReportVmTable plan={plan} result={result} />
      <RecommendationsSection plan={plan} result={result} />
      {options ? <OptionsConsidered plan={plan} options={options} number={6} /> : null}
      <MethodAndSources number={options ? 7 : 6} />
    </article>
  );
}

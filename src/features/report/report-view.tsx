import { useEffect, useRef, useState } from 'react';
import { useOptionsIfAny, useResults } from '@/components';
import { ErrorBoundary } from '@/components/error-boundary';
import { getDisplayLocale } from '@/lib/format';
import type { ReportOptions } from './options-section';
import { ReportDocument } from './report-document';
import './report.css';
import './report-print.css';

/** Back in the planner, focus returns to the button that opened the report. */
function focusReportOpener() {
  requestAnimationFrame(() => {
    const opener = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Report / Print');
    (opener ?? document.getElementById('results'))?.focus();
  });
}

/** The printable report, loaded on demand: the report of the last valid plan, and its two buttons. */
export default function ReportView({ onClose }: { onClose: () => void }) {
  const { shown, draftInvalid, error } = useResults();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Fixed when the report opens, so a re-render never changes the printed date.
  const [date] = useState(() => new Date().toLocaleDateString(getDisplayLocale(), { year: 'numeric', month: 'long', day: 'numeric' }));

  useEffect(() => {
    window.scrollTo(0, 0);
    titleRef.current?.focus();
  }, []);

  // The report recommends the cheapest option: search once for the plan shown, unless already done.
  const optionsState = useOptionsIfAny();
  const plan = shown?.plan ?? null;
  const wantsOptions = plan !== null && (plan.costs.linkTiers.length > 0 || plan.variants.length > 0);
  const optimizerFor = optionsState?.optimizer.forPlan ?? null;
  const runOptimizer = optionsState?.runOptimizer;
  useEffect(() => {
    if (wantsOptions && plan && plan.costs.linkTiers.length > 0 && optimizerFor !== plan && runOptimizer) runOptimizer();
  }, [wantsOptions, plan, optimizerFor, runOptimizer]);
  const reportOptions: ReportOptions | null =
    optionsState && wantsOptions
      ? {
          comparison: optionsState.comparison.forPlan === plan ? optionsState.comparison.rows : null,
          optimizer: optionsState.optimizer.forPlan === plan ? optionsState.optimizer : { status: 'idle', progress: null, result: null, forPlan: null, error: null, elapsedMs: null },
        }
      : null;

  const close = () => {
    onClose();
    focusReportOpener();
  };

  return (
    <main className="report" aria-labelledby="report-title">
      <div className="report-toolbar no-print" role="toolbar" aria-label="Report">
        <button type="button" onClick={close}>
          <span aria-hidden="true">← </span>Back to the planner
        </button>
        <button type="button" className="button--primary" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
        <span className="report-toolbar-hint">A4 or Letter; choose “Save as PDF” as the printer for a file.</span>
      </div>
      <ErrorBoundary
        resetKey={shown?.result}
        fallback={(e) => (
          <div role="alert" className="notice notice--error">
            <p>The report could not be shown: {e.message}. The plan is unchanged; go back to the planner.</p>
          </div>
        )}
      >
        {shown ? (
          <ReportDocument plan={shown.plan} result={shown.result} draftInvalid={draftInvalid} engineError={error} date={date} titleRef={titleRef} options={reportOptions} />
        ) : (
          <p className="report-loading">Computing the results for the report…</p>
        )}
      </ErrorBoundary>
    </main>
  );
}

import { useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { useResults } from '@/features/results/results-context';
import { getDisplayLocale } from '@/lib/format';
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
          <ReportDocument plan={shown.plan} result={shown.result} draftInvalid={draftInvalid} engineError={error} date={date} titleRef={titleRef} />
        ) : (
          <p className="report-loading">Computing the results for the report…</p>
        )}
      </ErrorBoundary>
    </main>
  );
}

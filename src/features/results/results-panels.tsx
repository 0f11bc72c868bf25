import { ErrorBoundary } from '@/app/error-boundary';
import { ResultCharts } from './charts';
import { HeadlineCards } from './headline/headline-cards';
import { useResults } from './results-context';
import { VmResultsTable } from './vm-results';
import { WarningsPanel } from './warnings';

function PanelFailure({ error }: { error: Error }) {
  return (
    <div role="alert" className="notice notice--error">
      <p>This part of the results could not be shown: {error.message}</p>
    </div>
  );
}

/** Marks results that describe an older plan than the one being edited. */
function useStaleClass(): string {
  const { draftInvalid, computing, error } = useResults();
  return draftInvalid || computing || error ? ' results--stale' : '';
}

/** Headline cards and charts (beside the settings). */
export function ResultsSummary() {
  const { shown } = useResults();
  const stale = useStaleClass();
  if (!shown) return null;
  return (
    <div className={`results${stale}`}>
      <ErrorBoundary resetKey={shown.result} fallback={(e) => <PanelFailure error={e} />}>
        <HeadlineCards plan={shown.plan} result={shown.result} />
      </ErrorBoundary>
      <ErrorBoundary resetKey={shown.result} fallback={(e) => <PanelFailure error={e} />}>
        <ResultCharts plan={shown.plan} result={shown.result} />
      </ErrorBoundary>
    </div>
  );
}

/** Per-VM results and warnings (below the VM editor). */
export function ResultsDetails() {
  const { shown } = useResults();
  const stale = useStaleClass();
  if (!shown) return null;
  return (
    <div className={`results${stale}`}>
      <ErrorBoundary resetKey={shown.result} fallback={(e) => <PanelFailure error={e} />}>
        <VmResultsTable plan={shown.plan} result={shown.result} />
      </ErrorBoundary>
      <ErrorBoundary resetKey={shown.result} fallback={(e) => <PanelFailure error={e} />}>
        <WarningsPanel plan={shown.plan} result={shown.result} />
      </ErrorBoundary>
    </div>
  );
}

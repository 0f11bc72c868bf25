import { lazy, memo, Suspense, useDeferredValue } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
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

// Charts and tables re-render from a deferred copy of the result: the verdict and cards commit
// first and typing is never blocked; the slower parts follow in an interruptible render.
// Recharts is most of the app's weight: the charts load as their own chunk, after the verdict,
// cards and editor are on screen (keeps first-screen JavaScript within its budget).
const Charts = memo(lazy(() => import('./charts/result-charts').then((m) => ({ default: m.ResultCharts }))));
const VmTable = memo(VmResultsTable);
const Warnings = memo(WarningsPanel);

function ChartsLoading() {
  return (
    <p className="charts-loading" role="status">
      Drawing the charts…
    </p>
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
  const deferred = useDeferredValue(shown);
  const stale = useStaleClass();
  if (!shown || !deferred) return null;
  return (
    <div className={`results${stale}`}>
      <ErrorBoundary resetKey={shown.result} fallback={(e) => <PanelFailure error={e} />}>
        <HeadlineCards plan={shown.plan} result={shown.result} />
      </ErrorBoundary>
      <div className="results-deferred" aria-busy={deferred !== shown || undefined}>
        <ErrorBoundary resetKey={deferred.result} fallback={(e) => <PanelFailure error={e} />}>
          <Suspense fallback={<ChartsLoading />}>
            <Charts plan={deferred.plan} result={deferred.result} />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}

/** Per-VM results and warnings (below the VM editor). */
export function ResultsDetails() {
  const { shown } = useResults();
  const deferred = useDeferredValue(shown);
  const stale = useStaleClass();
  if (!shown || !deferred) return null;
  return (
    <div className={`results results-deferred${stale}`} aria-busy={deferred !== shown || undefined}>
      <ErrorBoundary resetKey={deferred.result} fallback={(e) => <PanelFailure error={e} />}>
        <VmTable plan={deferred.plan} result={deferred.result} />
      </ErrorBoundary>
      <ErrorBoundary resetKey={deferred.result} fallback={(e) => <PanelFailure error={e} />}>
        <Warnings plan={deferred.plan} result={deferred.result} />
      </ErrorBoundary>
    </div>
  );
}

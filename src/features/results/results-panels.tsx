import { lazy, memo, Suspense, useDeferredValue } from 'react';
import { Contained, useResults } from '@/components';
import { HeadlineCards } from './headline/headline-cards';
import { VmResultsTable } from './vm-results';
import { WarningsPanel } from './warnings';

// Charts and tables re-render from a deferred copy of the result: the verdict and cards commit
// first and typing is never blocked; the slower parts follow in an interruptible render.
// Recharts is most of the app's weight: the charts load as their own chunk, after the verdict,
// cards and editor are on screen (keeps first-screen JavaScript within its budget).
const Charts = memo(lazy(() => import('@/components/charts/result-charts').then((m) => ({ default: m.ResultCharts }))));
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
      <Contained part="The headline figures" resetKey={shown.result}>
        <HeadlineCards plan={shown.plan} result={shown.result} />
      </Contained>
      <div className="results-deferred" aria-busy={deferred !== shown || undefined}>
        {/* Each chart also fails on its own (see ResultCharts); this catches a chunk that will not load. */}
        <Contained part="The charts" resetKey={deferred.result}>
          <Suspense fallback={<ChartsLoading />}>
            <Charts plan={deferred.plan} result={deferred.result} />
          </Suspense>
        </Contained>
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
      <Contained part="The per-VM results" resetKey={deferred.result}>
        <VmTable plan={deferred.plan} result={deferred.result} />
      </Contained>
      <Contained part="The warnings" resetKey={deferred.result}>
        <Warnings plan={deferred.plan} result={deferred.result} />
      </Contained>
    </div>
  );
}

import { lazy, Suspense, useState, type MouseEvent } from 'react';
import { PlanSettings } from '@/features/editor/settings';
import { VmEditor } from '@/features/editor/vms';
import { ResultsDetails, ResultsProvider, ResultsSummary, VerdictBar } from '@/features/results';
import { PlanStoreProvider, type PlanStore } from '@/store';
import { AppHeader } from './app-header';
import { NoticeBanner } from './notice-banner';
import { useUndoShortcuts } from './use-undo-shortcuts';

const ReportView = lazy(() => import('@/features/report/report-view'));

function skipToResults(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('results')?.focus();
}

/** The planner screen: settings beside the answers, the VM table, then per-VM results. */
export function App({ store }: { store: PlanStore }) {
  useUndoShortcuts(store);
  const [view, setView] = useState<'planner' | 'report'>('planner');
  return (
    <PlanStoreProvider store={store}>
      {/* The address bar's hash carries the plan (share links), so the skip link moves focus itself. */}
      <a className="skip-link" href="#results" onClick={skipToResults}>
        Skip to results
      </a>
      {/* The header sits inside the results provider: its file actions export the per-VM results. */}
      <ResultsProvider>
        {view === 'planner' ? <AppHeader onOpenReport={() => setView('report')} /> : null}
        <NoticeBanner />
        {view === 'report' ? (
          <Suspense fallback={<p className="app-loading">Preparing the report…</p>}>
            <ReportView onClose={() => setView('planner')} />
          </Suspense>
        ) : (
          <main className="planner">
            <VerdictBar />
            <div className="planner-top">
              <section className="planner-settings" aria-label="Plan settings">
                <PlanSettings />
              </section>
              <section id="results" className="planner-results" aria-label="Results" tabIndex={-1}>
                <ResultsSummary />
              </section>
            </div>
            <VmEditor />
            <ResultsDetails />
          </main>
        )}
      </ResultsProvider>
      <footer className="app-footer">
        <p>Plans stay in this browser: nothing is uploaded. Compression ratios are assumptions; Microsoft publishes none.</p>
      </footer>
    </PlanStoreProvider>
  );
}

import { lazy, Suspense, useState, type MouseEvent } from 'react';
import { Contained, OptionsProvider, ResultsProvider } from '@/components';
import { PlanSettings } from '@/features/editor/settings';
import { VmEditor } from '@/features/editor/vms';
import { ResultsDetails, ResultsSummary, VerdictBar } from '@/features/results';
import { PlanStoreProvider, type PlanStore } from '@/store';
import { AppCrashGuard } from './app-crash';
import { AppHeader } from './app-header';
import { NoticeBanner } from './notice-banner';
import { useUndoShortcuts } from './use-undo-shortcuts';

const ReportView = lazy(() => import('@/features/report/report-view'));
// Below the fold and drawing a chart: loaded after the first screen.
const OptionsPanel = lazy(() => import('@/features/options').then((m) => ({ default: m.OptionsPanel })));

function skipToResults(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('results')?.focus();
}

/** The planner screen: settings beside the answers, the VM table, then per-VM results. */
export function App({ store }: { store: PlanStore }) {
  useUndoShortcuts(store);
  const [view, setView] = useState<'planner' | 'report'>('planner');
  return (
    <AppCrashGuard store={store}>
      <PlanStoreProvider store={store}>
        {/* The address bar's hash carries the plan (share links), so the skip link moves focus itself. */}
        <a className="skip-link" href="#results" onClick={skipToResults}>
          Skip to results
        </a>
        {/* The header sits inside the results provider: its file actions export the per-VM results. */}
        <ResultsProvider>
          <OptionsProvider>
            {view === 'planner' ? (
              <Contained part="The toolbar">
                <AppHeader onOpenReport={() => setView('report')} />
              </Contained>
            ) : null}
            <NoticeBanner />
            {view === 'report' ? (
              <Contained part="The report">
                <Suspense fallback={<p className="app-loading">Preparing the report…</p>}>
                  <ReportView onClose={() => setView('planner')} />
                </Suspense>
              </Contained>
            ) : (
              <main className="planner">
                <Contained part="The verdict">
                  <VerdictBar />
                </Contained>
                <div className="planner-top">
                  <section className="planner-settings" aria-label="Plan settings">
                    <Contained part="The plan settings">
                      <PlanSettings />
                    </Contained>
                  </section>
                  <section id="results" className="planner-results" aria-label="Results" tabIndex={-1}>
                    <ResultsSummary />
                  </section>
                </div>
                <Contained part="The VM table">
                  <VmEditor />
                </Contained>
                <Contained part="The options">
                  <Suspense fallback={<p className="app-loading">Loading the options…</p>}>
                    <OptionsPanel />
                  </Suspense>
                </Contained>
                <ResultsDetails />
              </main>
            )}
          </OptionsProvider>
        </ResultsProvider>
        <footer className="app-footer">
          <p>Plans stay in this browser: nothing is uploaded. Compression ratios are assumptions; Microsoft publishes none.</p>
        </footer>
      </PlanStoreProvider>
    </AppCrashGuard>
  );
}

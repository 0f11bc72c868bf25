import { PlanSettings } from '@/features/editor/settings';
import { VmEditor } from '@/features/editor/vms';
import { ResultsDetails, ResultsProvider, ResultsSummary, VerdictBar } from '@/features/results';
import { PlanStoreProvider, type PlanStore } from '@/store';
import { AppHeader } from './app-header';
import { NoticeBanner } from './notice-banner';
import { useUndoShortcuts } from './use-undo-shortcuts';

/** The planner screen: settings beside the answers, the VM table, then per-VM results. */
export function App({ store }: { store: PlanStore }) {
  useUndoShortcuts(store);
  return (
    <PlanStoreProvider store={store}>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <AppHeader />
      <NoticeBanner />
      <ResultsProvider>
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
      </ResultsProvider>
      <footer className="app-footer">
        <p>Plans stay in this browser: nothing is uploaded. Compression ratios are assumptions; Microsoft publishes none.</p>
      </footer>
    </PlanStoreProvider>
  );
}

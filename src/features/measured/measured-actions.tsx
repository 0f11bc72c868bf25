import { lazy, Suspense, useEffect, useState } from 'react';
import { loadSummary, type SavedSummary } from './storage/saved-measurement';

const MeasuredDialog = lazy(() => import('./ui/measured-dialog'));

/** The header's entry to measured churn: opens the (lazily loaded) import and analysis dialog. */
export function MeasuredActions() {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [summary, setSummary] = useState<SavedSummary | null>(null);
  useEffect(() => {
    let live = true;
    void loadSummary().then((s) => live && setSummary(s));
    return () => {
      live = false;
    };
  }, []);
  const kept = summary ? `Measurements kept in this browser: ${summary.perfmonFileName}, ${Math.round(summary.days * 10) / 10} days, ${summary.vms} VMs` : undefined;
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        title={kept}
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
      >
        Import measurements…
      </button>
      {mounted ? (
        <Suspense fallback={null}>
          <MeasuredDialog open={open} onClose={() => setOpen(false)} onSaved={setSummary} />
        </Suspense>
      ) : null}
    </>
  );
}

import { useEffect, useId, useState } from 'react';
import { useModalDialog } from '@/components';
import { forgetMeasurement, loadMeasurement, saveMeasurement, summaryOf, type SavedSummary } from '../storage/saved-measurement';
import { AnalysisStep } from './analysis-step';
import { FilesStep } from './files-step';
import { MatchStep } from './match-step';
import './measured.css';
import { fromSaved, toSaved, type Session } from './session';
import { SummaryStep } from './summary-step';

type Phase = 'loading' | 'files' | 'match' | 'summary' | 'analysis';
const STEPS: { phase: Phase; label: string }[] = [
  { phase: 'files', label: 'Files' },
  { phase: 'match', label: 'Match' },
  { phase: 'summary', label: 'Measured VMs' },
  { phase: 'analysis', label: 'Analysis' },
];

interface MeasuredDialogProps {
  open: boolean;
  onClose: () => void;
  /** The kept measurement changed (null: forgotten). */
  onSaved: (summary: SavedSummary | null) => void;
}

/**
 * Measured churn, step by step: files → matching → per-VM summary → use the series or derive the
 * plan from them. Lazily loaded; stays mounted once opened so closing it loses nothing.
 */
export default function MeasuredDialog({ open, onClose, onSaved }: MeasuredDialogProps) {
  const id = useId();
  const ref = useModalDialog(open);
  const [phase, setPhase] = useState<Phase>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [storageNote, setStorageNote] = useState('');

  useEffect(() => {
    let live = true;
    void loadMeasurement().then((out) => {
      if (!live) return;
      if (out.ok && out.value) {
        setSession(fromSaved(out.value));
        setStorageNote('They were kept from an earlier visit.');
        setPhase('summary');
      } else {
        if (!out.ok) setStorageNote(`This browser cannot keep them between visits (${out.reason}).`);
        setPhase('files');
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const keep = (s: Session) => {
    setSession(s);
    const saved = toSaved(s);
    void saveMeasurement(saved).then((out) => {
      setStorageNote(out.ok ? 'They are kept in this browser across reloads until you forget them.' : `They could not be kept in this browser (${out.reason}): they last until this tab closes.`);
      if (out.ok) onSaved(summaryOf(saved));
    });
  };
  const forget = () => {
    void forgetMeasurement().then(() => onSaved(null));
    setSession(null);
    setStorageNote('');
    setPhase('files');
  };
  const reachable = (p: Phase) => p === 'files' || (session !== null && p !== 'loading');

  return (
    <dialog ref={ref} className="measured-dialog" aria-labelledby={`${id}-title`} onClose={() => open && onClose()}>
      <div className="measured-head">
        <h2 id={`${id}-title`}>Measured churn</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <nav aria-label="Measured churn steps">
        <ol className="measured-steps">
          {STEPS.map((s) => (
            <li key={s.phase}>
              <button type="button" aria-current={phase === s.phase ? 'step' : undefined} disabled={!reachable(s.phase)} onClick={() => setPhase(s.phase)}>
                {s.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {phase === 'loading' ? <p role="status">Looking for measurements kept in this browser…</p> : null}
      {phase === 'files' ? (
        <FilesStep
          onImported={(s) => {
            setSession(s);
            setPhase('match');
          }}
        />
      ) : null}
      {phase === 'match' && session ? (
        <MatchStep
          session={session}
          onChange={setSession}
          onBack={() => setPhase('files')}
          onContinue={() => {
            keep(session);
            setPhase('summary');
          }}
        />
      ) : null}
      {phase === 'summary' && session ? (
        <SummaryStep session={session} storageNote={storageNote} onUse={() => setPhase('analysis')} onRematch={() => setPhase('match')} onNewFiles={() => setPhase('files')} onForget={forget} />
      ) : null}
      {phase === 'analysis' && session ? <AnalysisStep session={session} onBack={() => setPhase('summary')} /> : null}
    </dialog>
  );
}

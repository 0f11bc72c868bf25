import { fieldDomId, revealById, useResults } from '@/components';
import { describeIssue } from '@/plan';
import { selectDraftValidation, usePlanStore } from '@/store';
import { verdictOf } from '@/results';

const TONE_ICON = { ok: '✔', warning: '⚠', bad: '✖' } as const;

/** Why the results may not describe the plan on screen, and how to get there. */
function ResultsStatus() {
  const { computing, error, draftInvalid } = useResults();
  const issues = usePlanStore((s) => selectDraftValidation(s).issues);
  const draft = usePlanStore((s) => (draftInvalid ? s.draft : null));
  if (draftInvalid) {
    const first = issues[0];
    return (
      <p className="verdict-status verdict-status--stale">
        <span aria-hidden="true">⚠ </span>
        {`The plan has ${issues.length} error${issues.length === 1 ? '' : 's'}: results are for the last valid plan (out of date).`}{' '}
        {first ? (
          <button type="button" className="link-button" onClick={() => revealById(fieldDomId(first.path))}>
            {describeIssue(first, draft ?? undefined)}
          </button>
        ) : null}
      </p>
    );
  }
  if (error) {
    return (
      <p className="verdict-status verdict-status--stale" role="alert">
        The sizing engine stopped on this plan ({error.message}); the results shown are for the previous plan.
      </p>
    );
  }
  if (computing) return <p className="verdict-status">Updating results…</p>;
  return null;
}

/** The verdict sentence, pinned to the top so every edit shows its effect. */
export function VerdictBar() {
  const { shown, computing } = useResults();
  const verdict = shown ? verdictOf(shown.plan, shown.result) : null;
  return (
    <section className={`verdict verdict--${verdict?.tone ?? 'none'}`} aria-label="Verdict" aria-busy={computing || undefined}>
      {verdict ? (
        <p className="verdict-line">
          <strong className="verdict-title">
            <span aria-hidden="true">{TONE_ICON[verdict.tone]} </span>
            {verdict.title}:
          </strong>{' '}
          <span className="verdict-detail">{verdict.detail}</span>
        </p>
      ) : (
        <p className="verdict-line">Computing the first results…</p>
      )}
      <div aria-live="polite">
        <ResultsStatus />
      </div>
    </section>
  );
}

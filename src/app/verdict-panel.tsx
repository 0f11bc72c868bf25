import type { Verdict } from './verdict';

/** The plan's verdict as a labelled region, so it can be found by its name. */
export function VerdictPanel({ verdict }: { verdict: Verdict }) {
  return (
    <section className={`verdict verdict--${verdict.tone}`} aria-labelledby="verdict-heading">
      <h3 id="verdict-heading">Verdict</h3>
      <p className="verdict__title">{verdict.title}</p>
      <p>{verdict.detail}</p>
    </section>
  );
}

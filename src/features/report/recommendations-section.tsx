import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { buildRecommendations } from './recommendations';
import { ReportWarnings } from './report-warnings';

/** Section 5: what to do, most urgent first, then the warnings behind it. */
export function RecommendationsSection({ plan, result }: { plan: Plan; result: PlanResult }) {
  const recommendations = buildRecommendations(plan, result);
  return (
    <section className="report-section" aria-labelledby="report-advice">
      <h2 id="report-advice">5. Recommendations and warnings</h2>
      <h3 id="report-recommendations">Recommendations</h3>
      <ol className="report-recommendations" aria-labelledby="report-recommendations">
        {recommendations.map((r) => (
          <li key={r.id}>{r.text}</li>
        ))}
      </ol>
      <ReportWarnings result={result} />
    </section>
  );
}

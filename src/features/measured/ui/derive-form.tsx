import { useId, useState } from 'react';
import { formatIssue } from '@/plan';
import { selectLastValidPlan, usePlanStore } from '@/store';
import { applyDerived } from '../analysis/apply-to-plan';
import type { MeasuredVm } from '../analysis/vm-series';
import type { Session } from './session';

/** Derive each VM's daily churn and hourly profile from the series and write them into the plan (one undo step). */
export function DeriveForm({ session, vms, onDone }: { session: Session; vms: MeasuredVm[]; onDone: (message: string) => void }) {
  const id = useId();
  const plan = usePlanStore(selectLastValidPlan);
  const replacePlan = usePlanStore((s) => s.replacePlan);
  const [percentile, setPercentile] = useState(95);
  const [growth, setGrowth] = useState(0);
  const valid = percentile >= 50 && percentile <= 100 && growth >= 0 && growth <= 1000;

  const derive = () => {
    const { startMs, intervalSeconds } = session.measurement;
    const out = applyDerived(plan, vms, startMs, intervalSeconds, { percentile, growthPercent: growth });
    if (!out.ok) {
      onDone(`Could not derive: ${out.issues.slice(0, 3).map(formatIssue).join('; ')}. The plan is unchanged.`);
      return;
    }
    replacePlan(out.plan, 'file');
    const parts = [out.updated.length ? `updated ${out.updated.join(', ')}` : '', out.added.length ? `added ${out.added.length} VM${out.added.length === 1 ? '' : 's'}` : ''].filter(Boolean);
    onDone(`Derived churn and profiles at the ${percentile}th percentile${growth ? ` + ${growth} % growth` : ''}: ${parts.join('; ')}. Undo brings the previous plan back.`);
  };

  return (
    <form
      className="measured-choice"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) derive();
      }}
    >
      <h4 id={`${id}-h`}>Derive churn and profile</h4>
      <p>For each hour of the day, the chosen percentile of that hour across the measured days (95 is what Microsoft's planners use), then growth on top. VMs with the same name in the plan keep their policy; others are added.</p>
      <div className="measured-fields">
        <label htmlFor={`${id}-p`}>Percentile</label>
        <input id={`${id}-p`} type="number" min={50} max={100} step={1} value={percentile} onChange={(e) => setPercentile(Number(e.target.value))} aria-describedby={`${id}-ph`} />
        <span id={`${id}-ph`} className="measured-muted">
          50–100
        </span>
        <label htmlFor={`${id}-g`}>Growth (%)</label>
        <input id={`${id}-g`} type="number" min={0} max={1000} step={1} value={growth} onChange={(e) => setGrowth(Number(e.target.value))} aria-describedby={`${id}-gh`} />
        <span id={`${id}-gh`} className="measured-muted">
          the plan's own growth ({plan.replication.growthPercent} %) still applies on top
        </span>
      </div>
      <button type="submit" disabled={!valid}>
        Derive churn and profile
      </button>
    </form>
  );
}

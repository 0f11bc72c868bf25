import { useEffect, useId, useRef, useState } from 'react';
import { DecimalInput } from '@/components';
import type { MeasuredInput, MeasuredResult } from '@/engine';
import { LIMITS, describeIssue, type Plan } from '@/plan';
import { formatCount } from '@/lib/format';
import { selectLastValidPlan, usePlanStore } from '@/store';
import { withEvidence } from '../analysis/evidence';
import { measuredInput } from '../analysis/measured-input';
import { describeDay, type DayChoice, type DaySet } from '../analysis/derive';
import { planVmIndexByName } from '../analysis/plan-vm-by-name';
import { analysisTarget, deriveMeasuredPlan, measuredFigures, placeholdersOnly } from '../analysis/run-measured';
import { createAnalysisClient, SupersededError } from '../worker/clients';
import type { MeasuredVm } from '../analysis/vm-series';
import type { Session } from './session';

/** Runs the replay (the analysis worker by default; tests pass the engine itself). */
export type Analyse = (plan: Plan, input: MeasuredInput) => Promise<MeasuredResult>;

/** Derive each VM's daily churn, hourly profile and burst shape from the series and write them into the plan (one undo step). */
export function DeriveForm({ session, vms, onDone, analyse }: { session: Session; vms: MeasuredVm[]; onDone: (message: string) => void; analyse?: Analyse }) {
  const id = useId();
  const plan = usePlanStore(selectLastValidPlan);
  const replacePlan = usePlanStore((s) => s.replacePlan);
  const [day, setDay] = useState<DayChoice>('percentile');
  const [days, setDays] = useState<DaySet>('all');
  const [percentile, setPercentile] = useState(95);
  const [growth, setGrowth] = useState(0);
  const unmeasured = plan.vms.filter((vm) => !vms.some((m) => planVmIndexByName(plan, m.name) === plan.vms.indexOf(vm)));
  const [remove, setRemove] = useState<boolean | null>(null);
  const removeUnmeasured = unmeasured.length > 0 && (remove ?? placeholdersOnly(plan, vms));
  const [busy, setBusy] = useState(false);
  // Typed text ("20,5" reads as 20.5, like the editor's boxes); NaN when it is not a number, which fails these checks.
  // The evidence records a whole percentile (measured-evidence.ts); growth has the plan's own limits.
  const validPercentile = Number.isInteger(percentile) && percentile >= 50 && percentile <= 100;
  const validGrowth = growth >= LIMITS.growthPercent.min && growth <= LIMITS.growthPercent.max;
  const valid = (day === 'average' || validPercentile) && validGrowth;
  const choice = { day, days, percentile };
  const client = useRef<ReturnType<typeof createAnalysisClient> | null>(null);
  useEffect(() => () => client.current?.dispose(), []);

  const derive = async () => {
    const { measurement } = session;
    const settings = { ...choice, growthPercent: growth, removeUnmeasured };
    const target = analysisTarget(plan);
    // The replay of the same week goes with the derived plan as its evidence (the report and the verdict weigh it).
    setBusy(true);
    const run: Analyse = analyse ?? ((p, input) => (client.current ??= createAnalysisClient()).analyse(p, input));
    const replay = await run(plan, measuredInput(plan, vms, measurement.startMs, measurement.intervalSeconds, target * 60)).catch((err: unknown) => {
      if (!(err instanceof SupersededError)) onDone(`Could not derive: the replay of the measured period failed (${err instanceof Error ? err.message : String(err)}). The plan is unchanged.`);
      return null;
    });
    setBusy(false);
    if (!replay) return;
    const out = deriveMeasuredPlan(plan, measurement, vms, settings, target);
    if (!out.ok) {
      onDone(`Could not derive: ${out.issues.slice(0, 3).map((issue) => describeIssue(issue)).join('; ')}. The plan is unchanged.`);
      return;
    }
    replacePlan(withEvidence(out.plan, out, measuredFigures(plan, measurement, vms, replay), settings, session.perfmonFileName), 'file');
    const bursts = out.derived.filter((d) => d.derived.withinHourWeights !== null).map((d) => d.name);
    const parts = [
      out.updated.length ? `updated ${out.updated.join(', ')}` : '',
      out.added.length ? `added ${out.added.length} VM${out.added.length === 1 ? '' : 's'}` : '',
      out.removed.length ? `removed ${out.removed.join(', ')} (not measured)` : '',
    ].filter(Boolean);
    onDone(
      `Derived churn and profiles from ${describeDay(choice)}${growth ? ` + ${growth} % growth` : ''}, disks split by the same day: ${parts.join('; ')}.` +
        (bursts.length ? ` Bursts kept in 5-minute steps for ${bursts.join(', ')}.` : '') +
        (plan.replication.targetRpoMinutes === null ? ` The plan had no target RPO: ${target} minutes set, as in the analysis.` : '') +
        ' Undo brings the previous plan back.',
    );
  };

  return (
    <form
      className="measured-choice"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && !busy) void derive();
      }}
    >
      <h4 id={`${id}-h`}>Derive churn and profile</h4>
      <p>
        For each hour of the day, the hour of the chosen day across the measured days (a busy day: the 95th percentile, as Microsoft's planners use; or the
        average day), with its 5-minute shape where it has bursts and its split between disks; then growth on top. VMs with the same name in the plan keep
        their policy; others are added.
      </p>
      <div className="measured-fields">
        <label htmlFor={`${id}-d`}>Day</label>
        <select id={`${id}-d`} value={day} onChange={(e) => setDay(e.target.value as DayChoice)}>
          <option value="percentile">Busy day (percentile)</option>
          <option value="average">Average day</option>
        </select>
        <span className="measured-muted">{describeDay(choice)}</span>
        <label htmlFor={`${id}-s`}>Days</label>
        <select id={`${id}-s`} value={days} onChange={(e) => setDays(e.target.value as DaySet)}>
          <option value="all">All days</option>
          <option value="weekdays">Weekdays (Monday–Friday)</option>
        </select>
        <span className="measured-muted">{days === 'weekdays' ? 'Saturdays and Sundays are left out' : 'weekends count like any day'}</span>
        <label htmlFor={`${id}-p`}>Percentile</label>
        <DecimalInput
          id={`${id}-p`}
          size={5}
          value={percentile}
          disabled={day !== 'percentile'}
          onValue={setPercentile}
          aria-invalid={day === 'percentile' && !validPercentile}
          aria-describedby={`${id}-ph`}
        />
        <span id={`${id}-ph`} className={day !== 'percentile' || validPercentile ? 'measured-muted' : 'measured-error'}>
          {day !== 'percentile' || validPercentile ? '50–100' : 'Enter a whole percentile from 50 to 100.'}
        </span>
        <label htmlFor={`${id}-g`}>Growth (%)</label>
        <DecimalInput id={`${id}-g`} size={5} value={growth} onValue={setGrowth} aria-invalid={!validGrowth} aria-describedby={`${id}-gh`} />
        <span id={`${id}-gh`} className={validGrowth ? 'measured-muted' : 'measured-error'}>
          {validGrowth ? `the plan's own growth (${plan.replication.growthPercent} %) still applies on top` : `Enter ${LIMITS.growthPercent.min} to ${formatCount(LIMITS.growthPercent.max)} %.`}
        </span>
      </div>
      {unmeasured.length ? (
        <label className="measured-check">
          <input type="checkbox" checked={removeUnmeasured} onChange={(e) => setRemove(e.target.checked)} />
          Remove the plan VMs that were not measured ({unmeasured.map((vm) => vm.name).join(', ')})
        </label>
      ) : null}
      <button type="submit" disabled={!valid || busy}>
        Derive churn and profile
      </button>
      {busy ? <span className="measured-muted"> Replaying the measured period for the evidence…</span> : null}
    </form>
  );
}

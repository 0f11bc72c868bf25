import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { DecimalInput } from '@/components';
import type { MeasuredResult, UnreachableReason } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatCount, formatDuration, formatMbps, formatPercent, formatPercentFloor } from '@/lib/format';
import { selectLastValidPlan, usePlanStore } from '@/store';
import { measuredInput } from '../analysis/measured-input';
import { createAnalysisClient, SupersededError } from '../worker/clients';
import { DailyPeakChart } from './daily-peak-chart';
import { dayRows, formatMoment } from './moments';
import { useMeasuredVms, type Session } from './session';

/** Step 4: the measured period replayed with the plan's link: the answers of Microsoft's planners, from measurements. */
export function AnalysisStep({ session, onBack }: { session: Session; onBack: () => void }) {
  const id = useId();
  const plan = usePlanStore(selectLastValidPlan);
  const vms = useMeasuredVms(session);
  const [targetMinutes, setTargetMinutes] = useState(plan.replication.targetRpoMinutes ?? 15);
  const [result, setResult] = useState<MeasuredResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const client = useRef(createAnalysisClient());
  useEffect(() => {
    const c = client.current;
    return () => c.dispose();
  }, []);
  const { startMs, intervalSeconds } = session.measurement;
  const validTarget = targetMinutes >= 0.5 && targetMinutes <= 10_080;

  useEffect(() => {
    if (!validTarget) return;
    let live = true;
    setBusy(true);
    client.current.analyse(plan, measuredInput(plan, vms, startMs, intervalSeconds, targetMinutes * 60)).then(
      (r) => {
        if (!live) return;
        setResult(r);
        setError(null);
        setBusy(false);
      },
      (err: unknown) => {
        if (!live || err instanceof SupersededError) return;
        setError(err instanceof Error ? err.message : String(err));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [plan, vms, startMs, intervalSeconds, targetMinutes, validTarget]);

  const days = useMemo(() => (result ? dayRows(result, startMs) : []), [result, startMs]);
  const at = (seconds: number) => formatMoment(startMs + seconds * 1000);
  const nameOf = (vmId: string) => plan.vms.find((v) => v.id === vmId)?.name ?? vmId;

  return (
    <section aria-labelledby={`${id}-h`} aria-busy={busy}>
      <h3 id={`${id}-h`}>Analysis of the measured period</h3>
      <p>
        The measured writes of {vms.length} VMs replayed through the replication cycles with this plan's link ({formatMbps(plan.link.uplinkMbps)} uplink),
        compression, growth and each VM's frequency (the plan VM of the same name, else 5 minutes). The target counts as met in a{' '}
        {result?.stepSeconds ?? Math.max(intervalSeconds, 30)}-second step when no VM's replica lags more than the target in it; steps where a VM was not
        sampled count neither way.
      </p>
      <div className="measured-fields">
        <label htmlFor={`${id}-t`}>Target RPO (minutes)</label>
        <DecimalInput
          id={`${id}-t`}
          size={6}
          value={targetMinutes}
          onValue={setTargetMinutes}
          aria-invalid={!validTarget}
          aria-describedby={`${id}-th`}
        />
        <span id={`${id}-th`} className={validTarget ? 'measured-muted' : 'measured-error'}>
          {!validTarget
            ? 'Enter 0.5 to 10,080 minutes.'
            : plan.replication.targetRpoMinutes === null
              ? 'The plan has no target RPO: 15 minutes assumed; change it here to explore.'
              : "From the plan's target RPO; change it here to explore."}
        </span>
      </div>
      <p role="status" className="measured-status">
        {busy ? 'Analysing the measured period…' : ''}
      </p>
      {error ? (
        <p role="alert" className="measured-error">
          The analysis failed: {error}
        </p>
      ) : null}
      {result ? (
        <>
          <dl className="measured-answers">
            <div>
              <dt>Uplink to meet {formatDuration(result.targetRpoSeconds)} 100 % of the time</dt>
              <dd>{result.requiredUplinkMbps.met100 === null ? outOfReach(result.unreachable.met100, plan) : formatMbps(result.requiredUplinkMbps.met100)}</dd>
            </div>
            <div>
              <dt>Uplink to meet it 90 % of the time</dt>
              <dd>{result.requiredUplinkMbps.met90 === null ? outOfReach(result.unreachable.met90, plan) : formatMbps(result.requiredUplinkMbps.met90)}</dd>
            </div>
            <div>
              <dt>With {formatMbps(result.uplinkMbps)} now</dt>
              <dd>
                met {formatPercentFloor(result.current.metPercent)} of the measured time; {plural(result.current.violations, 'violation')} (
                {formatDuration(result.current.violationSeconds)} in all, longest {formatDuration(result.current.longestViolationSeconds)});{' '}
                {plural(result.current.breaches, 'failure-window breach', 'failure-window breaches')}
              </dd>
            </div>
            <div>
              <dt>Busiest moment</dt>
              <dd>
                {at(result.busiest.atSeconds)}: {formatMbps(result.busiest.demandMbps)} on the wire
                {plan.replication.compression ? ` after compression (×${plan.replication.compressionRatio})` : ' (compression off)'}
                {plan.replication.growthPercent ? ` with ${plan.replication.growthPercent} % growth` : ''}, {formatPercent(result.busiest.vmSharePercent)} of it from {nameOf(result.busiest.vmId)}
              </dd>
            </div>
            <div>
              <dt>Worst lag with {formatMbps(result.uplinkMbps)}</dt>
              <dd>
                {formatDuration(result.current.worstRpoSeconds)} at {at(result.current.worstRpoAtSeconds)} ({nameOf(result.current.worstRpoVmId)})
                {result.current.backlogAtEndBytes > 0 ? `; ${formatBytes(result.current.backlogAtEndBytes, plan.units.storage)} still waiting at the end` : ''}
              </dd>
            </div>
            <div>
              <dt>Measured</dt>
              <dd className={result.coverage.allSampledPercent < 100 ? 'measured-warn' : undefined}>
                {result.coverage.allSampledPercent < 100 ? '⚠ ' : ''}every VM sampled in {formatPercentFloor(result.coverage.allSampledPercent)} of the period
                {result.coverage.allSampledPercent < 100
                  ? ` (${result.vms
                      .filter((v) => v.sampledPercent < 100)
                      .map((v) => `${v.name} ${formatPercentFloor(v.sampledPercent)}`)
                      .join(', ')}). Writes in the gaps are estimated from the same hour on the sampled days; a gap counts as missed only where the VM lagging most was sampled, otherwise neither met nor missed (${formatPercentFloor(result.coverage.countedPercent)} of the period judged)`
                  : ''}
              </dd>
            </div>
            <div>
              <dt>Average demand</dt>
              <dd>
                {formatMbps(result.averageDemandMbps)} (peak sample {formatMbps(result.peakDemandMbps)})
              </dd>
            </div>
          </dl>
          {/* The target the result was computed for: the field may already hold a newer one. */}
          <DailyPeakChart rows={days} targetMinutes={result.targetRpoSeconds / 60} />
          {result.violations.length ? (
            <details>
              <summary>Longest violations ({Math.min(10, result.violations.length)} of {formatCount(result.current.violations)})</summary>
              <ul>
                {result.violations.slice(0, 10).map((v) => (
                  <li key={v.startSeconds}>
                    {at(v.startSeconds)}: {formatDuration(v.durationSeconds)}, peak lag {formatDuration(v.peakRpoSeconds)} ({nameOf(v.vmId)})
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
      <div className="measured-actions">
        <button type="button" onClick={onBack}>
          Back to the VMs
        </button>
      </div>
    </section>
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Why no uplink meets the target, in the plan's terms. */
function outOfReach(reason: UnreachableReason | null, plan: Plan): string {
  if (reason === 'cycle') return 'Out of reach: a VM replicates no more often than the target (see its frequency)';
  const downlink = plan.link.replicaDownlinkMbps;
  return downlink !== null
    ? `Out of reach at any uplink: the replica site's ${formatMbps(downlink)} downlink caps the link`
    : 'Out of reach at any uplink: the per-stream limit caps the link';
}

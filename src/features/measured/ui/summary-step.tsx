import { useId, useMemo, useState } from 'react';
import { formatBytes, formatPercentFloor } from '@/lib/format';
import { selectLastValidPlan, usePlanStore } from '@/store';
import { summariseSeries } from '../analysis/vm-summary';
import { DeriveForm, type Analyse } from './derive-form';
import { formatMoment, formatPeriod } from './moments';
import { useMeasuredVms, type Session } from './session';
import { Sparkline } from './sparkline';

interface SummaryStepProps {
  session: Session;
  storageNote: string;
  onUse: () => void;
  onRematch: () => void;
  onNewFiles: () => void;
  onForget: () => void;
  /** The replay behind the derived plan's evidence (default: the analysis worker). */
  analyse?: Analyse;
}

/** Step 3: what was measured per VM, then use the series as they are or derive the plan's churn from them. */
export function SummaryStep({ session, storageNote, onUse, onRematch, onNewFiles, onForget, analyse }: SummaryStepProps) {
  const id = useId();
  const units = usePlanStore(selectLastValidPlan).units.storage;
  const { measurement } = session;
  const vms = useMeasuredVms(session);
  const rows = useMemo(() => vms.map((vm) => ({ vm, s: summariseSeries(vm.bytesPerSecond, measurement.startMs, measurement.intervalSeconds, vm.seen) })), [vms, measurement]);
  const [status, setStatus] = useState('');
  const rate = (bytesPerSecond: number) => `${formatBytes(bytesPerSecond, units)}/s`;
  const gaps = rows.filter((r) => r.s.sampledPercent < 100);

  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Measured per VM</h3>
      <p>
        {session.perfmonFileName}: {formatPeriod(measurement.startMs, measurement.slots * measurement.intervalSeconds)}, one sample every{' '}
        {measurement.intervalSeconds} s, collector's local time ({measurement.timeZone.name || 'time zone not stated'}).
      </p>
      {gaps.length ? (
        <p role="note" className="measured-warn">
          Not every sample was taken: {gaps.map(({ vm, s }) => `${vm.name} ${formatSampled(s.sampledPercent)} sampled`).join(', ')}. The missing time is left out of
          averages, percentiles and the replay's “met” share — neither counted as no writes nor as met.
        </p>
      ) : null}
      {measurement.notes.length ? (
        <ul className="measured-notes">
          {measurement.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <div className="measured-scroll">
        <table className="measured-table">
          <caption className="visually-hidden">Measured write churn per VM</caption>
          <thead>
            <tr>
              <th scope="col">VM</th>
              <th scope="col">Disks</th>
              <th scope="col">Sampled</th>
              <th scope="col">Daily churn (average of the sampled time)</th>
              <th scope="col">Busiest hour</th>
              <th scope="col">95th percentile</th>
              <th scope="col">Peak</th>
              <th scope="col">Over the period</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ vm, s }) => {
              const included = vm.disks.filter((d) => d.included).length;
              return (
                <tr key={vm.name}>
                  <th scope="row">{vm.name}</th>
                  <td>
                    {included} of {vm.disks.length}
                  </td>
                  <td className={s.sampledPercent < 100 ? 'measured-warn' : undefined}>
                    {formatSampled(s.sampledPercent)}
                    {s.sampledPercent < 100 ? ' ⚠' : ''}
                  </td>
                  <td>{formatBytes(s.dailyBytes, units)}</td>
                  <td>
                    {formatMoment(s.busiestHour.startMs)}: {formatBytes(s.busiestHour.bytes, units)}
                  </td>
                  <td>{rate(s.p95BytesPerSecond)}</td>
                  <td>{rate(s.peakBytesPerSecond)}</td>
                  <td>
                    <Sparkline values={s.sparkline} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="measured-choices">
        <div className="measured-choice">
          <h4>Use the measured series</h4>
          <p>Replay the measured period through the cycle simulation with this plan's link and policy: uplink for your RPO target, violations, breaches and each day's peak.</p>
          <button type="button" className="button--primary" onClick={onUse}>
            Use measured series
          </button>
        </div>
        <DeriveForm session={session} vms={vms} onDone={setStatus} {...(analyse ? { analyse } : {})} />
      </div>
      <p className="measured-muted">
        A share link or plan file carries the plan only: after deriving, each VM's daily churn and 24-hour profile. The measured series stay in
        this browser. {storageNote}
      </p>
      <p role="status" className="measured-status">
        {status}
      </p>
      <div className="measured-actions">
        <button type="button" onClick={onRematch}>
          Change matching
        </button>
        <button type="button" onClick={onNewFiles}>
          Import other files
        </button>
        <button type="button" onClick={onForget}>
          Forget measurements
        </button>
      </div>
    </section>
  );
}

/** "99.7 %": never rounded up to a full 100 % when something is missing. */
function formatSampled(percent: number): string {
  return formatPercentFloor(percent);
}

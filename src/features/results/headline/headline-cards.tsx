import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatClock, formatDuration, formatMbps, formatNumber } from '@/lib/format';
import { breachingVmsText, firstBreachText, irAdviceText, irNeverText, irTotalFigure, resyncText, rpoGrowthText, vmLabel, worstRpoFigure } from '@/results';
import { UplinkCard } from './uplink-card';
import './headline-cards.css';

interface CardProps {
  id: string;
  title: string;
  figure: string;
  tone?: 'ok' | 'warning' | 'bad';
  children?: React.ReactNode;
}

/** Rounded down to 0.1 %, so one missed cycle in thousands never reads as "100 %". */
function onTimeText(percent: number): string {
  return `${formatNumber(Math.floor(percent * 10) / 10, 1)} %`;
}

const TONE_ICON = { ok: '✔', warning: '⚠', bad: '✖' } as const;

/** One answer: a big figure and a line or two of context. */
function Card({ id, title, figure, tone, children }: CardProps) {
  return (
    <section className={`card${tone ? ` card--${tone}` : ''}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="card-figure">
        {tone ? <span aria-hidden="true">{TONE_ICON[tone]} </span> : null}
        {figure}
      </p>
      {children}
    </section>
  );
}

/** The headline answers: uplink, RPO, failure window, storage, initial copy, monthly volume. */
export function HeadlineCards({ plan, result }: { plan: Plan; result: PlanResult }) {
  const units = plan.units.storage;
  const fw = result.failureWindow;
  const target = plan.replication.targetRpoMinutes;
  const rpoTone = !result.stable || fw.breached ? 'bad' : target !== null && result.rpo.worstSeconds > target * 60 ? 'warning' : 'ok';
  const ir = result.initialReplication;
  const replica = result.storage.replica;
  const bw = result.bandwidth;

  return (
    <div className="cards">
      <UplinkCard plan={plan} result={result} />
      <Card id="card-rpo" title="Worst RPO" figure={worstRpoFigure(result)} tone={rpoTone}>
        {result.rpo.unbounded ? (
          <>
            <p>{rpoGrowthText(result) ?? 'The backlog grows every day'}</p>
            {resyncText(result) ? <p>{resyncText(result)}</p> : null}
          </>
        ) : (
          <p>
            {vmLabel(result, result.rpo.worstVmId)}; average {formatDuration(result.rpo.averageSeconds)}
            {target === null ? '' : `; target ${formatDuration(target * 60)}`}
          </p>
        )}
        <p>
          {onTimeText(result.cycles.onTimePercent)} of cycles on time
          {result.extended ? `; ${formatDuration(result.extended.worstRpoSeconds)} at the extended site` : ''}
        </p>
      </Card>
      <Card
        id="card-window"
        title={`Failure window (${formatDuration(fw.windowSeconds)})`}
        figure={fw.breached ? `Breached by ${breachingVmsText(result)}` : 'Never breached'}
        tone={fw.breached ? 'bad' : 'ok'}
      >
        <p>
          {fw.breached && firstBreachText(result) !== null
            ? `${result.rpo.unbounded ? 'Broken' : 'First'} ${firstBreachText(result)} (${vmLabel(result, fw.firstBreachVmId)})`
            : 'Every cycle completes inside the window'}
        </p>
      </Card>
      <Card id="card-storage" title="Replica storage" figure={formatBytes(replica.totalBytes, units)}>
        <p>
          {formatBytes(replica.baseBytes, units)} base, {formatBytes(replica.recoveryPointBytes, units)} recovery points, {formatBytes(replica.headroomBytes, units)} headroom
        </p>
        <p>Primary reserve {formatBytes(result.storage.primary.peakPendingLogBytes, units)} for pending logs</p>
      </Card>
      <Card
        id="card-ir"
        title="Initial replication"
        figure={irTotalFigure(result)}
        tone={ir.totalSeconds === null ? 'bad' : undefined}
      >
        <p>{irNeverText(result) ?? 'until every VM is protected, catch-up included'}</p>
        {irAdviceText(result) ? <p>{irAdviceText(result)}</p> : null}
      </Card>
      <Card id="card-monthly" title="Monthly transfer" figure={formatBytes(bw.monthlyTransferBytes, units)}>
        <p>
          {formatMbps(bw.averageDemandMbps)} average, {formatMbps(bw.peakHourDemandMbps)} at {formatClock(bw.peakHour * 3600)}
        </p>
        {bw.excludedDisksSavingMbps > 0 ? <p>Excluded disks save {formatMbps(bw.excludedDisksSavingMbps)}</p> : null}
      </Card>
    </div>
  );
}

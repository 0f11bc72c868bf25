import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatClock, formatDuration } from '@/lib/format';
import { vmLabel } from './verdict';

interface HeadlineAnswersProps {
  plan: Plan;
  result: PlanResult;
}

/** Recovery point, failure window, storage and initial replication, one line each. */
export function HeadlineAnswers({ plan, result }: HeadlineAnswersProps) {
  const units = plan.units.storage;
  const { failureWindow, storage, initialReplication } = result;
  const longestDelay = Math.max(0, ...result.vms.map((vm) => vm.failureWindowBreach?.delaySeconds ?? 0));
  const replica = storage.replica;

  return (
    <section aria-labelledby="answers-heading">
      <h3 id="answers-heading">Answers</h3>
      <dl className="answers">
        <dt>Worst recovery point (RPO)</dt>
        <dd>
          {formatDuration(result.rpo.worstSeconds)} ({vmLabel(result, result.rpo.worstVmId)})
        </dd>

        <dt>Failure window ({formatDuration(failureWindow.windowSeconds)})</dt>
        <dd>
          {failureWindow.breached
            ? `Breached by ${failureWindow.vmsBreaching} VM${failureWindow.vmsBreaching === 1 ? '' : 's'}` +
              (failureWindow.firstBreachSeconds === null
                ? ''
                : `, first at ${formatClock(failureWindow.firstBreachSeconds)} (${vmLabel(result, failureWindow.firstBreachVmId)})`) +
              (longestDelay > 0 ? `; longest cycle delay ${formatDuration(longestDelay)}` : '')
            : 'Not breached'}
        </dd>

        <dt>Replica storage</dt>
        <dd>
          {formatBytes(replica.totalBytes, units)} in total: base copies {formatBytes(replica.baseBytes, units)}, recovery
          points {formatBytes(replica.recoveryPointBytes, units)}, logs in flight {formatBytes(replica.inFlightBytes, units)}
          {plan.extended ? `, extended site ${formatBytes(replica.extendedBytes, units)}` : ''}, headroom{' '}
          {formatBytes(replica.headroomBytes, units)}
        </dd>

        <dt>Initial replication</dt>
        <dd>
          {initialReplication.totalSeconds === null
            ? 'Never completes with this plan'
            : `${formatDuration(initialReplication.totalSeconds)} until every VM is protected`}{' '}
          (default method: {plan.initialReplication.method})
          {initialReplication.recommendOffline ? '. Shipping disks offline is recommended for some VMs.' : ''}
        </dd>
      </dl>
    </section>
  );
}

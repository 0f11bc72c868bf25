import type { Plan } from '@/plan';
import { formatMbps } from '@/lib/format';
import { ErrorBoundary } from './error-boundary';
import { PlanResults } from './plan-results';

const VERSION_LABEL = { '2012': 'Windows Server 2012', '2012R2': 'Windows Server 2012 R2', '2016': 'Windows Server 2016 or later' };

function EngineFailure({ error }: { error: Error }) {
  return (
    <div role="alert" className="notice notice--error">
      <h3>The results could not be computed</h3>
      <p>The sizing engine stopped on this plan: {error.message}</p>
    </div>
  );
}

/** A trusted plan: its name, a one-line summary, and the results in their own error boundary. */
export function PlanView({ plan }: { plan: Plan }) {
  const vmCount = plan.vms.reduce((n, vm) => n + vm.count, 0);
  return (
    <article aria-labelledby="plan-name">
      <h2 id="plan-name">{plan.name}</h2>
      <p className="plan-facts">
        {vmCount} VM{vmCount === 1 ? '' : 's'} · {VERSION_LABEL[plan.replication.windowsServer]} · uplink{' '}
        {formatMbps(plan.link.uplinkMbps)}
        {plan.extended ? ' · extended replica site' : ''}
      </p>
      <ErrorBoundary key={JSON.stringify(plan)} fallback={(error) => <EngineFailure error={error} />}>
        <PlanResults plan={plan} />
      </ErrorBoundary>
    </article>
  );
}

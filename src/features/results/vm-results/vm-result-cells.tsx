import { fieldDomId, revealById, vmRowDomId } from '@/components';
import type { Health } from '@/engine';
import { formatClock, formatDuration } from '@/lib/format';
import { aboutDays } from '@/results';
import type { VmResultRow } from '@/results/vm-result-rows';

const HEALTH: Record<Health, { icon: string; text: string }> = {
  normal: { icon: '✔', text: 'Normal' },
  warning: { icon: '⚠', text: 'Warning' },
  critical: { icon: '✖', text: 'Critical' },
};

/** Microsoft's health state as icon and word (never colour alone), reasons on hover. */
export function HealthCell({ row }: { row: VmResultRow }) {
  const h = HEALTH[row.health];
  const reasons = row.healthReasons.join('; ');
  return (
    <span className={`vm-results-health vm-results-health--${row.health}`} title={reasons || undefined}>
      <span aria-hidden="true">{h.icon} </span>
      {h.text}
      {row.resyncAfterSeconds !== null
        ? ` (resync ${row.resyncRequired ? '' : 'due '}after ${aboutDays(row.resyncAfterSeconds)})`
        : row.resyncRequired
          ? ' (resync)'
          : ''}
    </span>
  );
}

/** The VM's name as a button that scrolls to its row in the VM editor. */
export function VmNameButton({ row }: { row: VmResultRow }) {
  return (
    <button
      type="button"
      className="vm-results-link"
      onClick={() => {
        // Fall back to the name input when the editor shows the VM another way.
        if (!revealById(vmRowDomId(row.id))) revealById(fieldDomId(`vms[${row.planIndex}].name`));
      }}
      title={`Show ${row.name} in the VM editor`}
    >
      {row.name}
    </button>
  );
}

/** The breach as two unbreakable lines: when, then how long. */
export function BreachCell({ row }: { row: VmResultRow }) {
  if (row.breach === null) return <span aria-label="none">—</span>;
  return (
    <>
      <span className="vm-results-nowrap">{formatClock(row.breach.atSeconds)},</span>{' '}
      <span className="vm-results-nowrap">waits {formatDuration(row.breach.delaySeconds)}</span>
    </>
  );
}

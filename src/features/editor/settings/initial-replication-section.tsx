import { NumberField, SelectField } from '@/components';
import { INITIAL_REPLICATION_METHODS, LIMITS, defaultMaxActiveTransfers, type InitialReplicationMethod } from '@/plan';
import { usePlanStore, type PlanStoreState } from '@/store';
import { useShallow } from 'zustand/react/shallow';
import { SettingsSection } from './settings-section';
import { METHOD_LABELS } from './settings-options';

const P = 'initialReplication';

const METHOD_OPTIONS = INITIAL_REPLICATION_METHODS.map((value) => ({ value, label: METHOD_LABELS[value] }));

const ORDER_OPTIONS = [
  { value: 'plan', label: 'Plan order' },
  { value: 'smallest-first', label: 'Smallest first' },
];

// null = start now; else the hour of the day, "22:00".
const START_OPTIONS = [
  { value: null, label: 'Now' },
  ...Array.from({ length: LIMITS.startHour.max - LIMITS.startHour.min + 1 }, (_, k) => {
    const hour = LIMITS.startHour.min + k;
    return { value: hour, label: `${String(hour).padStart(2, '0')}:00` };
  }),
];

/** Methods the plan uses: its default and every VM's own choice. */
const selectMethods = (s: PlanStoreState): InitialReplicationMethod[] => {
  const used = new Set<InitialReplicationMethod>([s.draft.initialReplication.method]);
  for (const vm of s.draft.vms) if (vm.initialReplication) used.add(vm.initialReplication);
  return INITIAL_REPLICATION_METHODS.filter((m) => used.has(m));
};

/** How the first full copy reaches the replica site. */
export function InitialReplicationSection() {
  const methods = usePlanStore(useShallow(selectMethods));
  const method = usePlanStore((s) => s.draft.initialReplication.method);
  const compression = usePlanStore((s) => s.draft.replication.compression);
  const transfers = usePlanStore((s) => {
    const { maxActiveTransfers, windowsServer } = s.draft.replication;
    return typeof maxActiveTransfers === 'number' ? maxActiveTransfers : defaultMaxActiveTransfers(windowsServer);
  });
  const network = methods.includes('network');
  const offline = methods.includes('offline');
  const media = offline || methods.includes('seed');
  const notUsed = (what: string) => `Used only for ${what}; no VM uses it.`;

  return (
    <SettingsSection title="Initial replication" paths={[[P]]} closedSummary={METHOD_LABELS[method]?.split(' (')[0]}>
      <SelectField path={[P, 'method']} label="Method" options={METHOD_OPTIONS} hint="Default for every VM; a VM can override it in the VM table." />
      <div className="settings-grid">
        <SelectField path={[P, 'startHour']} label="Network copy starts" options={START_OPTIONS} disabled={!network} disabledReason={notUsed('network copies')} />
        <NumberField
          path={[P, 'concurrentVms']}
          label="VMs copied at once"
          size={8}
          min={LIMITS.concurrentVms.min}
          max={LIMITS.concurrentVms.max}
          placeholder={`${transfers} (default)`}
          hint={network ? 'Empty = parallel transfers.' : null}
          disabled={!network}
          disabledReason={notUsed('network copies')}
        />
        <SelectField
          path={[P, 'order']}
          label="Copy order"
          options={ORDER_OPTIONS}
          hint={network ? 'The next copy starts the moment one ends.' : null}
          disabled={!network}
          disabledReason={notUsed('network copies')}
        />
      </div>
      <NumberField
        path={[P, 'compressionRatio']}
        label="Initial copy compression ratio"
        unit="sent ÷ used"
        size={5}
        min={LIMITS.compressionRatio.min}
        max={LIMITS.compressionRatio.max}
        hint={network && compression !== false ? 'An assumption, like the delta ratio; empty space compresses almost fully.' : null}
        disabled={!network || compression === false}
        disabledReason={compression === false ? 'Compression is off: the copy is sent as is.' : notUsed('network copies')}
      />
      <div className="settings-grid">
        <NumberField
          path={[P, 'offlineShippingDays']}
          label="Shipping time"
          unit="days"
          size={4}
          min={LIMITS.offlineShippingDays.min}
          max={LIMITS.offlineShippingDays.max}
          hint={offline ? 'Export to import, calendar days.' : null}
          disabled={!offline}
          disabledReason={notUsed('offline media')}
        />
        <NumberField
          path={[P, 'mediaWriteMBps']}
          label="Disk speed"
          unit="MB/s"
          size={5}
          min={LIMITS.mediaWriteMBps.min}
          max={LIMITS.mediaWriteMBps.max}
          hint={media ? 'Export/import media; disk read for a seed.' : null}
          disabled={!media}
          disabledReason={notUsed('offline media and seeds')}
        />
      </div>
    </SettingsSection>
  );
}

import { NumberField, SelectField } from '@/components';
import { EXTENDED_FREQUENCIES_SECONDS, LIMITS } from '@/plan';
import { usePlanStore } from '@/store';
import { newExtendedHop, slowestFrequency } from './extended-hop';
import { LinkFields } from './link-fields';
import { PresenceToggle } from './presence-toggle';
import { SettingsSection } from './settings-section';
import { EXTENDED_NEEDS_R2, formatFrequency } from './settings-options';

/** The optional third site: replica → extended replica. */
export function ExtendedSection() {
  const on = usePlanStore((s) => s.draft.extended !== null && s.draft.extended !== undefined);
  const is2012 = usePlanStore((s) => s.draft.replication.windowsServer === '2012');
  const slowest = usePlanStore((s) => slowestFrequency(s.draft.vms));
  const vms = usePlanStore((s) => s.draft.vms);
  // [EXTEND] the extended hop is never faster than a VM's primary hop.
  const options = EXTENDED_FREQUENCIES_SECONDS.map((f) => ({ value: f, label: formatFrequency(f), disabled: f < slowest }));
  const limited = options.some((o) => o.disabled);

  return (
    <SettingsSection title="Extended replica" paths={[['extended']]} closedSummary={on ? 'on' : 'off'}>
      <PresenceToggle
        path={['extended']}
        label="Replicate on to a third site"
        make={() => newExtendedHop(vms)}
        hint={on || is2012 ? null : 'The replica site forwards its copy to an extended replica.'}
        // Switching off stays possible on 2012, so a plan loaded with a hop can be repaired.
        disabled={is2012 && !on}
        disabledReason={EXTENDED_NEEDS_R2}
      />
      {on ? (
        <>
          <div className="settings-grid">
            <SelectField
              path={['extended', 'frequencySeconds']}
              label="Frequency"
              options={options}
              hint={limited ? `Not faster than the slowest VM (${formatFrequency(slowest)}).` : '5 or 15 min only.'}
            />
            <NumberField
              path={['extended', 'recoveryPoints']}
              label="Recovery points"
              size={4}
              min={0}
              max={LIMITS.recoveryPoints}
              hint="Hourly; no app-consistent points there."
            />
          </div>
          <LinkFields link={['extended', 'link']} variant="extended" />
        </>
      ) : null}
    </SettingsSection>
  );
}

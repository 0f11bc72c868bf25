import { NumberField } from '@/components';
import { LIMITS } from '@/plan';
import { getIn, usePlanStore, type FieldPath } from '@/store';
import { HourlyShare } from './hourly-share';
import { LinkAdvanced } from './link-advanced';

/** Words that differ between the primary → replica link and the replica → extended one. */
const WORDS = {
  primary: {
    uplink: 'Uplink: primary site upload',
    uplinkHint: 'The upload speed, not the advertised one: an "8 Mbps" ADSL line may upload only 0.3 Mbps. Measure it.',
    downlink: 'Replica site download',
    name: 'link',
  },
  extended: {
    uplink: 'Uplink: replica site upload',
    uplinkHint: 'The replica site sends on to the third site: its upload speed counts.',
    downlink: 'Extended site download',
    name: 'extended link',
  },
} as const;

export interface LinkFieldsProps {
  /** `['link']` or `['extended', 'link']`. */
  link: FieldPath;
  variant: keyof typeof WORDS;
}

/** The fields of one WAN link (SPEC §4 "link"). */
export function LinkFields({ link, variant }: LinkFieldsProps) {
  const words = WORDS[variant];
  const hourlyOn = usePlanStore((s) => Array.isArray(getIn(s.draft, [...link, 'hourlySharePercent'])));
  const at = (key: string) => [...link, key];

  return (
    <>
      <NumberField
        path={at('uplinkMbps')}
        label={words.uplink}
        unit="Mbps"
        min={LIMITS.linkMbps.min}
        max={LIMITS.linkMbps.max}
        hint={words.uplinkHint}
      />
      <NumberField
        path={at('replicaDownlinkMbps')}
        label={words.downlink}
        unit="Mbps"
        min={LIMITS.linkMbps.min}
        max={LIMITS.linkMbps.max}
        placeholder="no limit"
        hint="Only if it is slower than the uplink."
      />
      <div className="settings-grid">
        <NumberField
          path={at('sharePercent')}
          label="Share for replication"
          unit="%"
          size={5}
          min={LIMITS.sharePercent.min}
          max={LIMITS.sharePercent.max}
          hint="Left by other traffic or a QoS limit."
          disabled={hourlyOn}
          disabledReason="Set hour by hour below."
        />
        <NumberField
          path={at('efficiencyPercent')}
          label="Efficiency"
          unit="%"
          size={5}
          min={LIMITS.efficiencyPercent.min}
          max={LIMITS.efficiencyPercent.max}
          hint="Goodput ÷ line rate: 94 % on Ethernet, less on VPN."
        />
      </div>
      <HourlyShare link={link} name={words.name} />
      <LinkAdvanced link={link} />
    </>
  );
}

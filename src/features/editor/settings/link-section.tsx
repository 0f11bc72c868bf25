import { usePlanStore } from '@/store';
import { LinkFields } from './link-fields';
import { SettingsSection } from './settings-section';

/** The primary → replica WAN link. */
export function LinkSection() {
  const uplink = usePlanStore((s) => s.draft.link.uplinkMbps);
  const hourly = usePlanStore((s) => s.draft.link.hourlySharePercent !== null);
  return (
    <SettingsSection title="Link: primary → replica" paths={[['link']]} defaultOpen closedSummary={`${String(uplink)} Mbps up${hourly ? ', share by hour' : ''}`}>
      <LinkFields link={['link']} variant="primary" />
    </SettingsSection>
  );
}

import { SettingsSection } from './settings-section';
import { LinkFields } from './link-fields';

/** The primary → replica WAN link. */
export function LinkSection() {
  return (
    <SettingsSection title="Link: primary → replica" paths={[['link']]} defaultOpen>
      <LinkFields link={['link']} variant="primary" />
    </SettingsSection>
  );
}

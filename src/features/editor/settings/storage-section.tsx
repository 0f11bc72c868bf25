import { NumberField, SelectField } from '@/components';
import { LIMITS } from '@/plan';
import { usePlanStore } from '@/store';
import { SettingsSection } from './settings-section';
import { DISK_FORMAT_OPTIONS } from './settings-options';

const P = 'replicaStorage';

/** How the replica site stores the copies and their recovery points. */
export function StorageSection() {
  const format = usePlanStore((s) => s.draft.replicaStorage.diskFormat);
  const headroom = usePlanStore((s) => s.draft.replicaStorage.headroomPercent);
  return (
    <SettingsSection title="Replica storage" paths={[[P]]} closedSummary={`${format} disks, ${headroom} % headroom`}>
      <SelectField path={[P, 'diskFormat']} label="Replica disk format" options={DISK_FORMAT_OPTIONS} />
      <div className="settings-grid">
        <NumberField
          path={[P, 'uniqueChurnPercent']}
          label="Unique writes"
          unit="%"
          size={5}
          min={LIMITS.uniqueChurnPercent.min}
          max={LIMITS.uniqueChurnPercent.max}
          hint="Share of an hour's writes on distinct blocks; sizes recovery points."
        />
        <NumberField
          path={[P, 'headroomPercent']}
          label="Headroom"
          unit="%"
          size={5}
          min={LIMITS.headroomPercent.min}
          max={LIMITS.headroomPercent.max}
          hint="Free space kept on replica volumes."
        />
      </div>
    </SettingsSection>
  );
}

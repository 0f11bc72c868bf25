import { CheckboxField, NumberField, SelectField } from '@/components';
import { LIMITS, WINDOWS_SERVER_VERSIONS, defaultMaxActiveTransfers, type WindowsServerVersion } from '@/plan';
import { usePlanStore } from '@/store';
import { SettingsSection } from './settings-section';
import { VERSION_OPTIONS, versionSummary } from './settings-options';

const P = 'replication';

/** The draft's version if it is one the planner knows (it may be mid-edit), else null. */
function knownVersion(value: unknown): WindowsServerVersion | null {
  return WINDOWS_SERVER_VERSIONS.find((v) => v === value) ?? null;
}

/** Windows Server version, compression, failure window, health interval, transfers, goals. */
export function PolicySection() {
  const version = usePlanStore((s) => knownVersion(s.draft.replication.windowsServer));
  const compression = usePlanStore((s) => s.draft.replication.compression);
  const transfersDefault = version ? defaultMaxActiveTransfers(version) : null;

  return (
    <SettingsSection
      title="Replication policy"
      paths={[[P]]}
      defaultOpen
      closedSummary={`${VERSION_OPTIONS.find((o) => o.value === version)?.label.replace('Windows Server ', '') ?? ''}, compression ${compression === false ? 'off' : 'on'}`}
    >
      <SelectField path={[P, 'windowsServer']} label="Windows Server version" options={VERSION_OPTIONS} hint={version ? versionSummary(version) : null} />
      <CheckboxField path={[P, 'compression']} label="Compress replication traffic" hint="On by default; Microsoft's best-practice rule recommends it." />
      <NumberField
        path={[P, 'compressionRatio']}
        label="Compression ratio (assumption)"
        unit="sent ÷ written"
        min={LIMITS.compressionRatio.min}
        max={LIMITS.compressionRatio.max}
        size={5}
        hint={compression === false ? null : 'Microsoft publishes no ratio. 0.7 (30 % saved) is a cautious guess for real churn; measure if you can.'}
        disabled={compression === false}
        disabledReason="Compression is off: logs are sent as written (ratio 1)."
      />
      <div className="settings-grid">
        <NumberField
          path={[P, 'failureWindowMinutes']}
          label="Failure window"
          unit="min"
          size={5}
          min={LIMITS.failureWindowMinutes.min}
          max={LIMITS.failureWindowMinutes.max}
          hint="A cycle late by more than this is a failure."
        />
        <NumberField
          path={[P, 'monitoringIntervalHours']}
          label="Health interval"
          unit="h"
          size={5}
          min={LIMITS.monitoringIntervalHours.min}
          max={LIMITS.monitoringIntervalHours.max}
          hint="Warning when > 20 % of cycles in it are missed."
        />
        <NumberField
          path={[P, 'maxActiveTransfers']}
          label="Parallel transfers"
          size={10}
          min={LIMITS.maxActiveTransfers.min}
          max={LIMITS.maxActiveTransfers.max}
          placeholder={transfersDefault === null ? 'default' : `${transfersDefault} (default)`}
          hint="MaximumActiveTransfers (registry); empty = version default."
        />
        <NumberField
          path={[P, 'targetRpoMinutes']}
          label="Target RPO"
          unit="min"
          size={5}
          min={LIMITS.targetRpoMinutes.min}
          max={LIMITS.targetRpoMinutes.max}
          placeholder="none"
          hint="Optional: we size the uplink for it."
        />
        <NumberField
          path={[P, 'growthPercent']}
          label="Growth allowance"
          unit="%"
          size={5}
          min={LIMITS.growthPercent.min}
          max={LIMITS.growthPercent.max}
          hint="Added to every VM's churn."
        />
      </div>
    </SettingsSection>
  );
}

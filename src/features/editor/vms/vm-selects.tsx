/**
 * Selects whose change is more than one field, so they call a store action instead of setField:
 * the workload (re-estimates churn and profile) and the profile (custom seeds its 24 weights).
 */
import type { ReactNode } from 'react';
import { FieldShell, describedBy, fieldDomId, useDraftValue, useFieldIssue } from '@/components';
import { PROFILE_IDS, WORKLOAD_PRESETS, type ProfileId, type WorkloadId } from '@/plan';
import { usePlanStore } from '@/store';
import { SourceTag, knownSources } from './source-tag';
import { PROFILE_LABELS } from './vm-options';

interface ActionSelectProps<V extends string> {
  path: readonly (string | number)[];
  ariaLabel: string;
  options: readonly { value: V; label: string }[];
  onPick: (value: V) => void;
  hint?: ReactNode;
  className?: string;
}

function ActionSelect<V extends string>({ path, ariaLabel, options, onPick, hint, className }: ActionSelectProps<V>) {
  const id = fieldDomId(path);
  const value = useDraftValue(path);
  const issue = useFieldIssue(path);
  const known = options.some((o) => o.value === value);
  return (
    <FieldShell controlId={id} label={ariaLabel} compact issue={issue} hint={hint} className={className}>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { issue, hint })}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.target.value);
          if (picked) onPick(picked.value);
        }}
      >
        {known ? null : <option value={typeof value === 'string' ? value : ''}>{String(value)} (not allowed)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

// Presets are rules of thumb (facts file §11); their churn %/day is in the label so the choice is informed.
const WORKLOAD_OPTIONS = WORKLOAD_PRESETS.map((p) => ({ value: p.id as WorkloadId, label: `${p.label} · ${p.churnPercentPerDay} %` }));
const PROFILE_OPTIONS = PROFILE_IDS.map((p) => ({ value: p, label: PROFILE_LABELS[p] }));

/** Picking a workload re-applies its churn % and profile to the VM (one undo step). */
export function WorkloadSelect({ vmIndex, vmName, onApplied }: { vmIndex: number; vmName: string; onApplied: (message: string) => void }) {
  const applyWorkload = usePlanStore((s) => s.applyWorkload);
  return (
    <ActionSelect
      path={['vms', vmIndex, 'workload']}
      ariaLabel={`Workload of ${vmName}`}
      className="vm-w-workload"
      options={WORKLOAD_OPTIONS}
      onPick={(id) => {
        applyWorkload(vmIndex, id);
        const preset = WORKLOAD_PRESETS.find((p) => p.id === id)!;
        onApplied(`${vmName}: churn re-estimated at ${preset.churnPercentPerDay} % of used size per day (rule of thumb: ${preset.source}). Undo restores the previous figures.`);
      }}
    />
  );
}

/** The day's shape; "Custom" seeds 24 editable weights from the current profile. Where it came from is tagged under it. */
export function ProfileSelect({ vmIndex, vmName, onCustom }: { vmIndex: number; vmName: string; onCustom: () => void }) {
  const setVmProfile = usePlanStore((s) => s.setVmProfile);
  const source = useDraftValue(['vms', vmIndex, 'provenance', 'profile']);
  const sources = knownSources([source]);
  return (
    <ActionSelect<ProfileId>
      path={['vms', vmIndex, 'profile']}
      ariaLabel={`Profile of ${vmName}`}
      className="vm-w-profile"
      options={PROFILE_OPTIONS}
      hint={sources.length > 0 ? <SourceTag sources={sources} what="Profile" /> : undefined}
      onPick={(profile) => {
        setVmProfile(vmIndex, profile);
        if (profile === 'custom') onCustom();
      }}
    />
  );
}

/** Choices offered in the VM table, labelled for a consultant; values are the plan's. */
import type { SelectOption } from '@/components';
import { FREQUENCIES_SECONDS, INITIAL_REPLICATION_METHODS, allowedFrequencies, type InitialReplicationMethod, type ProfileId, type StorageUnits, type WindowsServerVersion } from '@/plan';

const FREQUENCY_LABELS: Record<number, string> = { 30: '30 s', 300: '5 min', 900: '15 min' };

/** "5 min" for 300 s, as the table's frequency choice reads. */
export const frequencyLabel = (seconds: number) => FREQUENCY_LABELS[seconds] ?? `${seconds} s`;

/** Frequencies; those the version does not offer stay visible, disabled, with the reason in the label. */
export function frequencyOptions(version: WindowsServerVersion): SelectOption<number>[] {
  const allowed = allowedFrequencies(version);
  return FREQUENCIES_SECONDS.map((seconds) => {
    const ok = allowed.includes(seconds);
    // [HEALTH2] Windows Server 2012 replicates every 5 minutes only.
    return { value: seconds, label: ok ? FREQUENCY_LABELS[seconds]! : `${FREQUENCY_LABELS[seconds]} (2012 R2 or later)`, disabled: !ok };
  });
}

/** Why some frequencies are disabled, or null when all are offered. */
export function frequencyNote(version: WindowsServerVersion): string | null {
  return version === '2012' ? 'Windows Server 2012 replicates every 5 min only; 30 s and 15 min need 2012 R2 or later.' : null;
}

export const PROFILE_LABELS: Record<ProfileId, string> = {
  flat: 'Flat',
  'business-hours': 'Business hours',
  'overnight-batch': 'Overnight batch',
  custom: 'Custom',
};

export const IR_LABELS: Record<InitialReplicationMethod, string> = { network: 'Network', offline: 'Offline (ship disk)', seed: 'Seed (existing copy)' };

/** Initial replication: null follows the plan's method, named in the label ("Network (plan)"). */
export function irOptions(planMethod: unknown): SelectOption<InitialReplicationMethod | null>[] {
  const current = IR_LABELS[planMethod as InitialReplicationMethod] ?? 'plan setting';
  return [{ value: null, label: `${current.split(' ')[0]} (plan)` }, ...INITIAL_REPLICATION_METHODS.map((m) => ({ value: m, label: IR_LABELS[m] }))];
}

/** "GiB" for binary plans, "GB" for decimal (SPEC §3). */
export const gbLabel = (units: StorageUnits | undefined) => (units === 'decimal' ? 'GB' : 'GiB');

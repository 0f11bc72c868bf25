/** Labels for the settings' fixed choices, and the short texts that explain version limits. */
import { LIMITS, allowedFrequencies, type InitialReplicationMethod, type WindowsServerVersion } from '@/plan';
import type { SelectOption } from '@/components';

export const VERSION_OPTIONS: readonly SelectOption<WindowsServerVersion>[] = [
  { value: '2012', label: 'Windows Server 2012' },
  { value: '2012R2', label: 'Windows Server 2012 R2' },
  { value: '2016', label: 'Windows Server 2016 or later' },
];

export const DISK_FORMAT_OPTIONS: readonly SelectOption<'dynamic' | 'fixed'>[] = [
  { value: 'dynamic', label: 'Dynamic: stores the used data' },
  { value: 'fixed', label: 'Fixed: stores the full size' },
];

export const METHOD_LABELS: Record<InitialReplicationMethod, string> = {
  network: 'Over the network',
  offline: 'Offline media (export, ship, import)',
  seed: 'Existing copy on the replica (seed)',
};

/** 30 → "30 s", 300 → "5 min". */
export function formatFrequency(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${seconds / 60} min`;
}

/** One line under the version select: what this version allows that matters for sizing. */
export function versionSummary(version: WindowsServerVersion): string {
  const every = allowedFrequencies(version).map(formatFrequency).join(' / ');
  if (version === '2012') {
    return `2012 replicates every ${every} only, keeps at most ${LIMITS.recoveryPoints2012} recovery points (snapshots) and has no extended replica.`;
  }
  return `Every ${every}; up to ${LIMITS.recoveryPoints} hourly recovery points; extended replica available.`;
}

/** Why the extended hop cannot be switched on; the same words as the plan rule. */
export const EXTENDED_NEEDS_R2 = 'Extended replication needs Windows Server 2012 R2 or later';

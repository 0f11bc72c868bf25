/** Small text helpers for the report's inputs: numbers as entered and the labels of fixed choices. */
import type { InitialReplicationMethod, ProfileId, WindowsServerVersion } from '@/plan';
import { formatDuration, getDisplayLocale } from '@/lib/format';

/** A number as the user typed it (up to 3 decimals, locale separators): 0.3, 1,200, 0.125. */
export function num(value: number): string {
  return value.toLocaleString(getDisplayLocale(), { maximumFractionDigits: 3 });
}

/** 20 → "20 %". */
export function percentText(value: number): string {
  return `${num(value)} %`;
}

/** A replication interval: 30 → "30 s", 300 → "5 min". */
export function frequencyText(seconds: number): string {
  return formatDuration(seconds);
}

export const VERSION_TEXT: Record<WindowsServerVersion, string> = {
  '2012': 'Windows Server 2012',
  '2012R2': 'Windows Server 2012 R2',
  '2016': 'Windows Server 2016 or later',
};

export const METHOD_TEXT: Record<InitialReplicationMethod, string> = {
  network: 'over the network',
  offline: 'offline media (export, ship, import)',
  seed: 'existing copy on the replica (seed)',
};

export const PROFILE_TEXT: Record<ProfileId, string> = {
  flat: 'flat',
  'business-hours': 'business hours (08–18 h at 3×)',
  'overnight-batch': 'overnight batch (01–05 h at 4×)',
  custom: 'custom hours',
};

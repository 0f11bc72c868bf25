import type { ProfileId } from './limits';

/**
 * Workload presets: a rule-of-thumb daily churn (% of used size per day) and a typical shape of
 * the day. Rules of thumb, not measurements — the UI labels them so (facts file §11).
 */
export interface WorkloadPreset {
  id: string;
  label: string;
  /** Daily write churn as a percentage of the disk's used size. */
  churnPercentPerDay: number;
  profile: ProfileId;
  source: string;
}

export const WORKLOAD_PRESETS = [
  { id: 'file-server', label: 'File server', churnPercentPerDay: 2, profile: 'business-hours', source: 'DPM default allocation ≈ 2 %/day [DPM-ALLOC]; Azure Backup "Low/Moderate" [AZBACKUP]' },
  { id: 'sql', label: 'SQL Server', churnPercentPerDay: 10, profile: 'business-hours', source: 'Databases: calculate with ~10 %, up to 30–50 % worst case [VEEAM-BP]' },
  { id: 'exchange', label: 'Exchange', churnPercentPerDay: 10, profile: 'business-hours', source: 'Active Exchange/SQL 10–20 % from transaction logs (Veeam sizing note)' },
  { id: 'domain-controller', label: 'Domain controller', churnPercentPerDay: 1, profile: 'flat', source: 'No published figure; conventional < 1–2 %/day [unverified]' },
  { id: 'web', label: 'Web server', churnPercentPerDay: 1, profile: 'business-hours', source: 'Mostly static content; conventional 1–2 %/day [unverified]' },
  { id: 'vdi', label: 'VDI desktop', churnPercentPerDay: 3, profile: 'business-hours', source: 'Low IO per VM in Microsoft tests [ASR-PERF]; 2–5 % estate average [VEEAM-BP]' },
  { id: 'general', label: 'General purpose', churnPercentPerDay: 3, profile: 'flat', source: 'Mid-size estate 2–5 %/day [VEEAM-BP]' },
] as const satisfies readonly WorkloadPreset[];

export type WorkloadId = (typeof WORKLOAD_PRESETS)[number]['id'];
export const WORKLOAD_IDS = WORKLOAD_PRESETS.map((p) => p.id) as [WorkloadId, ...WorkloadId[]];

export function workloadPreset(id: WorkloadId): WorkloadPreset {
  return WORKLOAD_PRESETS.find((p) => p.id === id) ?? WORKLOAD_PRESETS[WORKLOAD_PRESETS.length - 1]!;
}

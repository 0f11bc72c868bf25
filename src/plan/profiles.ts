import type { ProfileId } from './limits';

/** Hours in the profile day. */
export const HOURS = 24;

/** Normalise 24 non-negative weights to mean 1 so the daily total is kept. All-zero stays all-zero. */
export function normaliseWeights(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  return weights.map((w) => (w * HOURS) / sum);
}

/** Build 24 weights where hours [from, to) carry `factor` times the weight of the others. */
function peaked(from: number, to: number, factor: number): number[] {
  return normaliseWeights(Array.from({ length: HOURS }, (_, h) => (h >= from && h < to ? factor : 1)));
}

/** SPEC §4: business-hours = 08:00–18:00 at 3×; overnight-batch = 01:00–05:00 at 4×. */
export const PROFILE_WEIGHTS: Record<Exclude<ProfileId, 'custom'>, readonly number[]> = {
  flat: Array.from({ length: HOURS }, () => 1),
  'business-hours': peaked(8, 18, 3),
  'overnight-batch': peaked(1, 5, 4),
};

/** The 24 hourly weights (mean 1) of a VM's profile; `custom` uses its own weights, normalised. */
export function profileWeights(profile: ProfileId, custom: readonly number[] | null | undefined): number[] {
  if (profile === 'custom') return normaliseWeights(custom ?? PROFILE_WEIGHTS.flat);
  return [...PROFILE_WEIGHTS[profile]];
}

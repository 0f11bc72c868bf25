/**
 * The measured evidence a plan carries once derived from measurements (schema v3): what was
 * measured, how the plan's churn was derived from it, and the replay's answers (SPEC §4 in the
 * README: "Plan from measured churn"). Small — figures, not series: a share link and the report
 * carry it; the series stay in the browser that imported them.
 */
import { z } from './zod';
import { LIMITS } from './limits';

const nonNeg = z.number().min(0);
const mbps = z.number().min(0).max(LIMITS.linkMbps.max).nullable();
const reason = z.enum(['cycle', 'ceiling']).nullable();

/**
 * The settings the replay depends on, besides the uplink, as a flat map (`wireRatio`,
 * `link.sharePercent`, `vm:<id>.frequencySeconds`, …). When the plan's settings no longer match,
 * the answers are shown as computed for other settings and do not take part in the verdict.
 */
export const MeasuredBasisSchema = z.record(z.string().max(200), z.union([z.number(), z.string().max(400), z.boolean(), z.null()]));

export const MeasuredEvidenceSchema = z.strictObject({
  /** The perfmon file's name. */
  source: z.string().max(LIMITS.nameChars),
  /** Start of the period on the collector's local clock, `YYYY-MM-DDTHH:mm:ss` (no zone: it is local). */
  startLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'must be a local time like 2026-11-23T00:00:00'),
  timeZone: z.string().max(LIMITS.nameChars).default(''),
  periodSeconds: z.number().gt(0),
  sampleSeconds: z.number().gt(0),
  /** How the churn and profiles were derived. */
  derivedFrom: z.strictObject({
    day: z.enum(['percentile', 'average']),
    percentile: z.number().int().min(1).max(100),
    days: z.enum(['all', 'weekdays']),
    growthPercent: z.number().min(LIMITS.growthPercent.min).max(LIMITS.growthPercent.max),
  }),
  targetRpoMinutes: z.number().min(LIMITS.targetRpoMinutes.min).max(LIMITS.targetRpoMinutes.max),
  basis: MeasuredBasisSchema,
  /** Microsoft's planners' answers from the replay: uplink for the target 100 % and 90 % of the time. */
  requiredUplinkMbps: z.strictObject({ met100: mbps, met90: mbps }),
  unreachable: z.strictObject({ met100: reason, met90: reason }),
  /** Share of the period in which every VM was sampled, percent. */
  coveragePercent: z.number().min(0).max(100),
  /** The replay at this uplink (the plan's when the evidence was recorded). */
  atUplinkMbps: z.number().gt(0).max(LIMITS.linkMbps.max),
  metPercent: z.number().min(0).max(100),
  violations: z.number().int().min(0),
  longestViolationSeconds: nonNeg,
  breaches: z.number().int().min(0),
  worstRpoSeconds: nonNeg,
  vms: z
    .array(
      z.strictObject({
        vmId: z.string().max(LIMITS.idChars),
        name: z.string().max(LIMITS.nameChars),
        sampledPercent: z.number().min(0).max(100),
        /** Mean raw writes per day over the sampled time, bytes. */
        averageRawBytesPerDay: nonNeg,
        /** 5-minute bursts kept in the plan's profile. */
        bursts: z.boolean().default(false),
      }),
    )
    .max(LIMITS.vms),
  /** Each local calendar day of the period. */
  days: z
    .array(
      z.strictObject({
        /** Seconds from the start of the period. */
        startSeconds: nonNeg,
        endSeconds: nonNeg,
        peakRpoSeconds: nonNeg,
        violations: z.number().int().min(0),
        violationSeconds: nonNeg,
        breaches: z.number().int().min(0),
        coveragePercent: z.number().min(0).max(100),
      }),
    )
    .max(400),
});

export type MeasuredEvidence = z.output<typeof MeasuredEvidenceSchema>;

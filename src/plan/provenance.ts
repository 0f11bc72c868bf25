/**
 * Where a value came from (schema v3), recorded when the value is set — never guessed later by
 * comparing numbers. The record is open so later versions can track more values without a new
 * schema version: keys are field names relative to where the record sits (on a VM: `churn` for
 * its disks' churnGBPerDay, `profile` for profile, hourlyWeights and withinHourWeights; any other
 * field name, e.g. `recoveryPoints` or `disks[1].churnGBPerDay`, may be added), values a source.
 */
import { z } from './zod';

/**
 * - `entered`: typed, pasted or imported by the user (a figure of theirs);
 * - `measured`: derived from the customer's measurements (Import measurements → Derive);
 * - `preset`: a workload preset's rule of thumb;
 * - `default`: the planner's default, never looked at.
 */
export const PROVENANCE_SOURCES = ['entered', 'measured', 'preset', 'default'] as const;
export type ProvenanceSource = (typeof PROVENANCE_SOURCES)[number];

/** Field names a provenance record may carry: word characters, dots and [n] indices. */
const KEY = /^[A-Za-z][\w.[\]]{0,99}$/;

export const ProvenanceSchema = z.record(z.string().regex(KEY, 'must be a field name'), z.enum(PROVENANCE_SOURCES));
export type Provenance = z.output<typeof ProvenanceSchema>;

/** A VM's own provenance keys that the planner itself sets today. */
export type VmProvenanceKey = 'churn' | 'profile';

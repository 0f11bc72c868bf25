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

/** The per-disk churn mark of disk `j` (`disks[1].churnGBPerDay`). */
export const diskChurnKey = (j: number) => `disks[${j}].churnGBPerDay`;

const isSource = (value: unknown): value is ProvenanceSource => (PROVENANCE_SOURCES as readonly unknown[]).includes(value);

/** Where disk `j`'s churn came from: its own mark, else the VM's `churn`; undefined when neither is a source. */
export function diskChurnSource(provenance: Readonly<Record<string, unknown>> | undefined, j: number): ProvenanceSource | undefined {
  const own = provenance?.[diskChurnKey(j)];
  if (isSource(own)) return own;
  const vm = provenance?.churn;
  return isSource(vm) ? vm : undefined;
}

/** Each disk's churn source, in disk order (see diskChurnSource). */
export function diskChurnSources(provenance: Readonly<Record<string, unknown>> | undefined, diskCount: number): (ProvenanceSource | undefined)[] {
  return Array.from({ length: diskCount }, (_, j) => diskChurnSource(provenance, j));
}

/**
 * A provenance record with its churn marks rewritten from one source per disk, in one canonical
 * form (so a record read back from a spreadsheet equals the one written): `churn` is the VM's
 * source when every disk shares it; otherwise `churn` is "entered" if any disk is (the user's
 * figures lead), else the first disk's, and each disk that differs carries its own mark. Marks of
 * other fields are kept; per-disk marks of disks beyond `sources` are dropped.
 */
export function withDiskChurnSources(provenance: Readonly<Record<string, unknown>>, sources: readonly ProvenanceSource[]): Record<string, unknown> {
  if (sources.length === 0) return { ...provenance };
  const rest = Object.fromEntries(Object.entries(provenance).filter(([key]) => key !== 'churn' && !/^disks\[\d+\]\.churnGBPerDay$/.test(key)));
  const base = sources.every((s) => s === sources[0]) ? sources[0]! : sources.includes('entered') ? 'entered' : sources[0]!;
  const own = Object.fromEntries(sources.flatMap((s, j) => (s === base ? [] : [[diskChurnKey(j), s]])));
  return { ...rest, churn: base, ...own };
}

/** How the editor names a source beside a value: `short` on screen, `more` after it for screen readers and in the tooltip. */
export const PROVENANCE_TEXT: Record<ProvenanceSource, { short: string; more: string }> = {
  entered: { short: 'entered', more: 'typed, pasted or imported' },
  measured: { short: 'measured', more: 'derived from the customer’s measurements' },
  preset: { short: 'rule of thumb', more: 'workload preset' },
  default: { short: 'default', more: 'the planner’s default, not looked at' },
};

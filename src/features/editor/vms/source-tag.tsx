/**
 * Where a value came from (the plan's provenance record), as a small tag beside it: "entered",
 * "measured", "rule of thumb" (a workload preset), "default". Screen readers hear what it is
 * about and the full wording ("Churn source: rule of thumb (workload preset)").
 */
import { PROVENANCE_SOURCES, PROVENANCE_TEXT, type ProvenanceSource } from '@/plan';

/** The sources of a value in a fixed order, unknown marks left out (a draft may hold anything). */
export function knownSources(sources: Iterable<unknown>): ProvenanceSource[] {
  const seen = new Set(sources);
  return PROVENANCE_SOURCES.filter((s) => seen.has(s));
}

interface SourceTagProps {
  /** One source, or several for a VM whose disks differ ("entered + rule of thumb"). */
  sources: readonly ProvenanceSource[];
  /** "Churn" or "Profile". */
  what: string;
  id?: string;
}

export function SourceTag({ sources, what, id }: SourceTagProps) {
  if (sources.length === 0) return null;
  const full = sources.map((s) => `${PROVENANCE_TEXT[s].short} (${PROVENANCE_TEXT[s].more})`).join(' + ');
  const kind = sources.length === 1 ? sources[0] : 'mixed';
  return (
    <span id={id} className={`vm-source vm-source--${kind}`} title={`${what}: ${full}`}>
      <span className="visually-hidden">{what} source: </span>
      {sources.map((s, k) => (
        <span key={s}>
          {k > 0 ? ' + ' : null}
          {PROVENANCE_TEXT[s].short}
          <span className="visually-hidden"> ({PROVENANCE_TEXT[s].more})</span>
        </span>
      ))}
    </span>
  );
}

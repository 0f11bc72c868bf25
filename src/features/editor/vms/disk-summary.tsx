/** One line per VM in the collapsed table: disks, replicated size and churn (with where it came from), and what is off. */
import { formatBytes } from '@/lib/format';
import { bytesPerGB, diskChurnSource } from '@/plan';
import { usePlanStore, type DraftVm } from '@/store';
import { SourceTag, knownSources } from './source-tag';

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

export function DiskSummary({ id, vm, error }: { id: string; vm: DraftVm; error: boolean }) {
  const units = usePlanStore((s) => s.draft.units?.storage) ?? 'binary';
  const disks = Array.isArray(vm.disks) ? vm.disks : [];
  const replicated = disks.filter((d) => d.replicated !== false);
  const excluded = disks.length - replicated.length;
  const gb = bytesPerGB(units);
  const size = replicated.reduce((sum, d) => sum + num(d.sizeGB), 0) * gb;
  const churn = replicated.reduce((sum, d) => sum + num(d.churnGBPerDay), 0) * gb;
  // Where the replicated disks' churn came from: one source, or several when the disks differ.
  const sources = knownSources(disks.flatMap((d, j) => (d.replicated !== false ? [diskChurnSource(vm.provenance, j)] : [])));
  return (
    <span id={id} className="vm-disk-summary">
      {disks.length} disk{disks.length === 1 ? '' : 's'} · {formatBytes(size, units)}
      <br />
      {formatBytes(churn, units)}/day
      {sources.length > 0 ? (
        <>
          {' '}
          <SourceTag sources={sources} what="Churn" />
        </>
      ) : null}
      {excluded > 0 ? <span className="vm-muted"> · {excluded} excluded</span> : null}
      {replicated.length === 0 ? <span className="vm-warn"> · none replicated</span> : null}
      {error ? <span className="vm-bad"> · ⚠ error</span> : null}
    </span>
  );
}

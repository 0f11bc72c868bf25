/** The disks of one VM: size, used, churn, replicate on/off with what excluding saves, add/delete. */
import { memo, useEffect, useRef } from 'react';
import { CheckboxField, NumberField, TextField, fieldDomId } from '@/components';
import { formatBytes, formatMbps, formatNumber } from '@/lib/format';
import { LIMITS, diskChurnSource, diskFlagText, diskFlags, type StorageUnits } from '@/plan';
import { usePlanStore, type DraftDisk, type DraftVm } from '@/store';
import type { ChurnMode } from './churn-input';
import { ChurnInput } from './churn-input';
import { exclusionSaving } from './exclusion-saving';
import { SourceTag, knownSources } from './source-tag';
import { gbLabel } from './vm-options';

interface DiskTableProps {
  vmIndex: number;
  vm: DraftVm;
  vmName: string;
  churnMode: ChurnMode;
}

export const DiskTable = memo(function DiskTable({ vmIndex, vm, vmName, churnMode }: DiskTableProps) {
  const units = usePlanStore((s) => s.draft.units?.storage);
  const addDisk = usePlanStore((s) => s.addDisk);
  const disks = Array.isArray(vm.disks) ? vm.disks : [];
  const focusNew = useRef(false);

  // After "Add disk", the new disk's name takes focus so the user types straight into it.
  useEffect(() => {
    if (!focusNew.current) return;
    focusNew.current = false;
    document.getElementById(fieldDomId(['vms', vmIndex, 'disks', disks.length - 1, 'name']))?.focus();
  }, [disks.length, vmIndex]);

  const unit = gbLabel(units);
  return (
    <div className="vm-disks">
      <table className="vm-disk-table">
        <caption>Disks of {vmName}</caption>
        <thead>
          <tr>
            <th scope="col">Disk</th>
            <th scope="col">Size</th>
            <th scope="col">Used</th>
            <th scope="col">Churn per day</th>
            <th scope="col">Replicated</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {disks.map((disk, j) => (
            <DiskRow
              key={j}
              vmIndex={vmIndex}
              diskIndex={j}
              disk={disk}
              vmName={vmName}
              count={vm.count}
              unit={unit}
              churnMode={churnMode}
              only={disks.length <= 1}
              churnSource={diskChurnSource(vm.provenance, j)}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          focusNew.current = true;
          addDisk(vmIndex);
        }}
        disabled={disks.length >= LIMITS.disksPerVm}
      >
        Add disk to {vmName}
      </button>
    </div>
  );
});

interface DiskRowProps {
  vmIndex: number;
  diskIndex: number;
  disk: DraftDisk;
  vmName: string;
  count: unknown;
  unit: string;
  churnMode: ChurnMode;
  only: boolean;
  /** Where this disk's churn figure came from (a string, so the memoised row skips when it stays). */
  churnSource: string | undefined;
}

/** A plausibility warning beside the field it is about (SPEC §5.7); the warnings list repeats it. */
function FlagNote({ text }: { text: string }) {
  return (
    <span className="vm-flag">
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}

const DiskRow = memo(function DiskRow({ vmIndex, diskIndex, disk, vmName, count, unit, churnMode, only, churnSource }: DiskRowProps) {
  const deleteDisk = usePlanStore((s) => s.deleteDisk);
  const units: StorageUnits = usePlanStore((s) => (s.draft.units?.storage === 'decimal' ? 'decimal' : 'binary'));
  const flags = diskFlags(disk, units);
  const churnFlag = flags.find((f) => f.field === 'churnGBPerDay');
  const pagingFlag = flags.find((f) => f.field === 'replicated');
  const at = (field: string) => ['vms', vmIndex, 'disks', diskIndex, field] as const;
  const diskName = (typeof disk.name === 'string' && disk.name) || `Disk ${diskIndex + 1}`;
  const of = `${diskName} of ${vmName}`;
  const whyId = `vm-${vmIndex}-disk-${diskIndex}-why`;
  return (
    <tr>
      <td>
        <TextField path={at('name')} label="Disk name" ariaLabel={`Name of disk ${diskIndex + 1} of ${vmName}`} compact size={12} maxLength={LIMITS.nameChars} />
      </td>
      <td>
        <NumberField path={at('sizeGB')} label="Size" ariaLabel={`Size of ${of}`} compact unit={unit} min={0} max={LIMITS.diskSizeGB} size={7} />
      </td>
      <td>
        <NumberField path={at('usedGB')} label="Used" ariaLabel={`Used of ${of}`} compact unit={unit} min={0} max={LIMITS.diskSizeGB} size={7} />
      </td>
      <td>
        <ChurnInput
          vmIndex={vmIndex}
          diskIndex={diskIndex}
          mode={churnMode}
          unit={unit}
          ariaLabel={`Churn of ${of}`}
          note={
            churnSource || churnFlag ? (
              <>
                <SourceTag sources={knownSources([churnSource])} what="Churn" />
                {churnFlag ? <FlagNote text={diskFlagText(churnFlag, undefined, (x) => formatNumber(x, 1))} /> : null}
              </>
            ) : null
          }
        />
      </td>
      <td>
        <CheckboxField path={at('replicated')} label="Replicate" ariaLabel={`Replicate ${of}`} hint={pagingFlag ? <FlagNote text={diskFlagText(pagingFlag)} /> : null} />
        <ExclusionNote disk={disk} count={count} />
      </td>
      <td>
        <button type="button" disabled={only} aria-label={`Delete disk ${of}`} aria-describedby={only ? whyId : undefined} onClick={() => deleteDisk(vmIndex, diskIndex)}>
          Delete
        </button>
        {only ? (
          <span id={whyId} className="vm-why">
            A VM needs a disk
          </span>
        ) : null}
      </td>
    </tr>
  );
});

/** "Excluded: saves …" under an excluded disk. */
function ExclusionNote({ disk, count }: { disk: DraftDisk; count: unknown }) {
  const units = usePlanStore((s) => s.draft.units?.storage) ?? 'binary';
  const growthPercent = usePlanStore((s) => s.draft.replication?.growthPercent);
  const compression = usePlanStore((s) => s.draft.replication?.compression);
  const compressionRatio = usePlanStore((s) => s.draft.replication?.compressionRatio);
  if (disk.replicated === true) return null;
  const saving = exclusionSaving({
    churnGBPerDay: disk.churnGBPerDay,
    count: typeof count === 'number' ? count : 1,
    units,
    growthPercent: growthPercent ?? 0,
    compression: compression !== false,
    compressionRatio: compressionRatio ?? 1,
  });
  if (!saving) return <p className="vm-note">Excluded</p>;
  return (
    <p className="vm-note vm-note--saving">
      Excluded: saves {formatBytes(saving.logBytesPerDay, units)}/day (≈ {formatMbps(saving.wireMbps)} average on the wire)
    </p>
  );
}

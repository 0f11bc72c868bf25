/** The first pasted VMs as they will be added, defaults filled, so the user sees what "Add" does. */
import { formatBytes } from '@/lib/format';
import { bytesPerGB, workloadPreset, type StorageUnits } from '@/plan';
import type { DraftVm } from '@/store';

const SHOWN = 5;

export function PastePreview({ vms, units }: { vms: readonly DraftVm[]; units: StorageUnits }) {
  if (vms.length === 0) return null;
  const gb = bytesPerGB(units);
  return (
    <table className="vm-paste-preview">
      <caption>Preview{vms.length > SHOWN ? ` (first ${SHOWN} of ${vms.length})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Count</th>
          <th scope="col">Workload</th>
          <th scope="col">Disks</th>
          <th scope="col">Size</th>
          <th scope="col">Churn per day</th>
        </tr>
      </thead>
      <tbody>
        {vms.slice(0, SHOWN).map((vm) => (
          <tr key={vm.id}>
            <th scope="row">{vm.name}</th>
            <td>{vm.count}</td>
            <td>{workloadPreset(vm.workload).label}</td>
            <td>{vm.disks.map((d) => d.name).join(', ')}</td>
            <td>{formatBytes(vm.disks.reduce((s, d) => s + d.sizeGB, 0) * gb, units)}</td>
            <td>{formatBytes(vm.disks.reduce((s, d) => s + d.churnGBPerDay, 0) * gb, units)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

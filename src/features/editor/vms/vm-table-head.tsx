/** Column headers of the VM table; the abbreviations carry their meaning in a tooltip and for screen readers. */
export const VM_COLUMNS = [
  { key: 'order', label: 'Order', title: 'Plan order: initial replication starts VMs in this order' },
  { key: 'name', label: 'Name' },
  { key: 'count', label: 'Count', title: 'Identical copies of this VM (a VM group)' },
  { key: 'workload', label: 'Workload', title: 'Picking a workload re-estimates disk churn from its rule of thumb (% of used size per day); Undo reverts' },
  { key: 'frequency', label: 'Frequency', title: 'Replication frequency: how often a log is cut and sent' },
  { key: 'points', label: 'Recovery points', title: 'Additional hourly recovery points kept on the replica' },
  { key: 'vss', label: 'App-consistent', title: 'Application-consistent (VSS) snapshot every N hours; needs at least 1 recovery point; empty = off' },
  { key: 'profile', label: 'Profile', title: 'Shape of the day: when the churn happens' },
  { key: 'ir', label: 'Initial replication', title: 'How the first full copy reaches the replica' },
  { key: 'disks', label: 'Disks', title: 'Replicated disks: count · size · churn per day' },
  { key: 'actions', label: 'Actions' },
] as const;

/** `all`: every VM is ticked (true), none (false) or some (null, drawn as a dash). */
export function VmTableHead({ all, onAll }: { all: boolean | null; onAll: (on: boolean) => void }) {
  return (
    <thead>
      <tr>
        {VM_COLUMNS.map((c) => (
          <th
            key={c.key}
            scope="col"
            title={'title' in c ? c.title : undefined}
            className={c.key === 'order' || c.key === 'actions' ? 'vm-th-narrow' : c.key === 'name' ? 'vm-name' : undefined}
          >
            {c.key === 'name' ? (
              <input
                type="checkbox"
                className="vm-select"
                aria-label="Select all VMs"
                checked={all === true}
                ref={(el) => {
                  if (el) el.indeterminate = all === null;
                }}
                onChange={(e) => onAll(e.target.checked)}
              />
            ) : null}
            {c.key === 'order' || c.key === 'actions' ? <span className="visually-hidden">{c.label}</span> : c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

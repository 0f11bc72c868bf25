import { useId, useState } from 'react';
import { formatCount } from '@/lib/format';
import { diskFileName } from '../analysis/vm-series';
import { assignDisk, matchCounts, setIncluded, type CounterMatch, type MatchStatus } from '../inventory/matching';
import type { Session } from './session';

const STATUS_TEXT: Record<MatchStatus, string> = {
  matched: 'Matched by path',
  checkpoint: 'Matched: checkpoint disk of this one',
  truncated: 'Matched: name cut short by perfmon',
  ambiguous: 'Several disks share this spelling: pick one',
  unmatched: 'Not in the inventory',
};

/** Step 2: each counter column and the inventory disk it measures; fix, exclude, continue. */
export function MatchStep({ session, onChange, onBack, onContinue }: { session: Session; onChange: (s: Session) => void; onBack: () => void; onContinue: () => void }) {
  const id = useId();
  const { measurement, inventory, matches } = session;
  const counts = matchCounts(matches);
  const update = (next: CounterMatch[]) => onChange({ ...session, matches: next });
  const label = (d: number) => `${inventory[d]!.vm} — ${diskFileName(inventory[d]!.path)}`;
  // Problems first, so a long list does not hide them.
  const order = matches.map((_, i) => i).sort((a, b) => rank(matches[a]!) - rank(matches[b]!) || a - b);

  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Match counters to VMs and disks</h3>
      <p id={`${id}-sum`}>
        {formatCount(measurement.counters.length)} disk counters: {formatCount(counts.matched)} matched
        {counts.ambiguous ? `, ${formatCount(counts.ambiguous)} ambiguous` : ''}
        {counts.unmatched ? `, ${formatCount(counts.unmatched)} not matched` : ''}
        {counts.excluded ? `, ${formatCount(counts.excluded)} excluded` : ''}. Perfmon writes a disk path with “-” for “\”, so the
        match is by that spelling. Untick a disk to leave it out (a paging-file disk, say).
      </p>
      <div className="measured-scroll">
        <table className="measured-table">
          <caption className="visually-hidden">Counter columns and the disks they measure</caption>
          <thead>
            <tr>
              <th scope="col">Counter instance</th>
              <th scope="col">VM and disk</th>
              <th scope="col">Status</th>
              <th scope="col">Include</th>
            </tr>
          </thead>
          <tbody>
            {order.map((c) => {
              const m = matches[c]!;
              const counter = measurement.counters[c]!;
              const name = `${counter.instance} on ${counter.host}`;
              const choices = m.status === 'ambiguous' ? m.candidates : inventory.map((_, d) => d);
              return (
                <tr key={c} className={m.disk === null ? 'measured-row--problem' : undefined}>
                  <th scope="row" className="measured-instance">
                    {counter.instance}
                    <span className="measured-muted"> on {counter.host}</span>
                  </th>
                  <td>
                    <DiskSelect
                      label={`Disk for ${name}`}
                      value={m.disk}
                      choices={m.disk !== null && !choices.includes(m.disk) ? [m.disk, ...choices] : choices}
                      optionLabel={label}
                      onChange={(disk) => update(assignDisk(matches, c, disk))}
                    />
                  </td>
                  <td>{m.disk === null ? STATUS_TEXT[m.status === 'ambiguous' ? 'ambiguous' : 'unmatched'] : STATUS_TEXT[m.status]}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Include ${name}`}
                      checked={m.included}
                      disabled={m.disk === null}
                      onChange={(e) => update(setIncluded(matches, c, e.target.checked))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="measured-actions">
        <button type="button" onClick={onBack}>
          Back to files
        </button>
        <button type="button" className="button--primary" disabled={counts.matched === 0} onClick={onContinue}>
          Continue
        </button>
      </div>
    </section>
  );
}

function rank(m: CounterMatch): number {
  if (m.status === 'ambiguous' && m.disk === null) return 0;
  if (m.disk === null) return 1;
  return 2;
}

interface DiskSelectProps {
  label: string;
  value: number | null;
  choices: number[];
  optionLabel: (disk: number) => string;
  onChange: (disk: number | null) => void;
}

/**
 * A disk picker whose full list of options is built when it is first focused or pointed at: a
 * hundred counters × a hundred disks would otherwise be ten thousand options rendered at once.
 */
function DiskSelect({ label, value, choices, optionLabel, onChange }: DiskSelectProps) {
  const [full, setFull] = useState(false);
  const shown = full ? choices : value === null ? [] : [value];
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      onFocus={() => setFull(true)}
      onPointerEnter={() => setFull(true)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">Not matched</option>
      {shown.map((d) => (
        <option key={d} value={d}>
          {optionLabel(d)}
        </option>
      ))}
    </select>
  );
}

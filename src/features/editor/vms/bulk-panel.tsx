/**
 * Bulk edit: pick rows (all, none, by workload, or the row checkboxes), then set any of frequency,
 * recovery points, app-consistent interval, profile, workload, initial replication, or a disk
 * rule for all of them. Every choice starts at "Keep"; Apply is one undo step and the status line
 * says what changed. A plain form: Tab moves through it, Enter applies.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { parseInputNumber } from '@/lib/number-input';
import { FREQUENCIES_SECONDS, INITIAL_REPLICATION_METHODS, LIMITS, PROFILE_IDS, WORKLOAD_PRESETS, allowedFrequencies, maxRecoveryPoints, type WindowsServerVersion, type WorkloadId } from '@/plan';
import { PAGING_DISK_PATTERN, isEmptyEdit, usePlanStore, type BulkEdit, type DraftVm } from '@/store';
import { bulkSummaryText } from './bulk-summary';
import type { VmSelection } from './use-vm-selection';
import { IR_LABELS, PROFILE_LABELS, frequencyLabel } from './vm-options';

const KEEP = '';
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO_KEYS = isMac ? '⌘+Z' : 'Ctrl+Z';

interface BulkPanelProps {
  vms: readonly DraftVm[];
  selection: VmSelection;
  version: WindowsServerVersion;
  planIrMethod: unknown;
  onStatus: (message: string) => void;
}

interface FormState {
  frequency: string;
  points: string;
  vss: string;
  profile: string;
  workload: string;
  ir: string;
  diskAction: '' | 'exclude' | 'include';
  diskPattern: string;
}

const EMPTY_FORM: FormState = { frequency: KEEP, points: '', vss: KEEP, profile: KEEP, workload: KEEP, ir: KEEP, diskAction: '', diskPattern: PAGING_DISK_PATTERN };

/** The form → an edit, or the message of the first field that cannot be read. */
export function readBulkForm(form: FormState, version: WindowsServerVersion): { edit: BulkEdit; problem: { field: 'points' | 'diskPattern'; message: string } | null } {
  const edit: BulkEdit = {};
  let problem: { field: 'points' | 'diskPattern'; message: string } | null = null;
  if (form.frequency) edit.frequencySeconds = Number(form.frequency) as BulkEdit['frequencySeconds'];
  if (form.points.trim()) {
    const max = maxRecoveryPoints(version);
    const n = parseInputNumber(form.points);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > max) problem = { field: 'points', message: `Recovery points must be a whole number from 0 to ${max}` };
    else edit.recoveryPoints = n;
  }
  if (form.vss) edit.appConsistentHours = form.vss === 'off' ? null : Number(form.vss);
  if (form.profile) edit.profile = form.profile as BulkEdit['profile'];
  if (form.workload) edit.workload = form.workload as WorkloadId;
  if (form.ir) edit.initialReplication = form.ir === 'plan' ? null : (form.ir as BulkEdit['initialReplication']);
  if (form.diskAction) {
    if (!form.diskPattern.trim()) problem ??= { field: 'diskPattern', message: 'Type part of the disk names, e.g. page, swap, temp' };
    else edit.disks = { pattern: form.diskPattern.trim(), replicated: form.diskAction === 'include' };
  }
  return { edit, problem };
}

const VSS_HOURS = Array.from({ length: LIMITS.appConsistentHours.max - LIMITS.appConsistentHours.min + 1 }, (_, k) => LIMITS.appConsistentHours.min + k);

export function BulkPanel({ vms, selection, version, planIrMethod, onStatus }: BulkPanelProps) {
  const id = useId();
  const bulkEditVms = usePlanStore((s) => s.bulkEditVms);
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [tried, setTried] = useState(false);
  const { edit, problem } = readBulkForm(form, version);
  const set = (key: keyof FormState) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const workloads = WORKLOAD_PRESETS.map((p) => ({ ...p, count: vms.filter((vm) => vm?.workload === p.id).length })).filter((p) => p.count > 0);
  const planMethod = IR_LABELS[planIrMethod as keyof typeof IR_LABELS] ?? 'the plan setting';
  const allOn = selection.count > 0 && selection.count === vms.length;
  const n = selection.count;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (n === 0 || problem || isEmptyEdit(edit)) return;
    const summary = bulkEditVms(selection.ids, edit);
    onStatus(bulkSummaryText(summary, edit, UNDO_KEYS));
    setForm((f) => ({ ...EMPTY_FORM, diskPattern: f.diskPattern }));
    setTried(false);
  };

  const issue = (field: 'points' | 'diskPattern') => (problem?.field === field && (tried || field === 'points') ? problem.message : null);
  const pointsIssue = issue('points');
  const patternIssue = issue('diskPattern');

  return (
    <section className="vm-bulk" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        Select and change several VMs
      </h3>
      <div className="vm-bulk-select">
        <span className="vm-muted" aria-live="polite">
          {n === 0 ? 'Tick rows to change several VMs at once (Shift+click selects a range).' : `${n} of ${vms.length} VM${vms.length === 1 ? '' : 's'} selected.`}
        </span>
        <button type="button" onClick={() => selection.all(true)} disabled={allOn}>
          Select all
        </button>
        <button type="button" onClick={() => selection.all(false)} disabled={n === 0}>
          Select none
        </button>
        <label htmlFor={`${id}-by`} className="visually-hidden">
          Select by workload
        </label>
        <select
          id={`${id}-by`}
          value=""
          onChange={(e) => {
            if (e.target.value) selection.byWorkload(e.target.value as WorkloadId);
          }}
        >
          <option value="">Select by workload…</option>
          {workloads.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label} ({p.count})
            </option>
          ))}
        </select>
      </div>
      {n > 0 ? (
        <form className="vm-bulk-form" onSubmit={apply} aria-label={`Change the ${n} selected VM${n === 1 ? '' : 's'}`} noValidate>
          <BulkSelect id={`${id}-freq`} label="Frequency" value={form.frequency} onChange={set('frequency')}>
            {FREQUENCIES_SECONDS.map((s) => (
              <option key={s} value={s} disabled={!allowedFrequencies(version).includes(s)}>
                {frequencyLabel(s)}
              </option>
            ))}
          </BulkSelect>
          <div className={`field${pointsIssue ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-points`} className="field-label">
              Recovery points
            </label>
            <input
              id={`${id}-points`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              size={4}
              placeholder="keep"
              value={form.points}
              onChange={set('points')}
              aria-invalid={pointsIssue ? true : undefined}
              aria-describedby={pointsIssue ? `${id}-points-issue` : undefined}
            />
            {pointsIssue ? (
              <p id={`${id}-points-issue`} className="field-issue">
                <span aria-hidden="true">⚠ </span>
                {pointsIssue}
              </p>
            ) : null}
          </div>
          <BulkSelect id={`${id}-vss`} label="App-consistent" value={form.vss} onChange={set('vss')}>
            <option value="off">Off</option>
            {VSS_HOURS.map((h) => (
              <option key={h} value={h}>
                Every {h} h
              </option>
            ))}
          </BulkSelect>
          <BulkSelect id={`${id}-profile`} label="Profile" value={form.profile} onChange={set('profile')}>
            {PROFILE_IDS.map((p) => (
              <option key={p} value={p}>
                {PROFILE_LABELS[p]}
              </option>
            ))}
          </BulkSelect>
          <BulkSelect id={`${id}-workload`} label="Workload" value={form.workload} onChange={set('workload')} hint={form.workload ? 'Re-estimates disk churn from its rule of thumb.' : undefined}>
            {WORKLOAD_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label} · {p.churnPercentPerDay} %
              </option>
            ))}
          </BulkSelect>
          <BulkSelect id={`${id}-ir`} label="Initial replication" value={form.ir} onChange={set('ir')}>
            <option value="plan">As the plan ({planMethod})</option>
            {INITIAL_REPLICATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {IR_LABELS[m]}
              </option>
            ))}
          </BulkSelect>
          <div className={`vm-bulk-disks field${patternIssue ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-disk-action`} className="field-label">
              Disks named like
            </label>
            <div className="field-control">
              <select id={`${id}-disk-action`} value={form.diskAction} onChange={set('diskAction')}>
                <option value="">Keep</option>
                <option value="exclude">Exclude</option>
                <option value="include">Replicate</option>
              </select>
              <input
                type="text"
                autoComplete="off"
                size={22}
                value={form.diskPattern}
                onChange={set('diskPattern')}
                aria-label="Disk names to match (commas between; * and ? as wildcards)"
                aria-invalid={patternIssue ? true : undefined}
                aria-describedby={patternIssue ? `${id}-pattern-issue` : `${id}-pattern-hint`}
              />
            </div>
            {patternIssue ? (
              <p id={`${id}-pattern-issue`} className="field-issue">
                <span aria-hidden="true">⚠ </span>
                {patternIssue}
              </p>
            ) : (
              <p id={`${id}-pattern-hint`} className="field-hint">
                Part of the name, commas between; * and ? as wildcards.
              </p>
            )}
          </div>
          <div className="vm-bulk-apply">
            <button type="submit" className="button--primary" disabled={isEmptyEdit(edit) && !problem}>
              Apply to {n} VM{n === 1 ? '' : 's'}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function BulkSelect({ id, label, value, onChange, hint, children }: { id: string; label: string; value: string; onChange: (e: { target: { value: string } }) => void; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} value={value} onChange={onChange} aria-describedby={hint ? `${id}-hint` : undefined}>
        <option value={KEEP}>Keep</option>
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

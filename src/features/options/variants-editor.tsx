/**
 * Variants (SPEC §5.9): named lists of changes by field path. Paths are suggested from the plan
 * (link, policy, every VM's frequency and initial copy, every disk's replication) and checked as
 * they are typed; a variant that cannot be applied says why under its name.
 */
import { useId, useMemo, useState } from 'react';
import { TextField, useFieldIssue, useOptionsIfAny } from '@/components';
import { formatPath, LIMITS, type Plan, type PlanChange } from '@/plan';
import { describeChange, formatChangeIssue, getAtPath, parseChangePath } from '@/scenario';
import { selectLastValidPlan, uniqueId, usePlanStore } from '@/store';
import { changeValueText, parseChangeValue } from './change-value';

/** Fields a consultant varies most, then every VM's and disk's. */
/** VMs whose fields the path suggestions list: a 5 000-VM plan would render ~45 000 options on every edit. */
const SUGGESTED_VMS = 50;

/** Paths offered while typing a change: the plan-wide fields, then the first SUGGESTED_VMS VMs' (any path can be typed). */
function suggestedPaths(plan: Plan): string[] {
  const out = [
    'link.uplinkMbps',
    'link.sharePercent',
    'link.hourlySharePercent',
    'link.replicaDownlinkMbps',
    'replication.compression',
    'replication.compressionRatio',
    'replication.targetRpoMinutes',
    'replication.maxActiveTransfers',
    'initialReplication.method',
  ];
  plan.vms.slice(0, SUGGESTED_VMS).forEach((vm, i) => {
    out.push(`vms[${i}].frequencySeconds`, `vms[${i}].initialReplication`, `vms[${i}].recoveryPoints`);
    vm.disks.forEach((_, j) => out.push(`vms[${i}].disks[${j}].replicated`, `vms[${i}].disks[${j}].churnGBPerDay`));
  });
  return out;
}

function ChangeRow({ variantIndex, changeIndex, change, base, listId }: { variantIndex: number; changeIndex: number; change: PlanChange; base: Plan; listId: string }) {
  const setField = usePlanStore((s) => s.setField);
  const variants = usePlanStore((s) => s.draft.variants);
  const at = ['variants', variantIndex, 'changes', changeIndex] as const;
  const pathIssue = useFieldIssue([...at, 'path']);
  const [text, setText] = useState(() => changeValueText(change.value));
  // Undo or another edit may change the value under the box: then show the value, not the old text.
  const shown = JSON.stringify(parseChangeValue(text)) === JSON.stringify(change.value) ? text : changeValueText(change.value);
  const segments = parseChangePath(change.path);
  const now = segments ? getAtPath(base, segments) : undefined;
  const remove = () =>
    setField(
      ['variants', variantIndex, 'changes'],
      variants[variantIndex]!.changes.filter((_, k) => k !== changeIndex),
    );
  const label = `Variant ${variantIndex + 1}, change ${changeIndex + 1}`;
  return (
    <li className="options-change">
      <label>
        <span className="visually-hidden">{label}: field</span>
        <input
          type="text"
          list={listId}
          size={28}
          value={change.path}
          maxLength={LIMITS.changePathChars}
          aria-invalid={pathIssue ? true : undefined}
          onChange={(e) => setField([...at, 'path'], e.target.value)}
        />
      </label>
      <span aria-hidden="true">=</span>
      <label>
        <span className="visually-hidden">{label}: new value</span>
        <input
          type="text"
          size={14}
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            setField([...at, 'value'], parseChangeValue(e.target.value) as never);
          }}
        />
      </label>
      <span className="options-now">{now === undefined ? 'no such field' : `now ${changeValueText(now)}`}</span>
      <button type="button" onClick={remove} aria-label={`Remove ${label.toLowerCase()}`}>
        Remove
      </button>
      {pathIssue ? <p className="field-issue" role="alert">{pathIssue}</p> : segments && now !== undefined ? <p className="options-words">{describeChange(base, change)}</p> : null}
    </li>
  );
}

export function VariantsEditor() {
  const variants = usePlanStore((s) => s.draft.variants);
  const base = usePlanStore(selectLastValidPlan);
  const setField = usePlanStore((s) => s.setField);
  const options = useOptionsIfAny();
  const listId = useId();
  const add = () => {
    const id = uniqueId(`variant-${variants.length + 1}`, new Set(variants.map((v) => v.id)));
    setField(['variants'], [...variants, { id, name: `Variant ${variants.length + 1}`, changes: [{ path: 'link.uplinkMbps', value: base.link.uplinkMbps * 2 }] }]);
  };
  const problems = new Map((options?.comparison.rows ?? []).flatMap((r) => (r.ok ? [] : [[r.id, r.issues] as const])));
  const suggestions = useMemo(
    () => suggestedPaths(base).map((p) => [p, describeChange(base, { path: p, value: getAtPath(base, parseChangePath(p) ?? []) as PlanChange['value'] }).replace(/ \(was .*\)$/, '')] as const),
    [base],
  );
  return (
    <fieldset className="options-fieldset">
      <legend>Variants</legend>
      <p className="options-note">Each variant is the plan with a few fields changed, e.g. a faster line, the whole line at night, file servers every 15 minutes.</p>
      <datalist id={listId}>
        {suggestions.map(([p, words]) => (
          <option key={p} value={p}>
            {words}
          </option>
        ))}
      </datalist>
      <ol className="options-variants">
        {variants.map((variant, i) => {
          const issues = problems.get(variant.id);
          return (
            <li key={i} className="options-variant">
              <div className="options-variant-head">
                <TextField path={['variants', i, 'name']} label={`Variant ${i + 1} name`} size={28} />
                <button type="button" onClick={() => setField(['variants'], variants.filter((_, k) => k !== i))}>
                  Delete variant
                </button>
              </div>
              {issues ? (
                <p className="field-issue" role="alert">
                  Cannot be applied: {issues.map(formatChangeIssue).join('; ')}
                </p>
              ) : null}
              <ul className="options-changes">
                {variant.changes.map((change, k) => (
                  <ChangeRow key={`${k}-${formatPath(['variants', i, 'changes', k])}`} variantIndex={i} changeIndex={k} change={change} base={base} listId={listId} />
                ))}
              </ul>
              <button type="button" onClick={() => setField(['variants', i, 'changes'], [...variant.changes, { path: 'replication.compression', value: true }])}>
                Add change
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} disabled={variants.length >= LIMITS.variants}>
        Add variant
      </button>
    </fieldset>
  );
}

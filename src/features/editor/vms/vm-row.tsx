/**
 * One VM of the table (memoised: the store keeps an unchanged VM's object, so typing in one row
 * re-renders that row only), and below it, when open, its disks and custom-profile hours.
 */
import { memo } from 'react';
import { NumberField, SelectField, TextField, vmRowDomId } from '@/components';
import { LIMITS, maxRecoveryPoints, type WindowsServerVersion } from '@/plan';
import { selectValidation, usePlanStore, type DraftVm } from '@/store';
import type { ChurnMode } from './churn-input';
import { CustomHours } from './custom-hours';
import { DiskTable } from './disk-table';
import { DiskSummary } from './disk-summary';
import { CopyIcon, TrashIcon } from './icons';
import { ProfileSelect, WorkloadSelect } from './vm-selects';
import { frequencyOptions, irOptions } from './vm-options';

export type RowAction = 'up' | 'down' | 'duplicate' | 'delete';

export interface VmRowProps {
  index: number;
  vm: DraftVm;
  isLast: boolean;
  isOnly: boolean;
  version: WindowsServerVersion;
  planIrMethod: unknown;
  churnMode: ChurnMode;
  disksOpen: boolean;
  hoursOpen: boolean;
  /** Number of table columns, for the detail row's colSpan. */
  columns: number;
  /** Ticked for a bulk edit. */
  selected: boolean;
  /** Tick or untick this row; `range` (Shift held) extends from the last row ticked. */
  onSelect: (vmId: string, on: boolean, range: boolean) => void;
  onToggle: (vmId: string, part: 'disks' | 'hours', open?: boolean) => void;
  onAction: (action: RowAction, index: number) => void;
  onStatus: (message: string) => void;
}

/** The name a VM is called by in labels and messages, even while its name box is empty. */
export const vmDisplayName = (vm: DraftVm, index: number) => (typeof vm.name === 'string' && vm.name.trim()) || `VM ${index + 1}`;

export const VmRow = memo(function VmRow(props: VmRowProps) {
  const { index, vm, isLast, isOnly, version, planIrMethod, churnMode, disksOpen, hoursOpen, columns, selected, onSelect, onToggle, onAction, onStatus } = props;
  const name = vmDisplayName(vm, index);
  const at = (...rest: (string | number)[]) => ['vms', index, ...rest];
  // A disk error opens the disks, so the message (and a warning's link to it) is on screen.
  const diskIssue = usePlanStore((s) => selectValidation(s.draft).issues.some((i) => i.path.startsWith(`vms[${index}].disks`)));
  const custom = vm.profile === 'custom';
  const showDisks = disksOpen || diskIssue;
  const showHours = custom && hoursOpen;
  const disksId = `vm-disks-${index}`;
  const whyId = `vm-${index}-delete-why`;

  return (
    <>
      <tr id={vmRowDomId(String(vm.id))} tabIndex={-1} className={selected ? 'vm-row vm-row--selected' : 'vm-row'} aria-label={name}>
        <td className="vm-order">
          <button type="button" id={`vm-${index}-up`} className="vm-icon" disabled={index === 0} onClick={() => onAction('up', index)} aria-label={`Move ${name} up`}>
            ↑
          </button>
          <button type="button" id={`vm-${index}-down`} className="vm-icon" disabled={isLast} onClick={() => onAction('down', index)} aria-label={`Move ${name} down`}>
            ↓
          </button>
        </td>
        <th scope="row" className="vm-name">
          <input
            type="checkbox"
            className="vm-select"
            checked={selected}
            aria-label={`Select ${name}`}
            // Shift+click (or Shift+Space) extends the selection from the last row ticked.
            onChange={(e) => onSelect(String(vm.id), e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true)}
          />
          <TextField path={at('name')} label="Name" ariaLabel={`Name of VM in row ${index + 1}`} compact size={11} maxLength={LIMITS.nameChars} className="vm-w-name" />
        </th>
        <td>
          <NumberField path={at('count')} label="Count" ariaLabel={`Count of ${name}`} compact min={1} max={LIMITS.vmCount} size={3} className="vm-w-small" />
        </td>
        <td>
          <WorkloadSelect vmIndex={index} vmName={name} onApplied={onStatus} />
        </td>
        <td>
          <SelectField path={at('frequencySeconds')} label="Frequency" ariaLabel={`Frequency of ${name}`} compact options={frequencyOptions(version)} className="vm-w-freq" />
        </td>
        <td>
          <NumberField path={at('recoveryPoints')} label="Recovery points" ariaLabel={`Recovery points of ${name}`} compact min={0} max={maxRecoveryPoints(version)} size={3} className="vm-w-small" />
        </td>
        <td>
          <NumberField
            path={at('appConsistentHours')}
            label="App-consistent"
            ariaLabel={`App-consistent interval of ${name}, hours`}
            compact
            unit="h"
            placeholder="off"
            min={LIMITS.appConsistentHours.min}
            max={LIMITS.appConsistentHours.max}
            size={3}
            className="vm-w-small"
          />
        </td>
        <td>
          <div className="vm-profile">
            <ProfileSelect vmIndex={index} vmName={name} onCustom={() => onToggle(String(vm.id), 'hours', true)} />
            {custom ? (
              <button type="button" className="vm-icon" aria-expanded={showHours} onClick={() => onToggle(String(vm.id), 'hours')}>
                <span aria-hidden="true">{showHours ? '▾' : '▸'}</span> Hours{' '}
                <span className="visually-hidden">of {name}</span>
              </button>
            ) : null}
          </div>
        </td>
        <td>
          <SelectField path={at('initialReplication')} label="Initial replication" ariaLabel={`Initial replication of ${name}`} compact options={irOptions(planIrMethod)} className="vm-w-ir" />
        </td>
        <td className="vm-disks-cell">
          <button type="button" className="vm-expand" aria-expanded={showDisks} aria-controls={showDisks ? disksId : undefined} onClick={() => onToggle(String(vm.id), 'disks')}>
            <span aria-hidden="true">{showDisks ? '▾' : '▸'}</span> <span className="visually-hidden">Disks of {name}: </span>
            <DiskSummary id={`${disksId}-summary`} vm={vm} error={diskIssue} />
          </button>
        </td>
        <td className="vm-actions">
          <button type="button" className="vm-icon" onClick={() => onAction('duplicate', index)} aria-label={`Duplicate ${name}`} title="Duplicate">
            <CopyIcon />
          </button>
          <button
            type="button"
            className="vm-icon"
            onClick={() => onAction('delete', index)}
            disabled={isOnly}
            aria-label={`Delete ${name}`}
            aria-describedby={isOnly ? whyId : undefined}
            title={isOnly ? 'A plan needs one VM' : 'Delete'}
          >
            <TrashIcon />
          </button>
          {isOnly ? (
            <span id={whyId} className="vm-why">
              A plan needs one VM
            </span>
          ) : null}
        </td>
      </tr>
      {showDisks || showHours ? (
        <tr className="vm-detail">
          <td colSpan={columns} id={disksId}>
            {showHours ? <CustomHours vmIndex={index} vmName={name} /> : null}
            {showDisks ? <DiskTable vmIndex={index} vm={vm} vmName={name} churnMode={churnMode} /> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
});

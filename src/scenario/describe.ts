/**
 * A change in words: "FS01: replication frequency 900 s (was 300 s)". Generic over every field,
 * with the VM and disk named instead of their index.
 */
import type { Plan, PlanChange } from '@/plan';
import { getAtPath, parseChangePath } from './paths';

const FIELD_WORDS: Record<string, string> = {
  uplinkMbps: 'uplink (Mbps)',
  replicaDownlinkMbps: 'replica downlink (Mbps)',
  sharePercent: 'share for replication (%)',
  hourlySharePercent: 'share by hour (%)',
  efficiencyPercent: 'efficiency (%)',
  compression: 'compression',
  compressionRatio: 'compression ratio',
  frequencySeconds: 'replication frequency (s)',
  recoveryPoints: 'additional recovery points',
  replicated: 'replicated',
  initialReplication: 'initial replication',
  method: 'initial replication',
  churnGBPerDay: 'churn (GB/day)',
  targetRpoMinutes: 'target RPO (min)',
  failureWindowMinutes: 'failure window (min)',
  maxActiveTransfers: 'parallel transfers',
  count: 'copies',
};

function valueWords(value: unknown): string {
  if (value === null) return 'none';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value)) {
    if (value.length === 24 && value.every((v) => typeof v === 'number')) return `${value.join('/')} (hours 0–23)`;
    return `${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'object') return 'changed';
  return String(value);
}

/** One line for one change, naming the VM and disk it touches. */
export function describeChange(base: Plan, change: PlanChange): string {
  const segments = parseChangePath(change.path);
  if (!segments) return `${change.path}: ${valueWords(change.value)}`;
  const where: string[] = [];
  if (segments[0] === 'vms' && typeof segments[1] === 'number') {
    const vm = base.vms[segments[1]];
    where.push(vm ? vm.name : `VM ${segments[1] + 1}`);
    if (segments[2] === 'disks' && typeof segments[3] === 'number') {
      const disk = vm?.disks[segments[3]];
      where.push(disk ? `disk “${disk.name}”` : `disk ${segments[3] + 1}`);
    }
  } else if (segments[0] === 'extended') where.push('extended hop');
  const last = segments[segments.length - 1]!;
  const field = typeof last === 'string' ? (FIELD_WORDS[last] ?? last) : change.path;
  const old = getAtPath(base, segments);
  const was = old === undefined ? '' : ` (was ${valueWords(old)})`;
  const prefix = where.length ? `${where.join(' ')}: ` : '';
  return `${prefix}${field} ${valueWords(change.value)}${was}`;
}

/**
 * The comparison as a table for CSV (results CSV "Options" export): one row per option, the unit
 * of every figure in its column name, plain numbers (the CSV writer applies the decimal mark).
 */
import type { Plan } from '@/plan';
import type { ComparisonRow, EvaluatedOption } from '@/scenario';
import { goalsVerdict } from './options';

type Cell = string | number | boolean | null;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Header and rows; `extra` are more options (the optimizer's) after the base and variants. */
export function comparisonTable(plan: Plan, rows: readonly ComparisonRow[], extra: readonly EvaluatedOption[] = []): Cell[][] {
  const currency = plan.costs.currency.trim() || 'price';
  const header = [
    'Option',
    'Kind',
    'Meets goals',
    'Goals',
    `Monthly cost (${currency})`,
    `One-off cost (${currency})`,
    'Link tier',
    'Uplink (Mbps)',
    'Uplink needed to keep up (Mbps)',
    'Uplink needed within the failure window (Mbps)',
    'Uplink needed for the target RPO (Mbps)',
    'Worst RPO (s)',
    'Unbounded',
    'VMs breaching',
    'Replica storage (GB, 10^9 bytes)',
    'Initial replication (h)',
    'Monthly transfer (GB, 10^9 bytes)',
    'Changes',
  ];
  const line = (o: EvaluatedOption): Cell[] => {
    const req = o.figures.requiredUplinkMbps;
    const mbps = (x: number | null) => (x === null ? null : round(x, 3));
    return [
      o.name,
      o.kind,
      o.meetsGoals,
      goalsVerdict(o, plan),
      round(o.cost.monthly, 2),
      round(o.cost.oneOff, 2),
      o.cost.linkTier?.name ?? null,
      o.figures.uplinkMbps,
      mbps(req.stable),
      mbps(req.withinFailureWindow),
      mbps(req.targetRpo),
      o.figures.worstRpoSeconds === null ? null : round(o.figures.worstRpoSeconds, 0),
      o.figures.unbounded,
      o.figures.vmsBreaching,
      round(o.figures.replicaStorageBytes / 1e9, 3),
      o.figures.initialReplicationSeconds === null ? null : round(o.figures.initialReplicationSeconds / 3600, 2),
      round(o.figures.monthlyTransferBytes / 1e9, 3),
      o.changesInWords.join('; '),
    ];
  };
  const body = rows.map((r): Cell[] => (r.ok ? line(r.option) : [r.name, 'variant', false, `Cannot be applied: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`]));
  return [header, ...body, ...extra.map(line)];
}

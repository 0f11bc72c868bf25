import { describe, expect, it } from 'vitest';
import { compareVariants } from '@/scenario';
import { buildPlan, makeDisk, makeVm, parseValid } from '@/test/factories';
import { comparisonTable } from './options-csv';
import { compareCells, goalsInWords, goalsVerdict, optionWorstRpoText } from './options';

/** SPEC §7 case 1 on 0.3 Mbps (behind) with a 1.2 Mbps variant (keeps up, no missed cycle). */
const plan = parseValid({
  ...buildPlan({
    replication: { compression: true, compressionRatio: 1, targetRpoMinutes: 30 },
    link: { uplinkMbps: 0.3, efficiencyPercent: 100 },
    vms: [makeVm({ id: 'fs', name: 'FS01', frequencySeconds: 900, disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: 10 })] })],
    costs: { linkTiers: [{ name: 'ADSL', uplinkMbps: 0.3, monthly: 10 }, { name: 'VDSL', uplinkMbps: 1.2, monthly: 30 }] },
  }),
  variants: [{ id: 'v', name: 'VDSL', changes: [{ path: 'link.uplinkMbps', value: 1.2 }] }],
});
const rows = compareVariants(plan);
const [base, vdsl] = rows.map((r) => (r.ok ? r.option : null));

describe('options in words and cells', () => {
  it('names the goals and what the plan misses', () => {
    expect(goalsInWords(plan)).toBe('keeps up, stays inside the 30 min failure window, meets the 30 min target RPO and completes its initial copy');
    expect(goalsVerdict(base!, plan)).toMatch(/^Misses: the backlog grows without limit; breaches the 30 min failure window; misses the 30 min target RPO/);
    expect(optionWorstRpoText(base!)).toMatch(/^unbounded \(grows \d.*\/day; resync after .+\)$/);
    expect(goalsVerdict(vdsl!, plan)).toBe('Meets the goals');
  });

  it('marks each figure against the plan: dearer is worse, a finite RPO beats unbounded', () => {
    const cells = compareCells(plan, vdsl!, base!);
    expect(cells.monthly).toMatchObject({ text: '30 EUR', changed: true, direction: 'worse' });
    expect(cells.worstRpo.direction).toBe('better');
    expect(cells.goals.direction).toBe('better');
    expect(cells.transfer).toMatchObject({ changed: false, direction: null });
    expect(compareCells(plan, base!, null).monthly.changed).toBe(false);
  });

  it('the comparison as CSV rows: units in the headers, plain numbers, empty RPO when unbounded', () => {
    const table = comparisonTable(plan, rows);
    const header = table[0]!;
    const col = (name: string) => header.indexOf(name);
    expect(table).toHaveLength(3);
    expect(table[1]![col('Monthly cost (EUR)')]).toBe(10);
    expect(table[1]![col('Worst RPO (s)')]).toBeNull();
    expect(table[1]![col('Unbounded')]).toBe(true);
    expect(table[2]![col('Meets goals')]).toBe(true);
    expect(table[2]![col('Changes')]).toBe('uplink (Mbps) 1.2 (was 0.3)');
  });
});

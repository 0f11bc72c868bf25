/**
 * The migration machinery itself (STYLE rule 5): the table has one step per released version, each
 * step is tested on its own, the loop runs the steps in order, and every version-1 link fixture and
 * example file still opens with the same meaning.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, parsePlan, type Plan } from '@/plan';
import { makePlan } from '@/test/factories';
import linksV1 from '@/features/share/fixtures/links-v1.json';
import branchOffice from '../../public/examples/branch-office.json';
import datacenter from '../../public/examples/datacenter.json';
import { MIGRATIONS, migratePlan, type Migration } from './migrations';
import { SCHEMA_VERSION } from './schema';

/** A current plan as a v1 plan meant it: without the options sections, the IR copy order ('plan' = v1's) and v3's shape, evidence and provenance. */
function v1Meaning(plan: Plan): Record<string, unknown> {
  const { goals: _g, costs: _c, variants: _v, schemaVersion: _s, measured: _m, provenance: _p, ...rest } = plan;
  const { order, ...initialReplication } = rest.initialReplication;
  expect(order).toBe('plan');
  return { ...rest, initialReplication, vms: rest.vms.map(({ withinHourWeights: _w, provenance: _vp, ...vm }) => vm) };
}

function parsed(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('; '));
  return result.plan;
}

describe('the migration table', () => {
  it('has one step for every version below the current one, and none beyond', () => {
    const from = Object.keys(MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b);
    expect(from).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('every step is a pure function: it leaves its input alone', () => {
    for (const step of Object.values(MIGRATIONS)) {
      const input = makePlan() as unknown as Record<string, unknown>;
      const before = JSON.stringify(input);
      step(input);
      expect(JSON.stringify(input)).toBe(before);
    }
  });
});

describe('migratePlan runs the steps in order', () => {
  // A three-version toy table: each step records that it ran, so order and count are visible.
  const trace: Record<number, Migration> = {
    1: (p) => ({ ...p, trail: `${String(p.trail ?? '')}1→2;` }),
    2: (p) => ({ ...p, trail: `${String(p.trail ?? '')}2→3;` }),
  };

  it('from version 1 it applies 1→2 then 2→3 and stamps each new version', () => {
    const result = migratePlan({ schemaVersion: 1 }, trace, 3);
    expect(result).toEqual({ ok: true, plan: { schemaVersion: 3, trail: '1→2;2→3;' }, fromVersion: 1 });
  });

  it('from the middle it applies only the later step', () => {
    expect(migratePlan({ schemaVersion: 2 }, trace, 3)).toEqual({ ok: true, plan: { schemaVersion: 3, trail: '2→3;' }, fromVersion: 2 });
  });

  it('at the current version nothing runs; a file without a version counts as current', () => {
    expect(migratePlan({ schemaVersion: 3, x: 1 }, trace, 3)).toEqual({ ok: true, plan: { schemaVersion: 3, x: 1 }, fromVersion: 3 });
    expect(migratePlan({ x: 1 }, trace, 3)).toEqual({ ok: true, plan: { x: 1 }, fromVersion: 3 });
  });

  it('a gap in the table is an error on schemaVersion, not a silent pass', () => {
    expect(migratePlan({ schemaVersion: 1 }, { 2: trace[2]! }, 3)).toEqual({ ok: false, path: 'schemaVersion', message: 'no migration from schema version 1' });
  });

  it('a newer version is refused with a sentence that says so', () => {
    const result = migratePlan({ schemaVersion: 4 }, trace, 3);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/newer Replica Planner; this one reads up to version 3/);
  });
});

describe('step 1 → 2: goals, costs and variants arrive (SPEC §5.9)', () => {
  const step = MIGRATIONS[1]!;

  it('adds the three sections with what a version-1 plan meant: no prices, no variants, the verdict’s goals', () => {
    const out = step({ schemaVersion: 1, name: 'x', vms: [] });
    expect(out).toEqual({
      schemaVersion: 1, // the loop stamps the new version, not the step
      name: 'x',
      vms: [],
      goals: { stable: true, withinFailureWindow: true, targetRpo: true, noMissedCycles: false },
      costs: { currency: 'EUR', linkTiers: [], replicaStoragePerTBMonth: null, offlineShipmentOneOff: null },
      variants: [],
    });
  });

  it('leaves a section that is already there for the schema to judge', () => {
    const out = step({ goals: 'nonsense' });
    expect(out.goals).toBe('nonsense');
    const result = parsePlan({ ...makePlan(), schemaVersion: 1, goals: 'nonsense' });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['goals']);
  });

  it('a version-1 plan parses to the current version and says it was converted', () => {
    const result = parsePlan({ ...makePlan(), schemaVersion: 1 });
    expect(result.ok && result.plan.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.ok && result.migratedFrom).toBe(1);
  });

  it('changes no field a version-1 plan had', () => {
    const v1 = { ...makePlan({ replication: { targetRpoMinutes: 15 } }), schemaVersion: 1 };
    const asV2 = { ...makePlan({ replication: { targetRpoMinutes: 15 } }), schemaVersion: 2 };
    expect(v1Meaning(parsed(v1))).toEqual(v1Meaning(parsed(asV2)));
  });
});

describe('step 2 → 3: within-hour shape, measured evidence and provenance arrive (issue 15)', () => {
  const step = MIGRATIONS[2]!;

  it('writes what a version-2 plan meant: even hours, no evidence, and where each VM’s values came from', () => {
    const out = step({
      schemaVersion: 2,
      vms: [
        // File server preset: 2 % of used per day. 50 GiB used → 1 GiB/day is the preset's figure, written out by the editor.
        { workload: 'file-server', profile: 'business-hours', disks: [{ sizeGB: 100, usedGB: 50, churnGBPerDay: 1 }] },
        // 4 GiB/day was typed; the flat profile was chosen (the preset's is business hours).
        { workload: 'file-server', profile: 'flat', disks: [{ sizeGB: 100, usedGB: 50, churnGBPerDay: 4 }] },
        // Churn and profile left out on one disk of two: the other's figure is the user's.
        { disks: [{ sizeGB: 100, usedGB: 40 }, { sizeGB: 100, usedGB: 40, churnGBPerDay: 9 }] },
      ],
    });
    expect(out).toEqual({
      schemaVersion: 2, // the loop stamps the new version, not the step
      measured: null,
      provenance: {},
      vms: [
        { workload: 'file-server', profile: 'business-hours', disks: [{ sizeGB: 100, usedGB: 50, churnGBPerDay: 1 }], withinHourWeights: null, provenance: { churn: 'preset', profile: 'preset' } },
        { workload: 'file-server', profile: 'flat', disks: [{ sizeGB: 100, usedGB: 50, churnGBPerDay: 4 }], withinHourWeights: null, provenance: { churn: 'entered', profile: 'entered' } },
        {
          disks: [{ sizeGB: 100, usedGB: 40 }, { sizeGB: 100, usedGB: 40, churnGBPerDay: 9 }],
          withinHourWeights: null,
          provenance: { churn: 'entered', 'disks[0].churnGBPerDay': 'preset', profile: 'preset' },
        },
      ],
    });
  });

  it('leaves fields already there for the schema to judge', () => {
    expect(step({ measured: 'x', provenance: 'y', vms: [{ withinHourWeights: 'z', provenance: {} }] })).toEqual({ measured: 'x', provenance: 'y', vms: [{ withinHourWeights: 'z', provenance: {} }] });
    const result = parsePlan({ ...makePlan(), schemaVersion: 2, measured: 'x' });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['measured']);
  });

  it('a version-2 plan parses to version 3, says it was converted, and its simulation is unchanged', () => {
    const v2 = { ...makePlan({ replication: { targetRpoMinutes: 15 } }), schemaVersion: 2 };
    const result = parsePlan(v2);
    expect(result.ok && result.plan.schemaVersion).toBe(3);
    expect(result.ok && result.migratedFrom).toBe(2);
    expect(v1Meaning(parsed(v2))).toEqual(v1Meaning(parsed({ ...v2, schemaVersion: 3 })));
    expect(result.ok && result.plan.vms.every((vm) => vm.withinHourWeights === null)).toBe(true);
  });
});

describe('version-1 files and links keep their meaning', () => {
  it.each(linksV1.links.map((f) => [f.name, f] as const))('link fixture “%s”: same plan, plus the default options', (_, fixture) => {
    const plan = parsed(fixture.plan);
    const { schemaVersion: _s, ...stored } = fixture.plan;
    expect(v1Meaning(plan)).toEqual(stored);
    expect(plan.variants).toEqual([]);
    expect(plan.costs.linkTiers).toEqual([]);
  });

  it.each([
    ['branch office', branchOffice],
    ['datacenter', datacenter],
  ] as const)('the %s example opens', (_, file) => {
    expect(parsed(file).schemaVersion).toBe(SCHEMA_VERSION);
  });
});

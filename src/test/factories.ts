/**
 * Test factories: plan *inputs* (what a plan file may contain) that go through `parsePlan`, the
 * same gate the app uses. Tests describe only the fields they care about; everything else is a
 * small, explicit, deterministic default.
 */
import { SCHEMA_VERSION, parsePlan, type Plan, type PlanInput } from '@/plan';

export type VmInput = PlanInput['vms'][number];
export type DiskInput = VmInput['disks'][number];
type Section<K extends keyof PlanInput> = NonNullable<PlanInput[K]>;

/** Bytes in one binary GB (GiB) and one decimal GB. */
export const GiB = 2 ** 30;
export const MiB = 2 ** 20;
export const GB = 1e9;
export const SECONDS_PER_DAY = 86_400;

/** A replicated 100 GB disk, 40 GB used, 4 GB/day churn. */
export function makeDisk(overrides: Partial<DiskInput> = {}): DiskInput {
  return { name: 'Data', sizeGB: 100, usedGB: 40, churnGBPerDay: 4, replicated: true, ...overrides };
}

/** One flat-profile VM replicating every 300 s with a single data disk. */
export function makeVm(overrides: Partial<VmInput> = {}): VmInput {
  return {
    id: 'vm1',
    name: 'VM1',
    count: 1,
    workload: 'general',
    frequencySeconds: 300,
    recoveryPoints: 0,
    profile: 'flat',
    disks: [makeDisk()],
    ...overrides,
  };
}

export interface PlanOverrides {
  name?: string;
  units?: Partial<Section<'units'>>;
  replication?: Partial<Section<'replication'>>;
  link?: Partial<Section<'link'>>;
  extended?: PlanInput['extended'];
  replicaStorage?: Partial<Section<'replicaStorage'>>;
  initialReplication?: Partial<Section<'initialReplication'>>;
  vms?: VmInput[];
  goals?: Partial<Section<'goals'>>;
  costs?: Partial<Section<'costs'>>;
  variants?: PlanInput['variants'];
}

/**
 * A plan input; each section is merged one level deep over the defaults, `vms` is replaced.
 * Defaults are explicit (not the schema's) so a change of schema default does not move oracles.
 */
export function makePlan(overrides: PlanOverrides = {}): PlanInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    name: overrides.name ?? 'Test plan',
    units: { storage: 'binary', ...overrides.units },
    replication: {
      windowsServer: '2016',
      compression: true,
      compressionRatio: 0.7,
      failureWindowMinutes: 30,
      monitoringIntervalHours: 12,
      maxActiveTransfers: null,
      targetRpoMinutes: null,
      growthPercent: 0,
      ...overrides.replication,
    },
    link: { uplinkMbps: 20, sharePercent: 100, efficiencyPercent: 94, ...overrides.link },
    extended: overrides.extended ?? null,
    replicaStorage: { diskFormat: 'dynamic', uniqueChurnPercent: 100, headroomPercent: 20, ...overrides.replicaStorage },
    initialReplication: {
      method: 'network',
      compressionRatio: 0.7,
      offlineShippingDays: 2,
      mediaWriteMBps: 150,
      ...overrides.initialReplication,
    },
    vms: overrides.vms ?? [makeVm()],
    ...(overrides.goals ? { goals: overrides.goals } : {}),
    ...(overrides.costs ? { costs: overrides.costs } : {}),
    ...(overrides.variants ? { variants: overrides.variants } : {}),
  };
}

/** Parse a plan input that the test expects to be valid; fails loudly with the issues otherwise. */
export function parseValid(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) {
    throw new Error(`expected a valid plan, got issues:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }
  return result.plan;
}

/** `makePlan` then `parseValid`: the trusted plan the engine receives. */
export function buildPlan(overrides: PlanOverrides = {}): Plan {
  return parseValid(makePlan(overrides));
}

/** Issue paths of a plan input that the test expects to be rejected. */
export function issuePaths(input: unknown): string[] {
  const result = parsePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected, but it parsed');
  return result.issues.map((i) => i.path);
}

/** Relative closeness check used by oracles: |actual − expected| ≤ tol × |expected|. */
export function relErr(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** Assert |actual − expected| ≤ tol·|expected| (default 0.5 %, the SPEC §7 tolerance), naming the quantity. */
export function expectRel(actual: number, expected: number, tol = 0.005, label = 'value'): void {
  const err = relErr(actual, expected);
  if (!(err <= tol)) {
    throw new Error(`${label}: got ${actual}, expected ${expected} ± ${(tol * 100).toFixed(2)} % (off by ${(err * 100).toFixed(3)} %)`);
  }
}

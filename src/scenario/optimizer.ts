/**
 * "Find the cheapest option that meets the goals" (SPEC §5.9). The search space is every line in
 * the catalogue (the plan's own line included) combined with the free or one-off moves:
 * compression on, excluding paging/temp/scratch disks, replication frequencies (each VM tightened
 * just below the target RPO where it must be, or every VM at the longest interval the target
 * allows), and shipping the initial copy of the VMs the engine says finish sooner offline.
 *
 * Method: each candidate is first screened with the engine's fast mode (the day simulated as it is,
 * no uplink searches) — exact for the goals and the costs, which depend on nothing else. Lines are
 * tried from the cheapest; a line is dropped when even its most helpful combination misses the
 * goals, and the search stops once five options cost no more than the next line's price. Options
 * that only add changes to a cheaper or equal passing option of the same line are dropped (they are
 * the same answer with extra work). The ranked options are then evaluated in full for their figures.
 */
import { evaluatePlan, type PlanResult } from '@/engine';
import { unitFormat, type UnitFormat } from '@/lib/locale-format';
import { allowedFrequencies, type Plan, type PlanChange } from '@/plan';
import { linkOnTier, optionCost, tierForUplink } from './costs';
import { evaluateOption, type EvaluatedOption } from './evaluate-option';
import { checkGoals, type GoalId } from './goals';
import { applyChanges } from './variants';

/** Disk names that mark worthless churn [BPA]: paging files, swap, temp and scratch space. */
export const JUNK_DISK_NAME = /page|swap|\bte?mp|scratch/i;
/** Engine warnings that flag a replicated disk as probably junk (their `field` names the disk). */
const JUNK_WARNING_CODES = new Set(['paging-disk-replicated', 'churn-exceeds-size']);

export const MAX_OPTIONS = 5;

type MoveKind = 'line' | 'compression' | 'exclude' | 'frequency' | 'offline';

interface Move {
  kind: MoveKind;
  /** A few words for the option's name. */
  label: string;
  changes: PlanChange[];
  words: string[];
}

interface Line {
  move: Move | null;
  /** Price of the line per month (0 when the plan's own line is not in the catalogue). */
  monthly: number;
  name: string;
}

interface Candidate {
  line: Line;
  moves: Move[];
  changes: PlanChange[];
  key: string;
  plan: Plan;
  result: PlanResult;
  monthly: number;
  oneOff: number;
  meets: boolean;
  missedGoals: GoalId[];
}

export interface OptimizerProgress {
  /** Engine runs so far (screening and full). */
  evaluations: number;
  /** Lines tried of all lines. */
  linesDone: number;
  lines: number;
}

export interface OptimizerResult {
  /** Up to five distinct options that meet the goals, cheapest first. */
  options: EvaluatedOption[];
  /** Engine runs the search took (screening runs plus the full runs of the options). */
  evaluations: number;
  /** Lines in the search (the plan's own and each catalogue tier with another uplink). */
  linesTried: number;
  /** When nothing meets the goals: the most capable candidate (largest line, every move) and what it misses. */
  nothingMeets: { missedGoals: GoalId[]; closest: EvaluatedOption } | null;
  /** Plain remarks about the search (an unpriced line, a tier too small for the other traffic). */
  notes: string[];
}

export interface OptimizeOptions {
  onProgress?: (progress: OptimizerProgress) => void;
  /** Screening run; defaults to the engine without uplink searches. */
  screen?: (plan: Plan) => PlanResult;
  /** Full run for the options returned. */
  evaluate?: (plan: Plan) => PlanResult;
  /** Numbers in the notes and the options' words are written in this locale (the reader's; en-US by default). */
  format?: UnitFormat;
}

const money = (fmt: UnitFormat, plan: Plan, amount: number) => `${fmt.number(amount, 2)}${plan.costs.currency ? ` ${plan.costs.currency}` : ''}`;
const mbps = (fmt: UnitFormat, value: number) => `${fmt.number(value, 3)} Mbps`;
const minutes = (seconds: number) => (seconds < 60 ? `${seconds} s` : `${seconds / 60} min`);

function lineMoves(plan: Plan, notes: string[], fmt: UnitFormat): Line[] {
  const own = tierForUplink(plan.costs.linkTiers, plan.link.uplinkMbps);
  if (!own && plan.costs.linkTiers.length > 0) {
    notes.push(`The plan's own line (${mbps(fmt, plan.link.uplinkMbps)} up) is not in the price list; it counts as free. Add it as a tier to compare fairly.`);
  }
  const lines: Line[] = [{ move: null, monthly: own?.monthly ?? 0, name: own?.name ?? `today's line (${mbps(fmt, plan.link.uplinkMbps)})` }];
  const seen = new Set<number>([plan.link.uplinkMbps]);
  for (const tier of [...plan.costs.linkTiers].sort((a, b) => a.monthly - b.monthly)) {
    if (seen.has(tier.uplinkMbps)) continue;
    seen.add(tier.uplinkMbps);
    const moved = linkOnTier(plan.link, tier.uplinkMbps);
    if (!moved.ok) {
      notes.push(`${tier.name} is not considered: the other traffic alone uses up to ${mbps(fmt, moved.otherTrafficMbps)} of the line, more than its ${mbps(fmt, tier.uplinkMbps)}.`);
      continue;
    }
    const changes: PlanChange[] = [{ path: 'link.uplinkMbps', value: tier.uplinkMbps }];
    if (moved.link.hourlySharePercent) changes.push({ path: 'link.hourlySharePercent', value: moved.link.hourlySharePercent });
    else if (moved.link.sharePercent !== plan.link.sharePercent) changes.push({ path: 'link.sharePercent', value: moved.link.sharePercent });
    const other = Math.max(...moved.otherTrafficMbps);
    const words = [`Line: ${tier.name} (${mbps(fmt, tier.uplinkMbps)} up, ${money(fmt, plan, tier.monthly)} a month) instead of ${mbps(fmt, plan.link.uplinkMbps)}`];
    if (other > 0) {
      const share = moved.link.hourlySharePercent ? `${Math.min(...moved.link.hourlySharePercent)}–${Math.max(...moved.link.hourlySharePercent)} %` : `${moved.link.sharePercent} %`;
      words.push(`Other traffic keeps its ${mbps(fmt, other)}; replication may use ${share} of the new line`);
    }
    lines.push({ move: { kind: 'line', label: tier.name, changes, words }, monthly: tier.monthly, name: tier.name });
  }
  return lines.sort((a, b) => a.monthly - b.monthly);
}

function compressionMove(plan: Plan): Move | null {
  if (plan.replication.compression) return null;
  return { kind: 'compression', label: 'compression on', changes: [{ path: 'replication.compression', value: true }], words: ['Turn compression on'] };
}

function excludeMove(plan: Plan, baseResult: PlanResult): Move | null {
  const flagged = new Set(baseResult.warnings.filter((w) => JUNK_WARNING_CODES.has(w.code) && w.field).map((w) => w.field!.replace(/\.(replicated|churnGBPerDay)$/, '')));
  const changes: PlanChange[] = [];
  const names: string[] = [];
  plan.vms.forEach((vm, i) => {
    const junk = vm.disks.map((d, j) => d.replicated && (JUNK_DISK_NAME.test(d.name) || flagged.has(`vms[${i}].disks[${j}]`)));
    // A VM keeps at least one replicated disk: excluding its only one would stop protecting it.
    if (vm.disks.filter((d, j) => d.replicated && !junk[j]).length === 0) return;
    vm.disks.forEach((d, j) => {
      if (!junk[j]) return;
      changes.push({ path: `vms[${i}].disks[${j}].replicated`, value: false });
      names.push(`${vm.name} “${d.name}”`);
    });
  });
  if (changes.length === 0) return null;
  return { kind: 'exclude', label: 'paging/temp disks excluded', changes, words: [`Exclude paging/temp disks from replication: ${names.join(', ')}`] };
}

/** Tighten (only the VMs whose interval makes the target unreachable) or relax (every VM to the longest interval the target allows). */
function frequencyMoves(plan: Plan): Move[] {
  const allowed = [...allowedFrequencies(plan.replication.windowsServer)].sort((a, b) => a - b);
  const targetMinutes = plan.goals.targetRpo ? plan.replication.targetRpoMinutes : null;
  const target = targetMinutes === null ? Infinity : targetMinutes * 60;
  // Worst RPO ≥ interval + transfer time: an interval at or above the target can never meet it.
  const longestBelow = allowed.filter((f) => f < target).at(-1) ?? null;
  const extendedMax = plan.extended ? plan.extended.frequencySeconds : Infinity;
  const build = (kind: 'tighten' | 'relax'): Move | null => {
    const changes: PlanChange[] = [];
    const words: string[] = [];
    plan.vms.forEach((vm, i) => {
      let next: number = vm.frequencySeconds;
      if (kind === 'tighten' && vm.frequencySeconds >= target && longestBelow !== null) next = longestBelow;
      if (kind === 'relax' && longestBelow !== null) next = Math.min(longestBelow, extendedMax);
      if (next === vm.frequencySeconds || !allowed.includes(next)) return;
      changes.push({ path: `vms[${i}].frequencySeconds`, value: next });
      words.push(`${vm.name}: replicate every ${minutes(next)} instead of ${minutes(vm.frequencySeconds)}`);
    });
    return changes.length ? { kind: 'frequency', label: kind === 'tighten' ? 'shorter intervals' : 'longer intervals', changes, words } : null;
  };
  const tighten = build('tighten');
  const relax = build('relax');
  return [tighten, relax].filter((m, i, all): m is Move => m !== null && all.findIndex((o) => o && JSON.stringify(o.changes) === JSON.stringify(m.changes)) === i);
}

function offlineMove(plan: Plan, baseResult: PlanResult): Move | null {
  const changes: PlanChange[] = [];
  const names: string[] = [];
  baseResult.initialReplication.vms.forEach((irVm) => {
    const i = plan.vms.findIndex((vm) => vm.id === irVm.id);
    if (i < 0 || irVm.method !== 'network' || irVm.offlineAlternativeSeconds === null) return;
    if (irVm.completeSeconds !== null && irVm.offlineAlternativeSeconds >= irVm.completeSeconds && !irVm.resyncRisk) return;
    changes.push({ path: `vms[${i}].initialReplication`, value: 'offline' });
    names.push(plan.vms[i]!.name);
  });
  if (changes.length === 0) return null;
  return { kind: 'offline', label: 'initial copy shipped', changes, words: [`Ship the initial copy on disk (offline) for ${names.join(', ')}`] };
}

/** The opposite: copy every shipped VM over the network (saves the shipment when the line can carry it). */
function networkMove(plan: Plan): Move | null {
  const method = (vm: Plan['vms'][number]) => vm.initialReplication ?? plan.initialReplication.method;
  const shipped = plan.vms.flatMap((vm, i) => (method(vm) === 'offline' ? [i] : []));
  if (shipped.length === 0) return null;
  const changes: PlanChange[] = shipped.map((i) => ({ path: `vms[${i}].initialReplication`, value: 'network' }));
  return { kind: 'offline', label: 'initial copy over the network', changes, words: [`Copy ${shipped.map((i) => plan.vms[i]!.name).join(', ')} over the network instead of shipping disks`] };
}

/** Every subset of `moves`, choosing at most one per kind, fewest moves first. */
function combinations(moves: Move[]): Move[][] {
  let out: Move[][] = [[]];
  const kinds = [...new Set(moves.map((m) => m.kind))];
  for (const kind of kinds) {
    const ofKind = moves.filter((m) => m.kind === kind);
    out = out.flatMap((combo) => [combo, ...ofKind.map((m) => [...combo, m])]);
  }
  return out.sort((a, b) => a.length - b.length);
}

const changeCount = (c: Candidate) => c.changes.length;

function rank(a: Candidate, b: Candidate): number {
  return a.monthly - b.monthly || a.oneOff - b.oneOff || changeCount(a) - changeCount(b);
}

/** `a` passes with a subset of `b`'s moves on the same line at no higher cost: `b` adds nothing. */
function dominates(a: Candidate, b: Candidate): boolean {
  if (a === b || a.line !== b.line || a.moves.length >= b.moves.length) return false;
  return a.moves.every((m) => b.moves.includes(m)) && a.monthly <= b.monthly && a.oneOff <= b.oneOff;
}

export function optimize(plan: Plan, options: OptimizeOptions = {}): OptimizerResult {
  const screen = options.screen ?? ((p: Plan) => evaluatePlan(p, { searches: false }));
  const full = options.evaluate ?? ((p: Plan) => evaluatePlan(p));
  const base: Plan = { ...plan, variants: [] };
  const notes: string[] = [];
  let evaluations = 0;
  const run = (p: Plan, how: (p: Plan) => PlanResult) => {
    evaluations++;
    return how(p);
  };

  const baseResult = run(base, screen);
  const lines = lineMoves(base, notes, options.format ?? unitFormat('en-US'));
  const planMoves = [compressionMove(base), excludeMove(base, baseResult), ...frequencyMoves(base), offlineMove(base, baseResult), networkMove(base)].filter((m): m is Move => m !== null);
  const combos = combinations(planMoves);
  // The most helpful combinations first: with the moves that only ever help (less data on the wire:
  // compression, exclusion), under each choice of the moves that may help or hurt (a longer interval
  // helps missed cycles and hurts the RPO; shipped copies queue behind the catch-up of the others).
  const onlyHelps = (m: Move) => m.kind === 'compression' || m.kind === 'exclude';
  const helping = planMoves.filter(onlyHelps).length;
  const mostHelpful = combos.filter((c) => c.filter(onlyHelps).length === helping);

  const passing: Candidate[] = [];
  let closest: Candidate | null = null;
  const seen = new Set<string>();
  const tryCombo = (line: Line, moves: Move[]): Candidate | null => {
    const changes = [...(line.move?.changes ?? []), ...moves.flatMap((m) => m.changes)];
    const key = JSON.stringify(changes);
    if (seen.has(key)) return null;
    seen.add(key);
    const varied = applyChanges(base, changes);
    if (!varied.ok) return null; // e.g. a frequency the extended hop does not allow
    const result = run(varied.plan, screen);
    const goals = checkGoals(varied.plan, result);
    const cost = optionCost(varied.plan, result);
    const candidate: Candidate = { line, moves, changes, key, plan: varied.plan, result, monthly: cost.monthly, oneOff: cost.oneOff, meets: goals.meetsGoals, missedGoals: goals.missedGoals };
    if (candidate.meets) passing.push(candidate);
    return candidate;
  };

  for (const [index, line] of lines.entries()) {
    const enough = passing.filter((c) => c.monthly <= line.monthly).length >= MAX_OPTIONS;
    if (enough) break;
    const helpful = mostHelpful.map((moves) => tryCombo(line, moves)).filter((c): c is Candidate => c !== null);
    // Lines are in price order, so the last line's most helpful candidate is the most capable one tried.
    if (helpful.length) closest = helpful.find((c) => c.meets) ?? helpful.reduce((a, b) => (b.missedGoals.length < a.missedGoals.length ? b : a));
    if (helpful.some((c) => c.meets)) for (const moves of combos) tryCombo(line, moves);
    options.onProgress?.({ evaluations, linesDone: index + 1, lines: lines.length });
  }

  const kept = passing.filter((c) => !passing.some((other) => dominates(other, c))).sort(rank).slice(0, MAX_OPTIONS);
  const describe = (c: Candidate, i: number, label = `Option ${i + 1}`) =>
    evaluateOption(
      {
        id: `option-${i + 1}`,
        name: c.changes.length === 0 ? `${label}: the plan as it is` : `${label}: ${[c.line.move ? c.line.name : null, ...c.moves.map((m) => m.label)].filter(Boolean).join(' + ')}`,
        kind: 'optimizer',
        changes: c.changes,
        changesInWords: [...(c.line.move?.words ?? []), ...c.moves.flatMap((m) => m.words)],
        plan: c.plan,
      },
      run(c.plan, full),
    );
  const ranked = kept.map((c, i) => describe(c, i));
  options.onProgress?.({ evaluations, linesDone: lines.length, lines: lines.length });
  return {
    options: ranked,
    evaluations,
    linesTried: lines.length,
    nothingMeets: ranked.length === 0 && closest ? { missedGoals: closest.missedGoals, closest: describe(closest, 0, 'Closest') } : null,
    notes,
  };
}

import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/test/factories';
import { fakeWorkerFactory } from './fake-worker';
import { createKeyedEngine } from './keyed-engine';
import { handleEngineRequest, type EngineRequest } from './protocol';
import { isStaleError } from './engine-client';
import type { PlanResult } from '@/engine';

const plan = buildPlan();
const settled = async <T,>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));

describe('keyed engine: several jobs at once (SPEC §5.9)', () => {
  it('a new request under one key does not cancel another key’s work', async () => {
    const factory = fakeWorkerFactory();
    const engine = createKeyedEngine(factory.make);
    const optimizing = engine.run('optimize', 'optimize', plan);
    const first = engine.run('plan', 'evaluate', plan);
    const second = engine.run('plan', 'evaluate', plan); // supersedes `first` only
    expect(factory.workers).toHaveLength(2);
    const [optimizeWorker, planWorker] = factory.workers;
    expect(optimizeWorker!.posted[0]).toMatchObject({ job: 'optimize' });
    expect(planWorker!.posted[0]).toEqual({ id: 1, plan }); // the default job keeps its small message
    expect(isStaleError((await settled(first) as { error: unknown }).error)).toBe(true);
    planWorker!.succeed(1, { stable: true } as PlanResult); // stale answer: dropped
    planWorker!.succeed(2, { stable: false } as PlanResult);
    expect(await second).toEqual({ stable: false });
    optimizeWorker!.reply({ id: 1, ok: true, result: { options: [], evaluations: 3, linesTried: 1, nothingMeets: null, notes: [] } });
    expect((await optimizing).evaluations).toBe(3);
  });

  it('passes progress to the caller, then the answer', async () => {
    const factory = fakeWorkerFactory();
    const engine = createKeyedEngine(factory.make);
    const seen: number[] = [];
    const run = engine.run('optimize', 'optimize', plan, (p) => seen.push(p.done));
    factory.latest().reply({ id: 1, progress: { done: 1, total: 3, evaluations: 5 } });
    factory.latest().reply({ id: 1, progress: { done: 2, total: 3, evaluations: 9 } });
    factory.latest().reply({ id: 1, ok: true, result: { options: [], evaluations: 9, linesTried: 3, nothingMeets: null, notes: [] } });
    await run;
    expect(seen).toEqual([1, 2]);
  });

  it('cancel stops that key’s worker at once and leaves the others running', async () => {
    const factory = fakeWorkerFactory();
    const engine = createKeyedEngine(factory.make);
    const optimizing = engine.run('optimize', 'optimize', plan);
    const comparing = engine.run('compare', 'compare', plan);
    engine.cancel('optimize');
    expect(isStaleError((await settled(optimizing) as { error: unknown }).error)).toBe(true);
    expect(factory.workers[0]!.terminated).toBe(true);
    expect(factory.workers[1]!.terminated).toBe(false);
    factory.workers[1]!.reply({ id: 1, ok: true, result: [] });
    expect(await comparing).toEqual([]);
    // The lane is usable again: a new worker for the next run.
    engine.run('optimize', 'optimize', plan).catch(() => {});
    expect(factory.workers).toHaveLength(3);
    engine.dispose();
    await expect(engine.run('plan', 'evaluate', plan)).rejects.toThrow(/disposed/);
  });
});

describe('the worker side of compare and optimize', () => {
  it('answers a compare request with the base and variant rows, reporting progress', () => {
    const withVariant = { ...plan, variants: [{ id: 'v', name: 'Faster', changes: [{ path: 'link.uplinkMbps', value: 50 }] }] };
    const progress: number[] = [];
    const response = handleEngineRequest({ id: 4, plan: withVariant, job: 'compare' } as EngineRequest, (p) => progress.push(p.done));
    expect(response).toMatchObject({ id: 4, ok: true });
    const rows = 'result' in response ? (response.result as { ok: boolean }[]) : [];
    expect(rows).toHaveLength(2);
    expect(progress).toEqual([1, 2]);
  });
});

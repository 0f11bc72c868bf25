import { describe, expect, it } from 'vitest';
import { evaluatePlan, type EvalTaskResult } from '@/engine';
import type { Plan } from '@/plan';
import { buildPlan, makeVm } from '@/test/factories';
import { createEngineClient } from './engine-client';
import { EngineError, isStaleError } from './errors';
import { fakeWorkerFactory, type FakeWorker } from './fake-worker';
import { createKeyedEngine } from './keyed-engine';
import { createTaskHandler } from './protocol';
import { createWorkerPool, defaultPoolSize } from './worker-pool';

const plan = (name: string) => ({ name }) as Plan;
const answer = (tag: number) => ({ kind: 'what-if', verdicts: [], tag }) as unknown as EvalTaskResult;
const task = (n: number) => ({ kind: 'what-if' as const, uplinksMbps: [n] });
const settled = async <T,>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));

/** Answer every task the fake workers hold (as engine.worker.ts would) until `done` settles. */
async function drive<T>(workers: FakeWorker[], done: Promise<T>): Promise<T> {
  const handlers = new Map<FakeWorker, ReturnType<typeof createTaskHandler>>();
  const answered = new Set<number>();
  let finished = false;
  void done.then(() => (finished = true), () => (finished = true));
  while (!finished) {
    for (const w of workers) {
      if (!handlers.has(w)) handlers.set(w, createTaskHandler());
      for (const t of w.tasks) {
        if (answered.has(t.id)) continue;
        answered.add(t.id);
        w.reply(structuredClone(handlers.get(w)!(structuredClone(t))));
      }
    }
    await new Promise((r) => setTimeout(r, 0));
  }
  return done;
}

describe('defaultPoolSize', () => {
  it('leaves one core to the page, uses at most 4 workers and at least 1', () => {
    expect([1, 2, 3, 4, 8, 16].map(defaultPoolSize)).toEqual([1, 1, 2, 3, 4, 4]);
    expect(defaultPoolSize(undefined)).toBe(1);
  });
});

describe('createWorkerPool', () => {
  it('runs as many tasks as it has workers, queues the rest and sends the plan once per worker', async () => {
    const f = fakeWorkerFactory();
    const pool = createWorkerPool(f.make, 2);
    const s = pool.open(plan('a'));
    const runs = [1, 2, 3].map((n) => s.run(task(n)));
    expect(f.workers).toHaveLength(2);
    expect(f.workers.map((w) => w.tasks.map((t) => t.task))).toEqual([[task(1)], [task(2)]]); // task 3 waits
    expect(f.workers.map((w) => w.tasks[0]!.plan)).toEqual([plan('a'), plan('a')]);
    f.workers[1]!.succeed(f.workers[1]!.tasks[0]!.id, answer(2) as never);
    await expect(runs[1]).resolves.toEqual(answer(2));
    // The freed worker takes task 3, without the plan it already holds.
    expect(f.workers[1]!.tasks[1]).toMatchObject({ task: task(3) });
    expect(f.workers[1]!.tasks[1]).not.toHaveProperty('plan');
    f.workers[0]!.succeed(f.workers[0]!.tasks[0]!.id, answer(1) as never);
    f.workers[1]!.succeed(f.workers[1]!.tasks[1]!.id, answer(3) as never);
    expect(await Promise.all(runs)).toEqual([answer(1), answer(2), answer(3)]);
  });

  it('cancelling one evaluation drops its queued tasks and leaves the other’s running', async () => {
    const f = fakeWorkerFactory();
    const pool = createWorkerPool(f.make, 2);
    const a = pool.open(plan('a'));
    const b = pool.open(plan('b'));
    const a1 = a.run(task(1));
    const a2 = a.run(task(2));
    const a3 = a.run(task(3)); // queued
    const b1 = b.run(task(4)); // queued behind a3
    a.cancel();
    for (const p of [a1, a2, a3]) expect(isStaleError((await settled(p) as { error: unknown }).error)).toBe(true);
    await expect(a.run(task(5))).rejects.toSatisfy(isStaleError);
    // a1 and a2 still occupy the workers; their late answers are dropped and b's task takes the first free one.
    f.workers[0]!.succeed(f.workers[0]!.tasks[0]!.id, answer(1) as never);
    expect(f.workers[0]!.tasks.map((t) => t.task)).toEqual([task(1), task(4)]);
    expect(f.workers[0]!.tasks[1]!.plan).toEqual(plan('b')); // a different evaluation: its plan comes along
    f.workers[0]!.succeed(f.workers[0]!.tasks[1]!.id, answer(4) as never);
    await expect(b1).resolves.toEqual(answer(4));
    expect(f.workers.flatMap((w) => w.tasks.map((t) => t.task))).not.toContainEqual(task(3));
  });

  it('fails the task of a crashed worker with EngineError and replaces the worker', async () => {
    const f = fakeWorkerFactory();
    const pool = createWorkerPool(f.make, 1);
    const s = pool.open(plan('a'));
    const r1 = s.run(task(1));
    const r2 = s.run(task(2));
    f.latest().crash('out of memory');
    await expect(r1).rejects.toEqual(new EngineError('out of memory'));
    expect(f.workers).toHaveLength(2);
    expect(f.workers[0]!.terminated).toBe(true);
    expect(f.latest().tasks[0]).toMatchObject({ task: task(2), plan: plan('a') }); // a fresh worker needs the plan again
    f.latest().succeed(f.latest().tasks[0]!.id, answer(2) as never);
    await expect(r2).resolves.toEqual(answer(2));
  });
});

describe('the engine client on a pool', () => {
  const real = buildPlan({ vms: [makeVm({ id: 'fs01' }), makeVm({ id: 'sql01', frequencySeconds: 30 })], extended: null });

  it('spreads an evaluation over the pool’s workers and answers exactly what evaluatePlan answers', async () => {
    const f = fakeWorkerFactory();
    const pool = createWorkerPool(f.make, 3);
    const client = createEngineClient(f.make, { pool });
    const result = await drive(f.workers, client.evaluate(real));
    expect(result).toEqual(evaluatePlan(real));
    expect(f.workers).toHaveLength(3); // every worker had a task; the lane's own worker was never opened
    expect(f.workers.every((w) => w.posted.length === 0 && w.tasks.length > 0)).toBe(true);
    // Stage 1 went out together: the detailed day, the stable search and initial replication.
    expect(f.workers.map((w) => w.tasks[0]!.task.kind).sort()).toEqual(['initial-replication', 'main', 'stable']);
  });

  it('keys share the pool without cancelling each other; a newer plan on one key drops its older tasks', async () => {
    const f = fakeWorkerFactory();
    const pool = createWorkerPool(f.make, 2);
    const engine = createKeyedEngine(f.make, { pool });
    const other = buildPlan({ vms: [makeVm({ id: 'dc01' })] });
    const first = engine.run('plan', 'evaluate', real);
    const second = engine.run('plan', 'evaluate', other); // supersedes `first` only
    const variant = engine.run('variant', 'evaluate', real);
    expect(isStaleError((await settled(first) as { error: unknown }).error)).toBe(true);
    const [b, c] = await drive(f.workers, Promise.all([second, variant]));
    expect(b).toEqual(evaluatePlan(other));
    expect(c).toEqual(evaluatePlan(real));
    expect(f.workers).toHaveLength(2);
  });
});

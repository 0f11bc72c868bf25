import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { buildPlan, makeVm } from '@/test/factories';
import { createEngineClient, EngineError, isStaleError, StaleError } from './engine-client';
import { fakeWorkerFactory } from './fake-worker';
import { handleEngineRequest } from './protocol';

// The client never looks inside plans or results: tagged stand-ins keep the tests about ordering.
const plan = (name: string) => ({ name }) as Plan;
const result = (tag: string) => ({ tag }) as unknown as PlanResult;

afterEach(() => vi.useRealTimers());

describe('createEngineClient', () => {
  it('posts { id, plan } and resolves with the matching answer', async () => {
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make);
    const p = client.evaluate(plan('a'));
    expect(f.latest().posted).toEqual([{ id: 1, plan: plan('a') }]);
    f.latest().succeed(99, result('wrong id')); // ignored: nobody asked for 99
    f.latest().succeed(1, result('a'));
    await expect(p).resolves.toEqual(result('a'));
  });

  it('newest input wins: one running, one waiting, superseded calls reject with StaleError at once', async () => {
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make);
    const a = client.evaluate(plan('a'));
    const b = client.evaluate(plan('b'));
    const c = client.evaluate(plan('c'));
    await expect(a).rejects.toBeInstanceOf(StaleError); // running, but its answer is already stale
    await expect(b).rejects.toBeInstanceOf(StaleError); // replaced in the queue, never sent
    const w = f.latest();
    expect(w.posted.map((r) => r.plan.name)).toEqual(['a']); // busy: c waits
    w.succeed(1, result('a')); // dropped; frees the worker for c
    expect(w.posted.map((r) => [r.id, r.plan.name])).toEqual([[1, 'a'], [3, 'c']]);
    w.succeed(3, result('c'));
    await expect(c).resolves.toEqual(result('c'));
    expect(f.workers).toHaveLength(1);
  });

  it('rejects with EngineError when the engine throws, and keeps serving', async () => {
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make);
    const a = client.evaluate(plan('a'));
    f.latest().reply({ id: 1, ok: false, error: 'boom' });
    await expect(a).rejects.toEqual(new EngineError('boom'));
    const b = client.evaluate(plan('b'));
    f.latest().succeed(2, result('b'));
    await expect(b).resolves.toEqual(result('b'));
  });

  it('replaces a crashed worker and runs the waiting request on the new one', async () => {
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make);
    const a = client.evaluate(plan('a'));
    f.latest().crash('failed to load');
    await expect(a).rejects.toThrow('failed to load');
    expect(f.workers[0]!.terminated).toBe(true);
    const b = client.evaluate(plan('b'));
    expect(f.workers).toHaveLength(2);
    f.latest().succeed(2, result('b'));
    await expect(b).resolves.toEqual(result('b'));
  });

  it('fails one request, not the client, when no worker can be made', async () => {
    let calls = 0;
    const f = fakeWorkerFactory();
    const client = createEngineClient(() => {
      if (++calls === 1) throw new Error('Worker is not defined');
      return f.make();
    });
    await expect(client.evaluate(plan('a'))).rejects.toEqual(new EngineError('Worker is not defined'));
    const b = client.evaluate(plan('b'));
    f.latest().succeed(2, result('b'));
    await expect(b).resolves.toEqual(result('b'));
  });

  it('closes the worker after the idle timeout and opens a new one on demand', async () => {
    vi.useFakeTimers();
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make, { idleTimeoutMs: 1000 });
    const a = client.evaluate(plan('a'));
    f.latest().succeed(1, result('a'));
    await a;
    vi.advanceTimersByTime(999);
    expect(f.workers[0]!.terminated).toBe(false);
    const b = client.evaluate(plan('b')); // work before the timeout keeps the same worker
    f.latest().succeed(2, result('b'));
    await b;
    vi.advanceTimersByTime(1000);
    expect(f.workers[0]!.terminated).toBe(true);
    void client.evaluate(plan('c'));
    expect(f.workers).toHaveLength(2);
  });

  it('dispose terminates the worker, settles pending calls as stale and refuses new ones', async () => {
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make);
    const a = client.evaluate(plan('a'));
    const b = client.evaluate(plan('b'));
    client.dispose();
    expect(f.latest().terminated).toBe(true);
    await expect(a).rejects.toSatisfy(isStaleError);
    await expect(b).rejects.toSatisfy(isStaleError);
    await expect(client.evaluate(plan('c'))).rejects.toBeInstanceOf(EngineError);
  });

  it('round-trips a real plan through the worker protocol', async () => {
    const f = fakeWorkerFactory();
    const client = createEngineClient(f.make);
    const real = buildPlan({ vms: [makeVm({ id: 'fs01' })] });
    const p = client.evaluate(real);
    // What engine.worker.ts does with each message, minus the thread.
    f.latest().reply(structuredClone(handleEngineRequest(f.latest().posted[0]!)));
    const r = await p;
    expect(r.vms.map((v) => v.id)).toEqual(['fs01']);
  });
});

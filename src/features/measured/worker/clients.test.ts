import { describe, expect, it } from 'vitest';
import type { MeasuredInput, MeasuredResult } from '@/engine';
import type { Plan } from '@/plan';
import { createAnalysisClient, startImport, SupersededError, type AnalysisWorker, type ImportWorker } from './clients';

/** A stand-in worker: records what was posted and lets the test answer. */
function fake<W extends { onmessage: unknown; onerror: unknown }>() {
  const made: { posted: unknown[]; terminated: boolean; worker: W }[] = [];
  const make = () => {
    const entry = { posted: [] as unknown[], terminated: false, worker: null as unknown as W };
    entry.worker = {
      onmessage: null,
      onerror: null,
      postMessage: (m: unknown) => entry.posted.push(m),
      terminate: () => (entry.terminated = true),
    } as unknown as W;
    made.push(entry);
    return entry.worker;
  };
  const send = (k: number, data: unknown) => (made[k]!.worker as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage({ data });
  return { made, make, send };
}

describe('startImport', () => {
  it('reports progress, resolves with the measurement and closes the worker', async () => {
    const f = fake<ImportWorker>();
    const shares: number[] = [];
    const run = startImport(new Blob(['x']), (s) => shares.push(s), f.make);
    f.send(0, { type: 'progress', bytes: 50, totalBytes: 200 });
    f.send(0, { type: 'failed', issue: { line: 7, column: 3, message: 'bad' } });
    await expect(run.result).resolves.toEqual({ ok: false, issue: { line: 7, column: 3, message: 'bad' } });
    expect(shares).toEqual([0.25]);
    expect(f.made[0]!.terminated).toBe(true);
  });

  it('cancel terminates the worker at once and resolves as cancelled', async () => {
    const f = fake<ImportWorker>();
    const run = startImport(new Blob(['x']), () => undefined, f.make);
    run.cancel();
    await expect(run.result).resolves.toEqual({ ok: false, cancelled: true });
    expect(f.made[0]!.terminated).toBe(true);
  });
});

describe('createAnalysisClient', () => {
  const plan = {} as Plan;
  const input = {} as MeasuredInput;
  it('newest wins: a second request terminates the first, which rejects as superseded', async () => {
    const f = fake<AnalysisWorker>();
    const client = createAnalysisClient(f.make);
    const a = client.analyse(plan, input);
    const b = client.analyse(plan, input);
    await expect(a).rejects.toBeInstanceOf(SupersededError);
    expect(f.made[0]!.terminated).toBe(true);
    f.send(1, { ok: true, result: { slots: 1 } as MeasuredResult });
    await expect(b).resolves.toEqual({ slots: 1 });
  });

  it('passes the engine error on', async () => {
    const f = fake<AnalysisWorker>();
    const p = createAnalysisClient(f.make).analyse(plan, input);
    f.send(0, { ok: false, error: 'boom' });
    await expect(p).rejects.toThrow('boom');
  });
});

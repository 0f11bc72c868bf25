/**
 * public/sw.js run against a fake service-worker global: what it stores, which caches it drops and
 * which requests it answers. The build fills in the same placeholder (vite.config.ts).
 */
import { describe, expect, it } from 'vitest';
import source from '../../public/sw.js?raw';

const PLACEHOLDER = "{ version: 'development', files: [] }";
const SCOPE = 'https://planner.example/tools/replica/';

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  request?: Request;
  waitUntil(work: Promise<unknown>): void;
  respondWith(response: Promise<Response>): void;
}

/** Caches by name, each a map from URL to stored body. */
function fakeCaches(initial: Record<string, Record<string, string>> = {}) {
  const store = new Map(Object.entries(initial).map(([name, files]) => [name, new Map(Object.entries(files))]));
  const fetched: Request[] = [];
  const open = async (name: string) => {
    const files = store.get(name) ?? new Map<string, string>();
    store.set(name, files);
    return {
      addAll: async (requests: Request[]) => {
        fetched.push(...requests);
        for (const request of requests) files.set(request.url, `stored ${request.url}`);
      },
      match: async (key: string) => (files.has(key) ? new Response(files.get(key)) : undefined),
    };
  };
  const api = { open, keys: async () => [...store.keys()], delete: async (name: string) => store.delete(name) };
  return { api, store, fetched };
}

/** Runs the worker's source with `build` in place of the placeholder; returns its event hooks. */
function startWorker(build: { version: string; files: string[] }, caches = fakeCaches()) {
  const listeners = new Map<string, Listener>();
  const calls: string[] = [];
  const self = {
    registration: { scope: SCOPE },
    clients: { claim: async () => void calls.push('claim') },
    skipWaiting: async () => void calls.push('skipWaiting'),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const network = async (request: Request) => new Response(`network ${request.url}`);
  expect(source).toContain(PLACEHOLDER);
  new Function('self', 'caches', 'fetch', source.replace(PLACEHOLDER, JSON.stringify(build)))(self, caches.api, network);

  const lifecycle = async (type: 'install' | 'activate') => {
    let work: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p) => (work = p), respondWith: () => {} });
    await work;
  };
  /** The worker's answer to a request, or null when it leaves the request to the browser. */
  const fetchEvent = async (url: string, init: RequestInit & { mode?: string } = {}): Promise<string | null> => {
    const request = new Request(url, { method: init.method ?? 'GET' });
    if (init.mode) Object.defineProperty(request, 'mode', { value: init.mode });
    const answers: Promise<Response>[] = [];
    listeners.get('fetch')!({ request, waitUntil: () => {}, respondWith: (r) => void answers.push(r) });
    return answers[0] ? (await answers[0]).text() : null;
  };
  return { lifecycle, fetchEvent, calls, caches };
}

const BUILD = { version: 'b2', files: ['assets/index-abc.js', 'examples/datacenter.json', './'] };

describe('service worker', () => {
  it('stores every file of the build, bypassing the HTTP cache, then takes over', async () => {
    const worker = startWorker(BUILD);
    await worker.lifecycle('install');
    expect(worker.caches.fetched.map((r) => [r.url, r.cache])).toEqual([
      [`${SCOPE}assets/index-abc.js`, 'reload'],
      [`${SCOPE}examples/datacenter.json`, 'reload'],
      [SCOPE, 'reload'],
    ]);
    expect([...worker.caches.store.keys()]).toEqual(['replica-planner-b2']);
    expect(worker.calls).toEqual(['skipWaiting']);
  });

  it('on activation drops older versions of its own cache only, then claims the open pages', async () => {
    const caches = fakeCaches({ 'replica-planner-b1': {}, 'replica-planner-b2': {}, 'someone-else': {} });
    const worker = startWorker(BUILD, caches);
    await worker.lifecycle('activate');
    expect([...caches.store.keys()].sort()).toEqual(['replica-planner-b2', 'someone-else']);
    expect(worker.calls).toEqual(['claim']);
  });

  it('answers navigations to the app, whatever the query, with the stored index.html', async () => {
    const worker = startWorker(BUILD);
    await worker.lifecycle('install');
    for (const url of [SCOPE, `${SCOPE}?from=bookmark`, `${SCOPE}index.html`, `${SCOPE}#plan=abc`]) {
      expect(await worker.fetchEvent(url, { mode: 'navigate' }), url).toBe(`stored ${SCOPE}`);
    }
  });

  it('answers the build’s files from the cache and falls back to the network if the cache was evicted', async () => {
    const worker = startWorker(BUILD);
    await worker.lifecycle('install');
    expect(await worker.fetchEvent(`${SCOPE}assets/index-abc.js`)).toBe(`stored ${SCOPE}assets/index-abc.js`);
    expect(await worker.fetchEvent(`${SCOPE}examples/datacenter.json#top`)).toBe(`stored ${SCOPE}examples/datacenter.json`);
    worker.caches.store.clear();
    expect(await worker.fetchEvent(`${SCOPE}examples/datacenter.json`)).toBe(`network ${SCOPE}examples/datacenter.json`);
  });

  it('leaves alone other origins, other methods, files outside the build and other pages', async () => {
    const worker = startWorker({ ...BUILD, files: [...BUILD.files, 'collector/Measure-ReplicaChurn.ps1'] });
    await worker.lifecycle('install');
    expect(await worker.fetchEvent('https://elsewhere.example/tools/replica/assets/index-abc.js')).toBeNull();
    expect(await worker.fetchEvent('https://elsewhere.example/tools/replica/', { mode: 'navigate' })).toBeNull();
    expect(await worker.fetchEvent(`${SCOPE}assets/index-abc.js`, { method: 'POST' })).toBeNull();
    expect(await worker.fetchEvent(`${SCOPE}assets/index-old.js`)).toBeNull();
    expect(await worker.fetchEvent('https://planner.example/', { mode: 'navigate' })).toBeNull();
    // Opening the collector script is a navigation too: it gets the script, not the app.
    expect(await worker.fetchEvent(`${SCOPE}collector/Measure-ReplicaChurn.ps1`, { mode: 'navigate' })).toBe(`stored ${SCOPE}collector/Measure-ReplicaChurn.ps1`);
  });

  it('a development copy (no build list) stores and answers nothing', async () => {
    const worker = startWorker({ version: 'development', files: [] });
    await worker.lifecycle('install');
    expect(worker.caches.fetched).toEqual([]);
    expect(await worker.fetchEvent(SCOPE, { mode: 'navigate' })).toBeNull();
  });
});

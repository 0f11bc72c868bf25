/**
 * Replica Planner's service worker: after the first visit the planner opens and works with the
 * network gone. Registered by src/app/register-service-worker.ts in built apps only.
 *
 * - Install stores every file of this build (the list below is filled in by the build, see
 *   vite.config.ts) in one cache named after the build's version; a file missing fails the install
 *   and the previous version stays in charge.
 * - The new version takes over at once (skipWaiting + clients.claim) but never reloads a page: an
 *   open page keeps the code it runs, and the next load gets the new version. Older caches go.
 * - Only this origin's GET requests for files of the build are answered, cache first; anything
 *   else is left to the browser untouched (the app requests no other origin anyway).
 * - Every navigation to the app's root is answered with the stored index.html: the plan of a share
 *   link lives in the hash, which never reaches the server or this worker.
 */

// The build replaces the object below with { version, files } (paths relative to this file).
const BUILD = { version: 'development', files: [] };

const CACHE_PREFIX = 'replica-planner-';
const CACHE_NAME = CACHE_PREFIX + BUILD.version;
const SCOPE = new URL(self.registration.scope);
const APP_SHELL = new URL('./', SCOPE).href;
const PRECACHED = new Set(BUILD.files.map((file) => new URL(file, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // 'reload' skips the HTTP cache, so a new version never stores a stale copy of a file.
      await cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

/** The stored copy of `key`, else the network (the browser may have evicted the cache). */
async function cacheFirst(key, request) {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(key)) ?? fetch(request);
}

/** A navigation to the app itself, whatever its query or hash: '/', '/index.html'. */
function isAppNavigation(request, url) {
  return request.mode === 'navigate' && (url.pathname === SCOPE.pathname || url.pathname === `${SCOPE.pathname}index.html`);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (isAppNavigation(request, url)) {
    if (PRECACHED.has(APP_SHELL)) event.respondWith(cacheFirst(APP_SHELL, request));
    return;
  }
  url.hash = '';
  if (PRECACHED.has(url.href)) event.respondWith(cacheFirst(url.href, request));
});

/* Orbital Footprint's service worker (MIT OR Apache-2.0). `cargo xtask dist` writes
 * dist/sw.js from this file (web/sw.js), filling in BUILD and FILES, and the same file into
 * every pinned copy dist/v/<version>/, whose own registration is scoped to its folder.
 *
 * - install: precaches every file of this build by its name (hashed assets included);
 * - activate: deletes this scope's caches of older builds, then claims open pages;
 * - the page itself (a navigation in this folder): network first, this build's cached
 *   index.html when the network fails (offline); any query string (a scenario) is the
 *   page's to read, so the cached page serves every link;
 * - hashed assets (name-<16 hex>.ext): cache first, they never change;
 * - this build's unhashed files (embed.js, the Chinese catalogue, …): network first,
 *   the cached copy offline;
 * - anything else (another folder, such as a pinned copy; another origin; not a GET):
 *   left to the network.
 * A new build is installed beside the running one and waits: the page offers
 * "reload" and then posts {type: "skip-waiting"}.
 */
'use strict';
const BUILD = '__BUILD__';
const FILES = __FILES__;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[A-Za-z0-9]+$/;
const SCOPE = self.registration.scope;
const SCOPE_PATH = new URL(SCOPE).pathname;
// Cache names are per origin, shared by every folder: the scope keeps the root's caches
// apart from each pinned copy's (the space ends the scope, so /a/ is no prefix of /a/v/1/).
const PREFIX = 'orbital-footprint ' + SCOPE + ' ';
const CACHE = PREFIX + BUILD;
const PAGE_TIMEOUT_MS = 8000;

function at(name) {
  return new URL(name, SCOPE).href;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(at(f), { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  if (data.type === 'build' && event.ports && event.ports[0]) event.ports[0].postMessage(BUILD);
});

async function cached(name) {
  const cache = await caches.open(CACHE);
  return cache.match(at(name));
}

async function page(request) {
  try {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PAGE_TIMEOUT_MS);
    });
    const response = await Promise.race([fetch(request), late]);
    clearTimeout(timer);
    return response;
  } catch (e) {
    return (await cached('index.html')) || Response.error();
  }
}

async function cacheFirst(request, name) {
  return (await cached(name)) || fetch(request);
}

async function networkFirst(request, name) {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    return (await cached(name)) || response;
  } catch (e) {
    const hit = await cached(name);
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  const name = url.pathname.slice(SCOPE_PATH.length);
  if (name.includes('/')) return;
  if (request.mode === 'navigate') {
    if (name === '' || name === 'index.html') event.respondWith(page(request));
    return;
  }
  if (!FILES.includes(name)) return;
  event.respondWith(HASHED.test(name) ? cacheFirst(request, name) : networkFirst(request, name));
});

// Issue 15, offline and the strict policy: the page carries its Content Security Policy
// and breaks none of it; after a first visit it opens and computes with no server at all
// (the page, a Chinese link, an embed, the pinned copy), from a subfolder; a new build is
// found and offered, and the reload runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBrowser, serveDist, openPage, ready, assertClean, changedText, ROOT } from './harness.mjs';

const app = useBrowser({ timeout: 15000 });
const dist = process.env.E2E_DIST || path.join(ROOT, 'dist');
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** The served copy of dist/ in a temporary folder (the test changes its files). */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'of-dist-'));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

const pinned = () => 'v/' + fs.readdirSync(path.join(dist, 'v'))[0] + '/';

async function cached(page) {
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 30000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

/**
 * A first visit with service workers allowed, to a copy of dist/ on its own server,
 * until the page works offline: the folder, the server and the recording page.
 */
async function firstVisit() {
  const dir = copyOfDist();
  const srv = await serveDist(dir);
  const p = await openPage(app.browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
  p.page.setDefaultTimeout(15000);
  await p.page.goto(srv.url);
  await ready(p.page);
  await cached(p.page);
  return { dir, srv, p };
}

async function stop(srv) {
  srv.server.closeAllConnections();
  await new Promise((resolve) => srv.server.close(resolve));
}

test('the page carries the strict policy, has no inline script or style, and the policy is enforced', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`), 'no strict policy meta');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link rel="stylesheet"'), 'the policy comes after what it governs');
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'an inline script');
  assert.doesNotMatch(html, /\sstyle=/, 'an inline style attribute');
  const p = await app.open();
  const { page } = p;
  // The tick marks of every slider are placed through the CSSOM, not style attributes.
  const ticks = await page.$$eval('.ticks span', (s) => s.filter((e) => e.style.left !== '').length);
  assert.ok(ticks > 10, `only ${ticks} tick marks placed`);
  assert.deepEqual(p.errors, [], 'console errors (CSP violations among them) before the probe');
  // The policy is live: a style attribute set from script is refused, and reported.
  const applied = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    document.body.append(probe);
    const w = probe.getBoundingClientRect().width;
    probe.remove();
    return w;
  });
  assert.notEqual(applied, 123, 'an inline style was applied: the policy is not enforced');
  await page.waitForTimeout(100);
  assert.ok(p.errors.some((e) => /CSP violation: style-src/.test(e)), 'the refused style was not reported: ' + p.errors);
  p.errors.length = 0;
  await app.closeClean(p);
});

test('after a first visit: offline, the page, a Chinese link, an embed and the pinned copy open and compute', async () => {
  const { dir, srv, p } = await firstVisit();
  const { page, context } = p;
  assert.match(await page.textContent('#offline-note'), /Available offline/);
  await page.goto(srv.url + pinned());
  await ready(page);
  await cached(page);
  const online = (await page.textContent('#verdict')).trim();

  // No server at all, and the browser offline too.
  await stop(srv);
  await context.setOffline(true);
  await page.goto(srv.url + '?v=1&orbit.altitude_km=900');
  await ready(page);
  assert.equal(await page.inputValue('#orbit-altitude_km'), '900', 'the link was not read offline');
  const before = await page.textContent('#verdict');
  await page.focus('#orbit-altitude_km');
  await page.keyboard.press('End');
  assert.notEqual(await changedText(page, '#verdict', before), before, 'offline, a slider does not recompute');
  // The sources' notes, fetched on demand, come from the cache too.
  await page.locator('#assumptions').scrollIntoViewIfNeeded();
  await page.waitForSelector('#assumptions .src-note:not(:empty)');
  assert.equal(await page.$('#notes-missing'), null, 'offline, the notes were not found');

  await page.goto(srv.url + '?lang=zh-CN');
  await ready(page);
  assert.match(await page.textContent('#verdict'), /[\u4e00-\u9fff]/, 'offline, the Chinese catalogue was not found');

  await page.goto(srv.url + '?embed=1&chart=sources');
  await page.waitForSelector('#verdict');
  assert.ok(await page.$('#open-full'), 'offline embed');

  await page.goto(srv.url + pinned());
  await ready(page);
  assert.equal((await page.textContent('#verdict')).trim(), online, 'the pinned copy offline');
  assertClean(srv, p);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a new build is found, offered, and the reload runs it', async () => {
  const { dir, srv, p } = await firstVisit();
  const { page, context } = p;
  assert.equal(await page.$('#offline-update'), null, 'an update offered with none');
  // A new build: its service worker names another build (its files are the same here).
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace("const BUILD = '", "const BUILD = 'next-"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('#offline-update', { timeout: 30000 });
  assert.match(await page.textContent('#offline-update'), /new version/);
  await Promise.all([page.waitForEvent('load', { timeout: 30000 }), page.click('#offline-update button')]);
  await ready(page);
  const build = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => resolve(e.data);
        navigator.serviceWorker.controller.postMessage({ type: 'build' }, [ch.port2]);
      }),
  );
  assert.match(build, /^next-/, 'the reloaded page is not run by the new build');
  assert.equal(await page.$('#offline-update'), null, 'still offered after the reload');
  assertClean(srv, p);
  await context.close();
  await stop(srv);
  fs.rmSync(dir, { recursive: true, force: true });
});

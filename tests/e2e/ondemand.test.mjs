// Issue 18: what the first verdict needs, and what it does not. The page's first
// verdict appears with every on-demand file blocked (and says what is missing where a
// panel needs it); the sources' notes are fetched once, when the assumptions come near,
// and never by an embed; the size report's first-load files are exactly what the
// browser fetches before the verdict, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useBrowser, openPage, ready, assertClean, ROOT } from './harness.mjs';

const app = useBrowser({ timeout: 20000 });
const ON_DEMAND = ['zh-CN.txt', 'notes.txt', 'sw.js', 'manifest.webmanifest'];
const dist = process.env.E2E_DIST || path.resolve('dist');

/** The file a request asks for, relative to the app's folder, without its query. */
function rel(url) {
  const u = new URL(url);
  return u.pathname.startsWith(new URL(app.srv.url).pathname) ? u.pathname.slice(new URL(app.srv.url).pathname.length) || 'index.html' : null;
}

test('the first verdict appears with every on-demand file blocked, and the page says what is missing', async () => {
  for (const lang of ['', '?lang=zh-CN']) {
    const p = await openPage(app.browser, { viewport: { width: 1280, height: 900 } });
    const blocked = [];
    await p.context.route(
      (u) => ON_DEMAND.includes(rel(u.href)),
      (r) => {
        blocked.push(rel(r.request().url()));
        return r.abort();
      },
    );
    await p.page.goto(app.srv.url + lang);
    await ready(p.page);
    assert.match(await p.page.textContent('#verdict'), /\d/, 'no verdict without the on-demand files');
    if (lang) assert.ok(blocked.includes('zh-CN.txt'), 'the catalogue was not asked for');
    // The page falls back to English when the catalogue is missing.
    assert.match(await p.page.textContent('#verdict'), /[A-Za-z]{4}/);
    await p.page.locator('#assumptions').scrollIntoViewIfNeeded();
    await p.page.waitForSelector('#notes-missing');
    assert.match(await p.page.textContent('#notes-missing'), /notes\.txt/);
    assert.ok(blocked.includes('notes.txt'));
    // Our assumptions say their reason is missing rather than showing nothing.
    assert.ok((await p.page.textContent('#assumptions')).includes('Assumption: its reason could not be loaded'), 'no missing-note text');
    // The blocked fetches are the only errors the page may log.
    p.errors.splice(0, p.errors.length, ...p.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)));
    assertClean(app.srv, p);
    await p.context.close();
  }
});

test('the notes are fetched once, when the assumptions come near, and never by an embed', async () => {
  const p = await app.open('');
  const notes = () => p.requests.filter((u) => rel(u) === 'notes.txt').length;
  await p.page.waitForTimeout(500);
  assert.equal(notes(), 0, 'notes.txt fetched before the assumptions came near');
  assert.equal(await p.page.$$eval('#assumptions .src-note:not(:empty)', (l) => l.length), 0);
  await p.page.locator('#assumptions').scrollIntoViewIfNeeded();
  await p.page.waitForSelector('#assumptions .src-note:not(:empty)');
  // A cited work's note and one of our assumptions' reasons, as the data gives them.
  const text = await p.page.textContent('#assumptions');
  assert.ok(text.includes('Total mass density 200–1,000 km (moderate activity'), 'a cited note is missing');
  assert.ok(text.includes('Assumption: LEO/SSO altitudes from 200 km (days of lifetime)'), 'an assumption note is missing');
  // Every group, opened, and the page scrolled away and back: still one fetch.
  for (const d of await p.page.$$('#assumptions details')) await d.evaluate((e) => (e.open = true));
  await p.page.evaluate(() => window.scrollTo(0, 0));
  await p.page.locator('#assumptions').scrollIntoViewIfNeeded();
  await p.page.waitForTimeout(300);
  assert.equal(notes(), 1, 'notes.txt fetched more than once');
  await app.closeClean(p);

  // Chinese: our assumptions' reasons from the catalogue, cited notes marked English.
  const zh = await app.open('?lang=zh-CN');
  await zh.page.locator('#assumptions').scrollIntoViewIfNeeded();
  await zh.page.waitForSelector('#assumptions .src-note:not(:empty)');
  assert.ok((await zh.page.textContent('#assumptions')).includes('近地轨道/太阳同步轨道高度从200公里'), 'a translated assumption note is missing');
  assert.equal(await zh.page.$eval('#assumptions .src-note:not(:empty)', (e) => e.closest('[lang]').lang), 'en');
  await app.closeClean(zh);

  const e = await openPage(app.browser, { viewport: { width: 700, height: 900 } });
  await e.page.goto(app.srv.url + '?embed=1');
  await e.page.waitForSelector('#verdict');
  await e.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await e.page.waitForTimeout(500);
  assert.equal(e.requests.filter((u) => rel(u) === 'notes.txt').length, 0, 'an embed fetched the notes');
  await app.closeClean(e);
});

/** The size report of this dist/ (written by `cargo xtask size`, run here when stale). */
function sizeReport() {
  const json = path.join(ROOT, 'target/report/size.json');
  const stale = !fs.existsSync(json) || fs.statSync(json).mtimeMs < fs.statSync(path.join(dist, 'index.html')).mtimeMs;
  if (stale) execFileSync('cargo', ['xtask', 'size'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(fs.readFileSync(json, 'utf8'));
}

test('the size report counts exactly the files the browser fetches before the first verdict', async () => {
  const report = sizeReport();
  const first = report.files.filter((f) => f.page);
  for (const url of ['', '?v=1&orbit.altitude_km=900&workload.kind=training']) {
    const p = await openPage(app.browser, { viewport: { width: 1280, height: 900 } });
    const fetched = new Map();
    p.page.on('response', async (r) => {
      const f = rel(r.url());
      if (f !== null && r.ok()) fetched.set(f, (await r.body()).length);
    });
    await p.page.goto(app.srv.url + url);
    await ready(p.page);
    // Bodies are read asynchronously: let the last one land.
    await p.page.waitForTimeout(200);
    const before = new Map(fetched);
    // The static shell's picture shows only under the default's static verdict, a lazy
    // image: the default page fetches it unless the app mounts first (the report counts
    // it); a link to a scenario never does (and never shows the default's numbers).
    const expected = first.filter((f) => f.file !== 'preview.svg' || (url === '' && before.has(f.file)));
    assert.deepEqual([...before.keys()].sort(), expected.map((f) => f.file).sort(), `files fetched before the first verdict of "${url}"`);
    for (const f of expected) assert.equal(before.get(f.file), f.raw, f.file + ': bytes the browser got vs the report');
    const total = first.reduce((a, f) => a + f.gzip, 0);
    assert.equal(total, report.total_gzip, 'the report total is the sum of its first-load files');
    await app.closeClean(p);
  }
  // The report keeps the on-demand files and those for host pages out of the total.
  for (const f of [...ON_DEMAND, 'embed.js']) {
    const row = report.files.find((r) => r.file === f);
    assert.ok(row && !row.page, f + ' counted in the first load');
  }
});

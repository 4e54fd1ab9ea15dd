// Issue 16, "no blank page": before the WebAssembly runs, the page shows the default
// scenario's verdict, written into index.html at build time by `orbital-footprint shell`;
// a link that asks for anything else shows a neutral loading line, never the default's
// numbers. The app replaces the shell when it mounts.
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { useBrowser, openPage, screenshotPath } from './harness.mjs';

const app = useBrowser({ timeout: 30000 });

/** The shell as a visitor sees it while the app cannot start (its wasm never arrives). */
async function shellAt(query, options = {}) {
  const p = await openPage(app.browser, { viewport: { width: 360, height: 800 }, ...options });
  await p.page.route('**/*.wasm', (r) => r.abort());
  await p.page.goto(app.srv.url + query, { waitUntil: 'domcontentloaded' });
  await p.page.waitForSelector('#static-shell');
  const seen = await p.page.evaluate(() => ({
    verdict: getComputedStyle(document.querySelector('.static-verdict')).display !== 'none',
    headline: document.querySelector('.static-verdict .verdict-text').textContent,
    rests: document.querySelector('.static-verdict .verdict-rests').textContent,
    wait: getComputedStyle(document.querySelector('.shell-wait')).display !== 'none',
    text: document.body.innerText,
  }));
  return { p, seen };
}

test("the shell's static verdict is the mounted app's verdict for the default, and goes when the app mounts", async () => {
  const { p, seen } = await shellAt('');
  assert.ok(seen.verdict, 'the default link shows the static verdict');
  assert.ok(seen.wait, 'and says the calculator is loading');
  assert.match(seen.headline, /^Over 5 years this orbital data centre emits /);
  // Its first chart under it: the build's preview, loaded and drawn.
  const chart = await p.page.waitForFunction(() => {
    const img = document.querySelector('.static-verdict .shell-chart');
    return img && img.complete && img.naturalWidth > 0 && [img.naturalWidth, img.getBoundingClientRect().width, img.alt];
  });
  const [natural, shown, alt] = await chart.jsonValue();
  assert.equal(natural, 900, "the preview's width");
  assert.ok(shown <= 360, `the chart fits the phone (${shown} px)`);
  assert.match(alt, /^Line chart of cumulative emissions/);
  await p.page.screenshot({ path: screenshotPath('shell-360.png') });
  await p.context.close();
  for (const q of ['', '?v=1', '?utm_source=x&fbclid=y']) {
    const a = await app.open(q);
    assert.equal(await a.page.textContent('#verdict'), seen.headline, `${q || 'the bare page'}: the app's headline`);
    assert.equal(await a.page.textContent('#verdict-rests'), seen.rests, `${q || 'the bare page'}: what it rests on`);
    assert.equal(await a.page.$('#static-shell'), null, 'the shell is gone once the app mounts');
    await app.closeClean(a);
  }
  const tagged = await shellAt('?utm_source=x&fbclid=y');
  assert.ok(tagged.seen.verdict, 'tracking tags alone still ask for the default');
  await tagged.p.context.close();
});

test("a scenario, embed, claim or Chinese link never shows the default's numbers before the app mounts", async () => {
  const { seen: def } = await shellAt('');
  const number = def.headline.match(/\d[\d.,]*\s?%|\d[\d.,]*×/)[0];
  for (const [query, options] of [
    ['?v=1&alt=800', {}],
    ['?v=1&embed=1', {}],
    ['?v=1&claim=pue', {}],
    ['?v=1&lang=zh-CN', {}],
    ['', { locale: 'zh-CN' }],
  ]) {
    const { p, seen } = await shellAt(query, options);
    assert.ok(!seen.verdict, `${query} ${options.locale ?? ''}: the static verdict is hidden`);
    assert.ok(seen.wait, `${query}: the loading line shows`);
    assert.ok(!seen.text.includes(number), `${query}: the default's ${number} is on screen`);
    await p.context.close();
  }
});

test('without JavaScript the page says it needs it and shows the default scenario as a labelled picture', async () => {
  const p = await openPage(app.browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  await p.page.goto(app.srv.url + '?v=1&alt=800');
  const seen = await p.page.evaluate(async () => {
    const img = document.querySelector('.static-preview img');
    if (img) await img.decode().catch(() => {});
    return {
      text: document.body.innerText,
      img: img && [img.naturalWidth, img.getAttribute('src')],
      caption: document.querySelector('.static-preview figcaption')?.textContent,
      wait: getComputedStyle(document.querySelector('.shell-wait')).display !== 'none',
      verdict: getComputedStyle(document.querySelector('.static-verdict')).display !== 'none',
    };
  });
  assert.match(seen.text, /please enable JavaScript/);
  assert.deepEqual(seen.img, [900, 'preview.svg'], 'the picture');
  assert.match(seen.caption, /^The default scenario, computed when this page was built/);
  assert.ok(!seen.wait, 'no loading line that would never finish');
  assert.ok(!seen.verdict, 'no unlabelled static verdict');
  await p.page.screenshot({ path: screenshotPath('noscript-1280.png'), fullPage: true });
  await p.context.close();
});

test("the page's social preview is the same chart as a PNG, named by its Open Graph tags, and never fetched by the page", async () => {
  const dist = process.env.E2E_DIST || path.resolve('dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const meta = (prop) => html.match(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)">`))?.[1];
  assert.match(meta('og:image'), /(^|\/)preview\.png$/);
  assert.equal(meta('twitter:card'), 'summary_large_image');
  const png = fs.readFileSync(path.join(dist, 'preview.png'));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), Number(meta('og:image:width')));
  assert.equal(png.readUInt32BE(20), Number(meta('og:image:height')));
  // The card link previews crop to (1.91:1), with the whole chart fitted inside it.
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  // Not precached, not fetched: it is for link previews only.
  assert.doesNotMatch(fs.readFileSync(path.join(dist, 'sw.js'), 'utf8'), /preview\.png/);
  const a = await app.open('');
  assert.ok(!a.requests.some((u) => u.includes('preview.png')), 'the page fetched the social image');
  await app.closeClean(a);
});

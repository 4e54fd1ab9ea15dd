// Issue 17, claim check: the claims section's cards (opened on demand) carry the CLI's
// verdicts; each card's "Open this scenario" loads the claimant's scenario (the address
// bar then holds the CLI's link for it, and the results show the card's number); each
// claim's embed renders its card and chart and posts its height; an unknown claim gets a
// notice; lang=zh-CN shows the cards in Chinese; axe-core passes; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, openPage, servePages, cliJson, screenshotPath, settledUrl, assertClean } from './harness.mjs';

const AXE = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/axe-core/axe.min.js'),
  'utf8',
);

const app = useBrowser({ timeout: 60000 });
const CLI = cliJson(['claims']).claims;

/** Opens the claims section and waits for every card. */
async function openClaims(page) {
  await page.click('#claims-details > summary');
  await page.waitForFunction((n) => document.querySelectorAll('.claim-card').length === n, CLI.length, { timeout: 60000 });
}

async function axe(page) {
  await page.evaluate(AXE); // through DevTools, not an inline <script> the page's policy refuses
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  });
}

test('every card carries the CLI verdicts, and opening it loads the claimant scenario', async () => {
  const p = await app.open('', { viewport: { width: 1280, height: 1600 } });
  const { page } = p;
  assert.equal(await page.$$eval('.claim-card', (c) => c.length), 0, 'verdicts are worked out only once the section opens');
  await openClaims(page);
  await page.$eval('#claims', (el) => el.scrollIntoView());
  await page.screenshot({ path: screenshotPath('claims-1280.png') });
  for (const c of CLI) {
    const card = `#claim-${c.id}`;
    for (const [reading, key] of [['claimant', 'claimant_reading'], ['central', 'central_reading']]) {
      const v = await page.getAttribute(`${card} [data-reading=${reading}] .claim-verdict`, 'data-verdict');
      assert.equal(v, c[key].verdict, `${c.id} ${reading}: page ${v}, CLI ${c[key].verdict}`);
    }
    assert.equal(await page.textContent(`${card} .claim-wording`), c.wording);
    // A reading with no number (no break-even exists) shows a short "none" as its big
    // number, and the explanation under it says why, in the CLI's words.
    for (const reading of ['claimant', 'central']) {
      const r = c[`${reading}_reading`];
      if (r.value_note) {
        assert.equal(await page.textContent(`${card} [data-reading=${reading}] .claim-number`), 'none', `${c.id} ${reading}`);
        const why = r.value_note.replace(/^never: /, '');
        assert.ok((await page.textContent(`${card} [data-reading=${reading}] .claim-explain`)).includes(why), `${c.id} ${reading}: no "${why}"`);
      }
    }
    const numKey = await page.getAttribute(`${card} [data-reading=claimant] .claim-number`, 'data-key');
    const numText = await page.getAttribute(`${card} [data-reading=claimant] .claim-number`, 'data-text');
    await page.click(`${card} button.claim-open`);
    // The address bar settles on the CLI's link for the claimant's scenario.
    await page.waitForFunction((q) => location.search === q, c.claimant_reading.link, { timeout: 10000 })
      .catch(async () => assert.fail(`${c.id}: address ${new URL(await settledUrl(page)).search}, CLI ${c.claimant_reading.link}`));
    // The results (or, for the carbon ratio, the verdict) show the card's number.
    const row = await page.$(`.results dd[data-key="${numKey}"]`);
    if (row) {
      const shown = (await row.textContent()).trim();
      assert.ok(shown.startsWith(numText), `${c.id}: results show ${shown}, card ${numText}`);
    } else if (numKey === 'verdict.ratio') {
      assert.ok((await page.textContent('#verdict')).includes(numText), `${c.id}: verdict shows ${numText}`);
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'verdict', `${c.id}: focus on the verdict`);
  }
  await app.closeClean(p);
});

test('each claim embed renders its card and chart and posts its height; an unknown claim gets a notice', async () => {
  for (const c of CLI) {
    const parentHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
<script>window.__h = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'embed-size') window.__h.push(e.data.height); });</script></head>
<body><iframe title="claim" src="${app.srv.url}?v=1&amp;embed=1&amp;claim=${c.id}" style="width:100%;border:0" height="150"></iframe></body></html>`;
    const host = await servePages({ '/article.html': parentHtml });
    const p = await openPage(app.browser, { viewport: { width: 700, height: 900 } });
    const { page } = p;
    await page.goto(host.origin + '/article.html');
    const frame = page.frameLocator('iframe');
    await frame.locator(`#claim-${c.id}`).waitFor({ timeout: 30000 });
    await frame.locator('canvas').first().waitFor();
    await page.waitForFunction(() => window.__h.length > 0 && window.__h[window.__h.length - 1] > 300, null, { timeout: 15000 });
    const v = await frame.locator(`#claim-${c.id} [data-reading=claimant] .claim-verdict`).getAttribute('data-verdict');
    assert.equal(v, c.claimant_reading.verdict, c.id);
    if (c.id === CLI[0].id) await page.screenshot({ path: screenshotPath(`claim-embed-${c.id}-700.png`), fullPage: true });
    assert.deepEqual(p.errors, [], `${c.id}: console errors`);
    await p.context.close();
    host.server.close();
  }
  const p = await openPage(app.browser, { viewport: { width: 360, height: 800 } });
  await p.page.goto(`${app.srv.url}?v=1&embed=1&claim=no_such_claim`);
  await p.page.waitForSelector('#claim-unknown', { timeout: 30000 });
  assertClean(app.srv, p);
  await p.context.close();
});

test('lang=zh-CN shows the cards in Chinese; axe passes at 360 px and on an embed', async () => {
  const p = await app.open('?v=1&lang=zh-CN', { viewport: { width: 360, height: 1400 } });
  const { page } = p;
  await openClaims(page);
  for (const c of CLI) {
    assert.equal(await page.textContent(`#claim-${c.id} .claim-wording`), c.wording_zh);
    assert.match(await page.textContent(`#claim-${c.id} .claim-verdict`), /成立/);
  }
  assert.match(await page.textContent('#claims-h'), /[\u4e00-\u9fff]/);
  await page.$eval('#claims', (el) => el.scrollIntoView());
  await page.screenshot({ path: screenshotPath('claims-zh-360.png') });
  assert.deepEqual(await axe(page), []);
  await app.closeClean(p);
  const e = await openPage(app.browser, { viewport: { width: 360, height: 900 }, colorScheme: 'dark' });
  await e.page.goto(`${app.srv.url}?v=1&embed=1&claim=${CLI[0].id}`);
  await e.page.waitForSelector(`#claim-${CLI[0].id}`, { timeout: 30000 });
  await e.page.screenshot({ path: screenshotPath(`claim-embed-${CLI[0].id}-360.png`), fullPage: true });
  assert.deepEqual(await axe(e.page), []);
  assertClean(app.srv, e);
  await e.context.close();
});

test('the embed dialog offers one claim card: its snippet names the claim and its chart', async () => {
  const p = await app.open();
  const { page } = p;
  await page.click('#open-embed');
  await page.waitForSelector('#embed-claim');
  const c = CLI[1];
  await page.selectOption('#embed-claim', c.id);
  await page.waitForFunction((id) => document.querySelector('#embed-code').value.includes(`claim=${id}`), c.id);
  const code = await page.inputValue('#embed-code');
  assert.match(code, /embed=1&amp;chart=[a-z]+&amp;claim=/);
  await page.selectOption('#embed-claim', '');
  await page.waitForFunction(() => !document.querySelector('#embed-code').value.includes('claim='));
  await app.closeClean(p);
});

/** The PNG's width, height, bit depth and colour type, from its IHDR chunk. */
function ihdr(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
  assert.equal(buf.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), depth: buf[24], colour: buf[25] };
}

/** Clicks `button`, returns the download's name and bytes. */
async function download(page, button) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(await dl.path()) };
}

/** The RGBA of pixels (x, y) of a PNG, decoded by the page's own canvas. */
async function pixels(page, png, points) {
  return page.evaluate(async ({ b64, points }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]);
  }, { b64: png.toString('base64'), points });
}

/** A claim card's image: a sane size, opaque white corners, something drawn inside. */
async function checkImage(page, id, png) {
  const h = ihdr(png);
  // 900 × 2 CSS px wide; title, verdict, plot (300–520 px) and footer at 2×.
  assert.equal(h.width, 1800, `${id}: ${h.width} px wide`);
  assert.ok(h.height >= 900 && h.height <= 2400, `${id}: ${h.height} px tall`);
  assert.ok(png.length > 20000 && png.length < 3e6, `${id}: ${png.length} bytes`);
  const [tl, tr, bl, br, text] = await pixels(page, png, [[0, 0], [h.width - 1, 0], [0, h.height - 1], [h.width - 1, h.height - 1], [0, 0]]);
  for (const px of [tl, tr, bl, br]) assert.deepEqual(px, [255, 255, 255, 255], `${id}: a corner is ${px}, not opaque white`);
  // Not a blank sheet: the title's first line has dark ink (16 px padding at 2×, 20 px type).
  const row = await page.evaluate(async ({ b64 }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 32, c.width, 40).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 100 && d[i + 3] === 255) dark++;
    return dark;
  }, { b64: png.toString('base64') });
  assert.ok(row > 200, `${id}: the title row has ${row} dark pixels`);
  void text;
}

test('each card downloads its image (PNG): opaque, a sane size; the claim embed too, in Chinese', async () => {
  const p = await app.open('', { acceptDownloads: true, viewport: { width: 1280, height: 1600 } });
  const { page } = p;
  await openClaims(page);
  assert.equal(await page.$$eval('.claim-card .claim-png', (b) => b.length), CLI.length, 'a card lacks its image button');
  assert.equal((await page.textContent(`#claim-${CLI[0].id} .claim-png`)).trim(), 'Download image (PNG)');
  for (const c of CLI) {
    const { name, bytes } = await download(page, `#claim-${c.id} .claim-png`);
    assert.equal(name, `claim-${c.id}.png`);
    await checkImage(page, c.id, bytes);
    if (c.id === CLI[0].id) fs.writeFileSync(screenshotPath(`claim-image-${c.id}.png`), bytes);
  }
  // Making an image neither loads its scenario nor moves the page's.
  assert.equal(new URL(await settledUrl(page)).search, '?v=1');
  await app.closeClean(p);

  const c = CLI[CLI.length - 1];
  const e = await openPage(app.browser, { acceptDownloads: true, viewport: { width: 360, height: 900 } });
  await e.page.goto(`${app.srv.url}?v=1&embed=1&claim=${c.id}&lang=zh-CN`);
  await e.page.waitForSelector(`#claim-${c.id} .claim-png`, { timeout: 30000 });
  assert.equal((await e.page.textContent(`#claim-${c.id} .claim-png`)).trim(), '下载图片（PNG）');
  const { name, bytes } = await download(e.page, `#claim-${c.id} .claim-png`);
  assert.equal(name, `claim-${c.id}.png`);
  await checkImage(e.page, c.id, bytes);
  fs.writeFileSync(screenshotPath(`claim-image-${c.id}-zh.png`), bytes);
  await e.page.screenshot({ path: screenshotPath(`claim-embed-${c.id}-zh-360.png`), fullPage: true });
  assertClean(app.srv, e);
  await e.context.close();
});

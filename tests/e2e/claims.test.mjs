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

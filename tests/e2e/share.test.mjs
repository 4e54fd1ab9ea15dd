// Issue 6, share / embed / export / print: permalinks reproduce the page, the embedded
// widget resizes its iframe through embed.js with the exact AMP and Pym messages, a
// garbage query is survived, CSV and JSON downloads match the native CLI, print carries
// the permalink, and a pinned embed loads from dist/v/<version>/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBrowser, openPage, assertClean, changedText, cliJson, servePages, settledUrl, texts, screenshotPath } from './harness.mjs';

const app = useBrowser({ timeout: 10000 });

const KEY = ['#verdict', '#orbit-intensity', '#earth-intensity', '#payback', '#cost-ratio', '.results'];

/** Sets a slider's exact value through its number field. */
async function setNumber(page, id, value) {
  await page.fill(`#${id}-num`, String(value));
  await page.press(`#${id}-num`, 'Enter');
}

/** A non-default scenario made through the UI: several kinds of input, primary and assumption. */
async function makeScenario(page) {
  const old = await page.textContent('#verdict');
  await setNumber(page, 'orbit-altitude_km', 820);
  await page.selectOption('#launch-vehicle', 'starship');
  await setNumber(page, 'workload-accelerators', 5000);
  await page.selectOption('#earth-alternative', 'us');
  await page.selectOption('#workload-mode', { index: 1 });
  await page.fill('#a-orbit-albedo_fraction', '0.33');
  await page.press('#a-orbit-albedo_fraction', 'Tab');
  await changedText(page, '#verdict', old);
}

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field, '', 'CSV does not end with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

test('copy link, open it in a fresh page: identical verdict, numbers and inputs', async () => {
  const a = await app.open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  const history0 = await a.page.evaluate(() => history.length);
  await makeScenario(a.page);
  await a.page.click('#pin-baseline');
  await setNumber(a.page, 'orbit-altitude_km', 1100);
  await a.page.waitForFunction(() => [...document.querySelectorAll('.results .delta')].some((d) => d.textContent.trim()));
  await a.page.click('#copy-link');
  await a.page.waitForFunction(() => document.querySelector('#copy-link').textContent === 'Link copied');
  const link = await a.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(app.srv.url + '?v=1&'), `copied "${link}"`);
  assert.match(link, /[?&]base=/, 'the baseline is missing from the link');
  // The address bar is kept in sync (replaceState) and says the same.
  assert.equal((await settledUrl(a.page)), link);
  assert.equal(await a.page.evaluate(() => history.length), history0, 'changes pushed history entries');
  const want = await texts(a.page, [...KEY, '#vehicle-facts']);
  const inputs = await a.page.$$eval('input[id], select[id]', (els) => els.filter((e) => !e.id.startsWith('mc-') && e.type !== 'radio' && e.type !== 'checkbox').map((e) => [e.id, e.value]));
  await app.closeClean(a);

  const b = await app.open(link);
  assert.equal(await b.page.$('#url-notice'), null, 'a copied link raised a notice');
  assert.deepEqual(await texts(b.page, [...KEY, '#vehicle-facts']), want);
  const inputsB = await b.page.$$eval('input[id], select[id]', (els) => els.filter((e) => !e.id.startsWith('mc-') && e.type !== 'radio' && e.type !== 'checkbox').map((e) => [e.id, e.value]));
  assert.deepEqual(inputsB, inputs);
  // The baseline came along: deltas show, and loading changed nothing in the URL.
  assert.ok(await b.page.$$eval('.results .delta', (ds) => ds.some((d) => d.textContent.trim())), 'no deltas: the baseline was lost');
  assert.equal((await settledUrl(b.page)), link);
  await app.closeClean(b);
});

test('a value finer than the slider step is kept: the permalink reproduces the scenario the page ran', async () => {
  const a = await app.open('');
  const old = await a.page.textContent('#orbit-intensity');
  await setNumber(a.page, 'orbit-altitude_km', '550.123456');
  await a.page.waitForFunction((o) => document.querySelector('#orbit-intensity').textContent !== o, old);
  const link = await settledUrl(a.page);
  assert.ok(link.includes('alt=550.123456'), `the address bar rounded the altitude: ${link}`);
  const want = await texts(a.page, KEY);
  const json = await a.page.evaluate(() => document.querySelector('#orbit-altitude_km').value);
  await app.closeClean(a);

  const b = await app.open(link.slice(app.srv.url.length));
  assert.equal(await b.page.$('#url-notice'), null, 'the fine value raised a notice');
  assert.deepEqual(await texts(b.page, KEY), want, 'the permalink gave different numbers');
  assert.equal(await b.page.evaluate(() => document.querySelector('#orbit-altitude_km').value), json);
  assert.equal(await settledUrl(b.page), link);
  await app.closeClean(b);
});

test('bad view keys and a bad baseline get notices in the widget, in both languages', async () => {
  const q = '?v=1&embed=1&theme=purple&n=abc&lang=fr&base=zz%3D1';
  const p = await app.open(q);
  await p.page.waitForSelector('#url-notice');
  const notice = await p.page.textContent('#url-notice');
  for (const want of ['Theme: “purple”', 'Monte Carlo draws: “abc”', 'Language: “fr”', 'Pinned baseline: Unknown setting “zz” ignored.']) {
    assert.ok(notice.includes(want), `no "${want}" in: ${notice}`);
  }
  await app.closeClean(p);
  const z = await app.open('?v=1&embed=1&theme=purple&lang=zh-CN&base=zz%3D1');
  await z.page.waitForFunction(() => /主题/.test(document.querySelector('#url-notice')?.textContent ?? ''));
  const zh = await z.page.textContent('#url-notice');
  assert.ok(zh.includes('固定的基准：已忽略未知设置“zz”。'), zh);
  assert.doesNotMatch(zh, /Theme|Pinned/);
  await app.closeClean(z);
});

test('the embedded widget resizes its iframe through embed.js; AMP and Pym messages are exact', async () => {
  const src = `${app.srv.url}?v=1&embed=1&childId=abc`;
  const parent = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News article</title><link rel="icon" href="data:,">
<script>
  window.__msgs = [];
  addEventListener('message', (e) => { window.__msgs.push({ data: e.data, fromFrame: e.source === document.querySelector('iframe').contentWindow }); });
</script></head>
<body style="margin:0">
<p>Article text.</p>
<iframe title="Orbital Footprint" src="${src.replace(/&/g, '&amp;')}" style="width:100%;border:0" height="150" allow="clipboard-write; web-share"></iframe>
<p>More article text.</p>
<script src="${app.srv.url}embed.js" defer></script>
</body></html>`;
  const host = await servePages({ '/article.html': parent });
  const p = await openPage(app.browser, { viewport: { width: 800, height: 900 } });
  const { page } = p;
  page.setDefaultTimeout(15000);
  try {
    await page.goto(host.origin + '/article.html');
    const frame = page.frameLocator('iframe');
    await frame.locator('#verdict').waitFor();
    await frame.locator('#cumulative-chart').waitFor();
    const iframeHeight = () => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const lastAmp = () => page.evaluate(() => [...window.__msgs].reverse().find((m) => m.data && m.data.sentinel === 'amp')?.data.height);
    // The iframe takes the height the widget reports.
    await page.waitForFunction(() => window.__msgs.length >= 2 && document.querySelector('iframe').getBoundingClientRect().height > 150);
    const settle = async () => {
      // Wait until the iframe matches the last reported height and no message arrived for 300 ms.
      let n = -1;
      for (let i = 0; i < 50; i++) {
        const now = await page.evaluate(() => window.__msgs.length);
        if (now === n && (await iframeHeight()) === (await lastAmp())) return iframeHeight();
        n = now;
        await page.waitForTimeout(300);
      }
      throw new Error(`iframe height ${await iframeHeight()} never matched the reported ${await lastAmp()}`);
    };
    const h0 = await settle();
    assert.ok(h0 > 300, `initial height ${h0}`);

    // Every message is in exactly one of the two formats, from the frame, in AMP/Pym pairs.
    const msgs = await page.evaluate(() => window.__msgs);
    assert.ok(msgs.every((m) => m.fromFrame), 'a message came from elsewhere');
    const heightsAmp = [];
    const heightsPym = [];
    for (const { data } of msgs) {
      if (typeof data === 'string') {
        const m = /^pymxPYMxabcxPYMxheightxPYMx(\d+)$/.exec(data);
        assert.ok(m, `Pym message "${data}"`);
        heightsPym.push(Number(m[1]));
      } else {
        assert.deepEqual(Object.keys(data).sort(), ['height', 'sentinel', 'type'], `AMP message ${JSON.stringify(data)}`);
        assert.equal(data.sentinel, 'amp');
        assert.equal(data.type, 'embed-size');
        assert.ok(Number.isInteger(data.height) && data.height > 0, `AMP height ${data.height}`);
        heightsAmp.push(data.height);
      }
    }
    assert.ok(heightsAmp.length >= 1);
    assert.deepEqual(heightsPym, heightsAmp, 'Pym and AMP heights differ');

    // Grows: open the chart's data table inside the widget.
    await frame.locator('details.chart-data > summary').first().click();
    await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h, h0);
    const h1 = await settle();
    assert.ok(h1 > h0 + 20, `open data table: ${h0} → ${h1}`);
    // Shrinks: close it again.
    await frame.locator('details.chart-data > summary').first().click();
    await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height < h, h1);
    const h2 = await settle();
    assert.ok(Math.abs(h2 - h0) <= 2, `closed data table: back to ${h2}, not ${h0}`);
    // Grows a lot: the same widget with its controls.
    await page.$eval('iframe', (f, s) => { f.src = s + '&controls=1'; }, src);
    await frame.locator('#orbit-altitude_km').waitFor();
    await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 200, h2);
    const h3 = await settle();
    // Shrinks back when the controls go away.
    await page.$eval('iframe', (f, s) => { f.src = s; }, src);
    await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height < h - 200, h3);
    const h4 = await settle();
    assert.ok(Math.abs(h4 - h0) <= 2, `without controls again: ${h4}, first ${h0}`);
    // No scroll bar inside the frame: the content fits the height it reported.
    const inner = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    assert.ok(inner <= 1, `the widget scrolls inside its iframe by ${inner}px`);

    assertClean(app.srv, p, [host.origin + '/article.html']);
  } finally {
    await p.context.close();
    host.server.close();
  }
});

test('a garbage query shows the notice, the defaults and no console error', async () => {
  const d = await app.open();
  const defaults = await texts(d.page, KEY);
  await d.context.close();

  const p = await app.open('?v=999&alt=banana&x=<script>');
  const { page } = p;
  await page.waitForSelector('#url-notice');
  assert.ok(await page.isVisible('#url-notice'));
  const notice = await page.textContent('#url-notice');
  assert.match(notice, /adjusted/);
  assert.equal(await page.$$eval('#url-notice script, script:not([type])', (s) => s.filter((x) => x.closest('#url-notice')).length), 0);
  assert.deepEqual(await texts(page, KEY), defaults, 'the garbage changed the numbers');
  assert.equal(await page.inputValue('#orbit-altitude_km-num'), '650');
  // The address bar is rewritten to the (default) scenario; the garbage is gone.
  assert.equal((await settledUrl(page)), app.srv.url + '?v=1');
  await page.click('#dismiss-notice');
  await page.waitForSelector('#url-notice', { state: 'detached' });
  await app.closeClean(p);
});

test('downloaded CSV and JSON parse and match the native CLI for the same scenario', async () => {
  const p = await app.open('', { acceptDownloads: true });
  const { page } = p;
  await makeScenario(page);

  const grab = async (button) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    assert.match(dl.suggestedFilename(), /^orbital-footprint-[\d.]+\.(csv|json)$/);
    assert.ok(dl.suggestedFilename().endsWith('.' + button.split('-')[1]), dl.suggestedFilename());
    return fs.readFileSync(await dl.path(), 'utf8');
  };
  const json = JSON.parse(await grab('#download-json'));
  const csv = parseCsv(await grab('#download-csv'));

  // The CLI, told the same scenario independently with --set.
  const cli = cliJson([
    'eval', '--format', 'json',
    '--set', 'orbit.altitude_km=820',
    '--set', 'launch.vehicle=starship',
    '--set', 'workload.accelerators=5000',
    '--set', 'earth.alternative=us',
    '--set', `workload.mode=${json.inputs['workload.mode']}`,
    '--set', 'orbit.albedo_fraction=0.33',
  ]);
  assert.notEqual(json.inputs['workload.mode'], 'training', 'the mode select did not change');
  assert.equal(json.version, cli.version);
  assert.deepEqual(Object.keys(json), Object.keys(cli).filter((k) => k in json), 'JSON key order differs from the CLI');
  for (const k of ['version', 'inputs', 'outputs', 'warnings', 'permalink', 'sources']) assert.ok(k in json, `JSON lacks "${k}"`);
  assert.deepEqual(json.inputs, cli.inputs, 'inputs differ from the CLI');
  assert.deepEqual(Object.keys(json.outputs), Object.keys(cli.outputs), 'output keys differ from the CLI');
  // Exact equality: the issue promises identical numbers (one model, one writer). Every
  // mismatch is listed with its relative difference, so a last-bit wasm/native float
  // difference reads as such.
  const mismatches = [];
  for (const [k, o] of Object.entries(cli.outputs)) {
    const got = json.outputs[k];
    if (got.unit !== o.unit) mismatches.push(`${k}: unit ${got.unit} vs ${o.unit}`);
    if (got.value !== o.value) {
      const rel = got.value === null || o.value === null ? 'null' : (Math.abs(got.value - o.value) / Math.max(Math.abs(o.value), 1e-300)).toExponential(1);
      mismatches.push(`${k}: page ${got.value}, CLI ${o.value} (rel ${rel})`);
    }
  }
  assert.deepEqual(mismatches, [], `${mismatches.length} of ${Object.keys(cli.outputs).length} outputs differ from the CLI`);
  assert.deepEqual(json.warnings, cli.warnings);
  assert.deepEqual(json.sources, cli.sources);
  assert.equal(json.permalink, (await settledUrl(page)), 'JSON permalink is not the page address');

  // The verdict sentence: the page's English headline, in the JSON, the CSV and the CLI.
  const headline = (await page.textContent('#verdict')).trim();
  assert.equal(json.verdict, headline, 'the export\'s verdict sentence is not the page\'s headline');
  assert.equal(cli.verdict, headline);
  assert.deepEqual(json.cumulative_kgco2e_by_year, cli.cumulative_kgco2e_by_year);

  // CSV: header, meta, every input and output with the CLI's value and unit (an output
  // with no number: empty, with the CLI's note), the cumulative series.
  assert.deepEqual(csv[0], ['section', 'key', 'value', 'unit', 'source', 'note']);
  assert.ok(csv.every((r) => r.length === 6), 'ragged CSV row');
  const rows = (section) => csv.filter((r) => r[0] === section);
  assert.deepEqual(rows('meta').map((r) => [r[1], r[2]]), [['version', cli.version], ['permalink', (await settledUrl(page))], ['verdict', headline]]);
  const outRows = rows('output');
  assert.deepEqual(outRows.map((r) => r[1]), Object.keys(cli.outputs));
  for (const [, key, value, unit, , note] of outRows) {
    const want = cli.outputs[key];
    assert.equal(value === '' ? null : Number(value), want.value, `CSV output ${key}`);
    assert.equal(unit, want.unit, `CSV unit of ${key}`);
    assert.equal(note, want.note ?? '', `CSV note of ${key}`);
  }
  const cum = rows('cumulative');
  assert.deepEqual(cum[0].slice(1, 4), ['year', 'orbit_kgco2e', 'earth_kgco2e']);
  assert.deepEqual(cum.slice(1).map((r) => [Number(r[1]), Number(r[2]), Number(r[3])]),
    cli.cumulative_kgco2e_by_year.orbit.map((o, k) => [k, o, cli.cumulative_kgco2e_by_year.earth[k]]));
  const inRows = rows('input');
  assert.deepEqual(inRows.map((r) => r[1]), Object.keys(cli.inputs));
  for (const [, key, value] of inRows) {
    const want = cli.inputs[key];
    assert.equal(typeof want === 'number' ? Number(value) : value, want, `CSV input ${key}`);
  }
  assert.equal(rows('source').length, cli.sources.length);
  await app.closeClean(p);
});

test('the embed offers the whole scenario\'s CSV: the share panel\'s bytes, in both languages', async () => {
  const grab = async (page, button) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    assert.match(dl.suggestedFilename(), /^orbital-footprint-[\d.]+\.csv$/);
    return fs.readFileSync(await dl.path(), 'utf8');
  };
  for (const [lang, label] of [['', /whole scenario \(CSV\)/], ['&lang=zh-CN', /完整情景/]]) {
    const q = `?v=1&alt=820&lveh=starship&acc=5000${lang}`;
    const p = await app.open(q, { acceptDownloads: true });
    const full = await grab(p.page, '#download-csv');
    await app.closeClean(p);
    // The exports stay English whatever the page's language.
    assert.match(full, /\r\nmeta,verdict,Over \d+ years this orbital data centre /);
    for (const extra of ['&embed=1', '&embed=1&chart=mass']) {
      const e = await app.open(q + extra, { acceptDownloads: true, viewport: { width: 360, height: 900 } });
      assert.match(await e.page.textContent('#embed-download-csv'), label);
      // Beside the chart's own "Get the data (CSV)".
      assert.ok(await e.page.isVisible('.chart-tools .csv'));
      assert.equal(await grab(e.page, '#embed-download-csv'), full, `${q}${extra}: the embed's CSV differs from the share panel's`);
      if (!lang && extra === '&embed=1') await e.page.screenshot({ path: screenshotPath('embed-csv-360.png'), fullPage: true });
      await app.closeClean(e);
    }
  }
});

test('print: the permalink shows as text, controls do not, and a PDF is produced', async () => {
  const p = await app.open();
  const { page } = p;
  await setNumber(page, 'orbit-altitude_km', 900);
  await page.waitForFunction(() => location.search.includes('alt') || location.search.length > 4);
  assert.ok(!(await page.isVisible('#print-permalink')), 'permalink visible on screen');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('#print-permalink'), 'permalink hidden in print');
  const link = (await page.textContent('#print-permalink')).trim();
  assert.match(link, /[?&]v=1&/);
  assert.equal(link, (await settledUrl(page)));
  assert.ok(!(await page.isVisible('#orbit-altitude_km')), 'controls print');
  assert.ok(await page.isVisible('#verdict'));
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, `PDF of ${pdf.length} bytes`);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  // The charts print: visible in print, redrawn for print on beforeprint (2×, light),
  // beside their data tables with their rows.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.ok(await page.isVisible('#cumulative-chart'), 'the chart is hidden in print');
  // At its print size (chart/draw.rs print_css) × 2.5: 380 × 216 CSS px beside its table,
  // the tornado's 21 bars across the page at 12 px a bar.
  const drawn = async (id) => page.$eval(id, (c) => [c.width, c.height, getComputedStyle(c).aspectRatio]);
  assert.deepEqual(await drawn('#cumulative-chart'), [950, 540, '380 / 216'], 'the chart was not drawn for print');
  const [tw, th] = await drawn('#tornado-chart');
  assert.equal(tw, 1750, 'the tornado prints across the page');
  assert.ok(th > 540, `the tornado prints taller than a chart beside a table (${th})`);
  assert.ok((await page.$$('#cumulative-chart-fig tbody tr')).length > 2, 'the data table prints empty');
  // A redraw while printing (the spec changed: a Monte Carlo finishing, the tornado
  // arriving, here an input) draws for print too, never at the screen size.
  const verdictBefore = await page.textContent('#verdict');
  await page.evaluate(() => {
    const el = document.querySelector('#orbit-altitude_km-num');
    el.value = '1100';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction((v) => document.querySelector('#verdict').textContent !== v, verdictBefore);
  await page.waitForTimeout(400);
  assert.deepEqual(await drawn('#cumulative-chart'), [950, 540, '380 / 216'], 'a redraw while printing was drawn for the screen');
  await page.screenshot({ path: screenshotPath('print-1280.png'), fullPage: true });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  // A summary by default: the verdict and the main charts (cumulative, sources, tornado)
  // with their tables; the appendix (the other charts, results, ladder, assumptions,
  // claims) only when asked for, and then the PDF is longer.
  const pages = (buf) => Math.max(...[...buf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
  for (const id of ['#cumulative-chart-fig', '#sources-chart-fig', '#tornado-chart']) assert.ok(await page.isVisible(id), `${id} is not in the summary`);
  for (const id of ['#assumptions', '#claims', '#mass-chart-fig']) assert.ok(!(await page.isVisible(id)), `${id} prints without the appendix`);
  const summary = pages(pdf);
  assert.ok(summary <= 2, `the summary prints on ${summary} A4 pages, not two`);
  await page.emulateMedia({ media: 'screen' });
  await page.check('#print-appendix');
  await page.emulateMedia({ media: 'print' });
  for (const id of ['#assumptions', '#claims', '#mass-chart-fig']) assert.ok(await page.isVisible(id), `${id} is missing from the appendix`);
  const full = pages(await page.pdf({ format: 'A4' }));
  assert.ok(summary < full, `summary ${summary} pages, with the appendix ${full}`);
  console.log(`# print: summary ${summary} A4 pages, with the appendix ${full}`);
  await page.uncheck('#print-appendix').catch(() => {});
  await page.emulateMedia({ media: 'screen' });
  await app.closeClean(p);
});

test('the embed dialog writes a live and a pinned snippet; the pinned path loads the widget', async () => {
  const p = await app.open();
  const { page } = p;
  await setNumber(page, 'workload-accelerators', 2000);
  const verdict = await page.textContent('#verdict');
  await page.click('#open-embed');
  await page.waitForSelector('#embed-code');
  const attrs = async () => {
    const code = await page.inputValue('#embed-code');
    // Read in node: parsing it in the page would have the page's policy report the
    // snippet's style attribute (which is for the host page).
    const parts = code.trim().match(/^<(\w+)\s([^>]*)><\/\1>\s*<script>[\s\S]*<\/script>$/);
    assert.ok(parts, 'the snippet is not an iframe and its listener: ' + code);
    const doc = {
      tag: parts[1].toUpperCase(),
      n: 2,
      attrs: Object.fromEntries([...parts[2].matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v.replaceAll('&amp;', '&')])),
    };
    assert.equal(doc.tag, 'IFRAME');
    assert.equal(doc.n, 2, 'the iframe and its listener');
    return doc.attrs;
  };
  const live = await attrs();
  assert.ok(live.title);
  assert.equal(live.loading, 'lazy');
  assert.equal(live.style, 'width:100%;border:0');
  assert.match(live.height, /^\d+$/);
  assert.equal(live.allow, 'clipboard-write; web-share');
  const liveUrl = new URL(live.src);
  assert.equal(liveUrl.origin + liveUrl.pathname, app.srv.url);
  assert.equal(liveUrl.searchParams.get('embed'), '1');
  assert.equal(liveUrl.searchParams.get('v'), '1');

  const liveCode = await page.inputValue('#embed-code');
  await page.check('#embed-pinned');
  await page.waitForFunction((old) => document.querySelector('#embed-code').value !== old, liveCode);
  const pinned = await attrs();
  const pinnedUrl = new URL(pinned.src);
  const version = (await page.textContent('.site-footer')).match(/version (\d+\.\d+\.\d+)/)[1];
  assert.equal(pinnedUrl.origin + pinnedUrl.pathname, `${app.srv.url}v/${version}/`);
  assert.equal(pinnedUrl.search, liveUrl.search, 'pinned and live snippets show different scenarios');
  await app.closeClean(p);

  // The pinned copy loads under the subfolder, from its own assets, with the same numbers.
  const w = await app.open(pinned.src);
  await w.page.waitForSelector('.embed');
  assert.equal(await w.page.textContent('#verdict'), verdict);
  const assets = w.requests.filter((u) => /\.(js|wasm|css)(\?|$)/.test(u));
  assert.ok(assets.length >= 3, 'no assets requested');
  for (const u of assets) assert.ok(u.startsWith(`${app.srv.url}v/${version}/`), `pinned widget loaded ${u}`);
  await app.closeClean(w);
});

test('a link with campaign and click tags shows no notice, keeps them in the address bar and not in permalinks', async () => {
  const p = await app.open('?v=1&alt=800&utm_source=x&fbclid=y');
  const { page } = p;
  assert.equal(await page.$('#url-notice'), null, 'no notice for utm_source or fbclid');
  // Move a slider so the address bar is rewritten: the tags survive.
  await setNumber(page, 'orbit-altitude_km', 900);
  const url = new URL(await settledUrl(page));
  assert.equal(url.searchParams.get('alt'), '900');
  assert.equal(url.searchParams.get('utm_source'), 'x');
  assert.equal(url.searchParams.get('fbclid'), 'y');
  // The permalink the page offers (shown for print) carries the scenario, not the tags.
  const link = await page.textContent('#print-permalink');
  assert.ok(link.includes('alt=900') && !link.includes('utm_') && !link.includes('fbclid'), link);
  await app.closeClean(p);
});

test('embed.js resizes only the calculator’s own iframes, never another frame on the page', async () => {
  const src = `${app.srv.url}?v=1&embed=1`;
  const ad = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ad</title></head><body>
<script>
  // An ad (another site's frame) pretending to be the widget, in both formats.
  for (const h of [3000, 100000]) {
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    parent.postMessage('pymxPYMxadxPYMxheightxPYMx' + h, '*');
  }
  parent.postMessage('done', '*');
</script></body></html>`;
  const article = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News article</title><link rel="icon" href="data:,">
<script>window.__done = 0; addEventListener('message', (e) => { if (e.data === 'done') window.__done++; });</script>
</head><body style="margin:0">
<iframe id="ad" title="Advertisement" src="/ad.html?childId=ad" height="100" style="border:0"></iframe>
<iframe id="calc" title="Orbital Footprint" src="${src.replace(/&/g, '&amp;')}" style="width:100%;border:0" height="150"></iframe>
<script src="${app.srv.url}embed.js" defer></script>
</body></html>`;
  const host = await servePages({ '/article.html': article, '/ad.html': ad });
  const p = await openPage(app.browser, { viewport: { width: 800, height: 900 } });
  const { page } = p;
  page.setDefaultTimeout(15000);
  try {
    await page.goto(host.origin + '/article.html');
    await page.frameLocator('#calc').locator('#verdict').waitFor();
    await page.waitForFunction(() => document.querySelector('#calc').getBoundingClientRect().height > 150);
    // Reload the ad once embed.js is surely listening, and let its messages arrive.
    await page.evaluate(() => { document.querySelector('#ad').src = '/ad.html?childId=ad&again=1'; });
    await page.waitForFunction(() => window.__done >= 2);
    await page.waitForTimeout(200);
    assert.equal(await page.$eval('#ad', (f) => f.getBoundingClientRect().height), 100, 'the ad frame kept its height');
    assert.ok((await page.$eval('#calc', (f) => f.getBoundingClientRect().height)) < 20000);
  } finally {
    await p.context.close();
    host.server.close();
  }
});

test('a refused copy says nothing was copied and offers the link to select, with no uncaught error', async () => {
  const p = await openPage(app.browser, { viewport: { width: 1280, height: 900 } });
  const { page } = p;
  // As in an iframe without clipboard permission: the browser rejects the write.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await page.goto(app.srv.url);
  await page.waitForSelector('#verdict');
  await page.click('#copy-link');
  await page.waitForSelector('#link-text');
  assert.equal(await page.textContent('#copy-link'), 'Copy link');
  assert.match(await page.inputValue('#link-text'), /\?v=1/);
  await page.waitForTimeout(200);
  await app.closeClean(p);
});

/** The snippet the dialog offers for the default scenario at a column width, once measured. */
async function snippetAt(width) {
  const p = await app.open('', { viewport: { width: 1280, height: 900 } });
  const { page } = p;
  await page.click('#open-embed');
  await page.selectOption('#embed-column', String(width));
  await page.waitForFunction((w) => document.querySelector('#embed-height-note').textContent.includes(`At ${w} px`), width, { timeout: 60000 });
  // The preview (same origin) has finished its ranges; its last height message follows.
  await page.waitForFunction((w) => document.querySelector(`#embed-preview-${w}`).contentDocument?.querySelector('#mc-ranges[data-state=done]'), width, { timeout: 60000 });
  await page.waitForTimeout(500);
  const code = await page.inputValue('#embed-code');
  assert.ok(!code.includes('…'), 'no elided address in the snippet');
  assert.ok((await page.textContent('#embed-js')).includes(app.srv.url + 'embed.js'), 'embed.js named by its absolute address');
  await app.closeClean(p);
  return code;
}

test('the default snippet alone, on another site, shows the whole widget at 360 and 700 px, with and without its script', async () => {
  for (const width of [360, 700]) {
    const code = await snippetAt(width);
    const fixed = Number(code.match(/height="(\d+)"/)[1]);
    for (const withScript of [true, false]) {
      const body = withScript ? code : code.replace(/<script>[\s\S]*<\/script>/, '');
      const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><p>Text.</p><div style="width:${width}px">${body}</div><p>More text.</p></body></html>`;
      const host = await servePages({ '/a.html': article });
      const p = await openPage(app.browser, { viewport: { width: width + 40, height: 900 } });
      const { page } = p;
      page.setDefaultTimeout(30000);
      try {
        await page.goto(host.origin + '/a.html');
        const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await (await page.waitForSelector('iframe')).contentFrame());
        await frame.waitForSelector('#verdict');
        await frame.waitForSelector('#mc-ranges[data-state=done]');
        // Settled: the widget's content fits inside the iframe (nothing clipped). The
        // iframe is on the calculator's origin, so measure from inside it.
        const fits = () => frame.evaluate(() => ({ content: document.documentElement.scrollHeight, box: window.innerHeight }));
        let m = await fits();
        for (let i = 0; i < (withScript ? 30 : 5) && m.content > m.box + 2; i++) {
          await page.waitForTimeout(300);
          m = await fits();
        }
        const { content, box } = m;
        assert.ok(content <= box + 2, `${width} px, script ${withScript}: content ${content} px in a ${box} px iframe (fixed ${fixed})`);
        if (!withScript) assert.equal(Math.round(box), fixed, 'without the script the fixed height holds');
      } finally {
        await p.context.close();
        host.server.close();
      }
    }
  }
});

// Issue 16, journalist-ready and phone-first: links that pass through newsletters and
// social sites keep their tracking tags in the address bar, with no notice, and the
// permalink leaves them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useBrowser, settledUrl, screenshotPath } from './harness.mjs';

const app = useBrowser({ timeout: 10000 });

test('a link with utm_source and fbclid shows no notice and keeps both', async () => {
  const p = await app.open('?v=1&alt=800&utm_source=x&fbclid=y');
  const { page } = p;
  await page.waitForSelector('#verdict');
  assert.equal(await page.inputValue('#orbit-altitude_km-num'), '800');
  assert.equal(await page.$('#url-notice'), null, 'a tracking tag raised the notice');
  // The address bar is rewritten after an edit and still carries both tags.
  await page.fill('#orbit-altitude_km-num', '820');
  await page.press('#orbit-altitude_km-num', 'Enter');
  await page.waitForFunction(() => location.search.includes('alt=820'));
  const url = new URL(await settledUrl(page));
  assert.equal(url.searchParams.get('utm_source'), 'x');
  assert.equal(url.searchParams.get('fbclid'), 'y');
  // Another unknown key still gets its notice.
  const q = await app.open('?v=1&utm_medium=email&bogus=1');
  await q.page.waitForSelector('#url-notice');
  assert.match(await q.page.textContent('#url-notice'), /bogus/);
  assert.doesNotMatch(await q.page.textContent('#url-notice'), /utm/);
  await q.context.close();
  await app.closeClean(p);
});

test('a typed value outside its range is clamped and says so beside the field; the picker reads "Custom (from …)" after an edit', async () => {
  const p = await app.open();
  const { page } = p;
  // At the top already: the model's value does not change, the field still must not show 99999.
  await page.fill('#orbit-altitude_km-num', '2000');
  await page.press('#orbit-altitude_km-num', 'Enter');
  await page.fill('#orbit-altitude_km-num', '99999');
  await page.press('#orbit-altitude_km-num', 'Enter');
  assert.equal(await page.inputValue('#orbit-altitude_km-num'), '2000');
  const note = await page.textContent('#orbit-altitude_km-note');
  assert.match(note, /99,?999 km is outside 200.2,000 km; using 2,000 km/);
  assert.equal(await page.getAttribute('#orbit-altitude_km-num', 'aria-describedby'), 'orbit-altitude_km-note');
  // The next edit clears it.
  await page.focus('#orbit-altitude_km');
  await page.keyboard.press('Home');
  assert.equal((await page.textContent('#orbit-altitude_km-note')).trim(), '');
  // A seed that cannot be one keeps the seed in use.
  const seed = await page.inputValue('#mc-seed');
  await page.fill('#mc-seed', '-3.5');
  await page.press('#mc-seed', 'Enter');
  assert.equal(await page.inputValue('#mc-seed'), seed);

  const name = await page.$eval('#preset option[value="starcloud40"]', (o) => o.textContent.trim());
  await page.selectOption('#preset', 'starcloud40');
  assert.equal(await page.inputValue('#preset'), 'starcloud40');
  await page.focus('#orbit-altitude_km');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#preset').value === '');
  assert.equal((await page.$eval('#preset', (s) => s.selectedOptions[0].textContent)).trim(), `Custom (from ${name})`);
  // A preset after a hand-picked choice moves every select to the preset's value.
  await page.selectOption('#emissions-metric', 'gwp100');
  await page.selectOption('#emissions-metric', 'gwp20');
  await page.selectOption('#preset', 'starcloud40');
  const model = await page.$eval('#emissions-metric option[selected]', (o) => o.value);
  assert.equal(await page.inputValue('#emissions-metric'), model);
  await app.closeClean(p);
});

test('what just changed: one line under the headline (a drag counts once), and a compact bar once the verdict scrolls away', async () => {
  const p = await app.open();
  const { page } = p;
  assert.equal((await page.textContent('#last-change')).trim(), '', 'a change before any edit');
  const start = await page.getAttribute('#orbit-altitude_km', 'aria-valuetext');
  const ratio0 = await page.evaluate(() => document.querySelector('#verdict').textContent);
  await page.focus('#orbit-altitude_km');
  for (let k = 0; k < 5; k++) await page.keyboard.press('PageUp');
  const now = await page.getAttribute('#orbit-altitude_km', 'aria-valuetext');
  const line = (await page.textContent('#last-change')).trim();
  assert.ok(line.startsWith(`Altitude ${start} → ${now}:`), `"${line}" does not start from ${start} (five steps count as one change)`);
  assert.match(line, /orbit's CO2e went from [\d.]+× to [\d.]+× Earth's\.$/);
  assert.notEqual(ratio0, await page.textContent('#verdict'));
  // A preset moves many inputs: said as such.
  await page.selectOption('#preset', 'starcloud40');
  assert.match(await page.textContent('#last-change'), /^Several inputs changed/);
  // The bar: hidden while the verdict is on screen, shown once it is not.
  assert.equal(await page.isVisible('#verdict-bar'), false);
  await page.evaluate(() => document.querySelector('.site-footer').scrollIntoView());
  await page.waitForSelector('#verdict-bar.shown', { state: 'visible' });
  assert.match(await page.textContent('#verdict-bar'), /^Orbit: [\d.]+× the CO2e of .+Several inputs changed/);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: screenshotPath('verdict-bar-360.png') });
  // On a phone the assumptions are stacked cards: nothing scrolls sideways.
  const wide = await page.evaluate(() => {
    // Lay out what content-visibility skips off screen (a constructed sheet: the policy allows it).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const d of document.querySelectorAll('#assumptions details')) d.open = true;
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll('#assumptions tr')].filter((r) => r.getBoundingClientRect().right > w + 1).length;
  });
  assert.equal(wide, 0, 'assumption rows wider than the 360 px screen');
  await app.closeClean(p);
});

/**
 * An exported image drawn as an <img> would draw it (a data: URL; the policy allows data:
 * images, and fetching one would be a connection): its size, its top-left corner's RGBA,
 * and how many dark pixels lie in the band `y`..`y + h` of the first 900 px.
 */
async function imagePixels(page, dataUrl, y, h) {
  return page.evaluate(async ([src, y, h]) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const corner = [...ctx.getImageData(2, 2, 1, 1).data];
    const band = ctx.getImageData(0, y, 900, h).data;
    let dark = 0;
    for (let k = 0; k < band.length; k += 4) if (band[k] < 100 && band[k + 1] < 100 && band[k + 2] < 100) dark++;
    return { w: img.width, h: img.height, corner, dark };
  }, [dataUrl, y, h]);
}

test('a chart exports as a publishable SVG: one document, white, its caption as text, the plot inside, drawable as an image', async () => {
  const p = await app.open('?v=1&theme=dark', { acceptDownloads: true, colorScheme: 'dark' });
  const { page } = p;
  await page.waitForSelector('#mc-ranges[data-state=done]');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#cumulative-chart-fig .svg')]);
  assert.equal(dl.suggestedFilename(), 'cumulative-chart.svg');
  const svg = fs.readFileSync(await dl.path(), 'utf8');
  const title = await page.textContent('#cumulative-chart-title');
  const verdict = await page.textContent('#verdict');
  const legend = await page.$$eval('#cumulative-chart-fig .legend li', (ls) => ls.map((l) => l.textContent));
  const note = await page.textContent('#cumulative-chart-fig .source');
  const read = await page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    return { err: err?.textContent ?? null, texts, root: doc.documentElement.nodeName };
  }, svg);
  assert.equal(read.err, null, 'the SVG does not parse');
  assert.equal(read.root, 'svg');
  // Drawn as an image (as an editor's tool or an <img> would): white corner, dark text.
  const pixels = await imagePixels(page, 'data:image/svg+xml;base64,' + Buffer.from(svg).toString('base64'), 16, 30);
  assert.equal(pixels.w, 900);
  assert.deepEqual(pixels.corner, [255, 255, 255, 255], 'the SVG is not white');
  assert.ok(pixels.dark > 150, 'no title text drawn');
  const all = read.texts.join('\n');
  // The caption's lines wrap, so compare without the breaks.
  const flat = read.texts.join(' ').replace(/\s+/g, ' ');
  assert.ok(flat.includes(title.trim()), `title "${title}" missing`);
  assert.ok(flat.includes(verdict.trim().replace(/\s+/g, ' ')), 'verdict line missing');
  for (const k of legend) assert.ok(read.texts.includes(k), `legend entry "${k}" missing`);
  assert.ok(flat.includes(note.trim().slice(0, 40)), 'source line missing');
  assert.match(all, /Orbital Footprint \d+\.\d+\.\d+/, 'no version');
  // A link has no spaces, so it wraps anywhere: its lines joined as they are.
  const link = (await page.textContent('#print-permalink')).trim();
  assert.ok(read.texts.join('').includes(link), `no scenario link ${link}`);
  // The plot's own axis labels are text too.
  assert.ok(read.texts.includes('Years from launch'), 'x axis title missing');
  fs.writeFileSync(screenshotPath('export-cumulative.svg'), svg);
  await app.closeClean(p);
});

test('a chart exports as a publishable PNG (white, title, verdict, legend, source, link, version) and its own data as CSV', async () => {
  const p = await app.open('?v=1&theme=dark', { acceptDownloads: true, colorScheme: 'dark' });
  const { page } = p;
  const grab = async (selector) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return { name: dl.suggestedFilename(), bytes: fs.readFileSync(await dl.path()) };
  };
  const png = await grab('#cumulative-chart-fig .png');
  assert.equal(png.name, 'cumulative-chart.png');
  assert.equal(png.bytes.readUInt32BE(16), 1800, 'not 900 CSS px at 2×');
  const height = png.bytes.readUInt32BE(20);
  const canvasHeight = await page.$eval('#cumulative-chart', (c) => c.clientHeight);
  assert.ok(height > 2 * canvasHeight + 2 * 120, `PNG ${height} px tall: no room for the caption around a ${canvasHeight} px plot`);
  // White in a dark page, and text (dark pixels) in the title band.
  const pixels = await imagePixels(page, 'data:image/png;base64,' + png.bytes.toString('base64'), 20, 40);
  assert.deepEqual(pixels.corner, [255, 255, 255, 255], 'the export is not white');
  assert.ok(pixels.dark > 200, 'no title text drawn');
  await page.screenshot({ path: screenshotPath('export-dark-page.png') });
  fs.writeFileSync(screenshotPath('export-cumulative.png'), png.bytes);

  const csv = await grab('#sources-chart-fig .csv');
  assert.equal(csv.name, 'sources-chart.csv');
  const text = csv.bytes.toString('utf8');
  const lines = text.trim().split('\r\n');
  const headers = await page.$$eval('#sources-chart-fig thead th', (ths) => ths.map((h) => h.textContent));
  assert.equal(lines[0], headers.join(','), 'the CSV header is not the data table’s');
  assert.ok(lines.length > 3, 'no rows');
  await app.closeClean(p);
});

test('the tornado can be embedded: chart=tornado shows it, and the embed dialog offers it', async () => {
  const p = await app.open('?v=1&embed=1&chart=tornado');
  const { page } = p;
  await page.waitForSelector('#tornado-chart', { timeout: 30000 });
  assert.equal(await page.$('#cumulative-chart'), null, 'another chart in a tornado embed');
  assert.equal(await page.$('#url-notice'), null, 'chart=tornado raised a notice');
  await page.waitForFunction(() => /hinges on|No uncertain input/.test(document.querySelector('#top-driver')?.textContent || ''), null, { timeout: 30000 });
  await app.closeClean(p);
  const q = await app.open();
  await q.page.click('#open-embed');
  const offered = await q.page.$$eval('#embed-chart option', (os) => os.map((o) => o.value));
  assert.ok(offered.includes('tornado'), `the dialog offers ${offered}`);
  await app.closeClean(q);
});

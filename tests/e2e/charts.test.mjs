// Charts (issue 16, item 9): every chart's legend, the tornado's two ends in two colours
// on its canvas and in its legend, the value readout under a hovered or tapped chart,
// the pinned baseline named in the legend and dashed on the canvas, x tick labels that
// never overlap at 360 px (their extents published as the canvas's data-ticks), and axe
// clean with all of it on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, openControls } from './harness.mjs';

const AXE = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/axe-core/axe.min.js'),
  'utf8',
);

const app = useBrowser({ timeout: 60000 });

const CHARTS = ['cumulative-chart', 'sources-chart', 'mass-chart', 'flow-chart', 'eclipse-chart', 'tornado-chart'];

/** Waits for the Monte Carlo and the tornado (the last chart to get its data). */
async function settled(page) {
  await page.waitForSelector('#mc-ranges[data-state=done]', { timeout: 60000 });
  // The tornado's table has its five columns once the sensitivity is computed.
  await page.waitForFunction(() => document.querySelectorAll('#tornado-chart-fig thead th').length >= 5);
}

/** Every chart's legend: [{ name, swatch classes, swatch colour }]. */
function legends(page) {
  return page.evaluate((ids) => {
    const out = {};
    for (const id of ids) {
      const fig = document.getElementById(`${id}-fig`);
      out[id] = fig
        ? [...fig.querySelectorAll('.legend li')].map((li) => {
            const sw = li.querySelector('.sw');
            const st = getComputedStyle(sw);
            return {
              name: li.textContent.trim(),
              cls: sw.className,
              colour: sw.classList.contains('sw-box') ? st.backgroundColor : st.borderTopColor,
            };
          })
        : null;
    }
    return out;
  }, CHARTS);
}

/** Moves the mouse to a fraction of the canvas's box and returns the readout's text. An
 * off-screen chart draws (and learns its layout) only once it is on screen and input
 * pauses, so the first move can land before that: move again, a pixel apart, as a hand
 * would, until the readout answers. */
async function hover(page, id, fx, fy) {
  const c = page.locator(`#${id}`);
  await c.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const sel = `#${id}-fig .chart-readout`;
  for (let i = 0; i < 40; i++) {
    const box = await c.boundingBox();
    await page.mouse.move(box.x + box.width * fx + (i % 2), box.y + box.height * fy);
    const shown = await page
      .waitForFunction((s) => document.querySelector(s).textContent.trim() !== '', sel, { timeout: 500 })
      .then(() => true, () => false);
    if (shown) return (await page.textContent(sel)).trim();
  }
  throw new Error(`${id}: no readout after 40 moves`);
}

test('every chart has a legend; the tornado names and draws its two ends in two colours', async () => {
  const p = await app.open('', { viewport: { width: 1280, height: 900 } });
  const { page } = p;
  await settled(page);
  const all = await legends(page);
  for (const id of CHARTS) {
    assert.ok(all[id], `${id}: no figure`);
    assert.ok(all[id].length >= 1, `${id}: an empty legend`);
    for (const k of all[id]) assert.ok(k.name.length > 0, `${id}: an entry without a name`);
  }
  assert.deepEqual(
    all['cumulative-chart'].slice(0, 2).map((k) => k.cls.includes('sw-line')),
    [true, true],
    'the cumulative chart lists its two lines first',
  );
  const low = all['tornado-chart'].find((k) => k.cls.includes('ink-low'));
  const high = all['tornado-chart'].find((k) => k.cls.includes('ink-high'));
  assert.ok(low && high, 'the tornado legend has a low-end and a high-end entry');
  assert.match(low.name, /low end/);
  assert.match(high.name, /high end/);
  assert.notEqual(low.colour, high.colour, 'the two ends share a colour');
  // Both colours are on the canvas, not only in the legend.
  const rgb = (c) => c.match(/\d+/g).slice(0, 3).map(Number);
  // (An off-screen chart draws once it comes on screen or input pauses.)
  await page.locator('#tornado-chart').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForFunction(
    ([lo, hi]) => {
      const c = document.getElementById('tornado-chart');
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const has = (want) => {
        for (let i = 0; i < px.length; i += 4) {
          if (px[i] === want[0] && px[i + 1] === want[1] && px[i + 2] === want[2]) return true;
        }
        return false;
      };
      return has(lo) && has(hi);
    },
    [rgb(low.colour), rgb(high.colour)],
    { timeout: 10000 },
  );
  // The table keeps both ends.
  const heads = await page.$$eval('#tornado-chart-fig thead th', (ths) => ths.map((th) => th.textContent.trim()));
  assert.ok(heads.includes('Ratio at low') && heads.includes('Ratio at high'), `tornado table headers ${heads}`);
  await app.closeClean(p);
});

test('the readout follows the pointer: a year and tCO2e on the cumulative chart, a bar on the others', async () => {
  const p = await app.open('', { viewport: { width: 1280, height: 900 } });
  const { page } = p;
  await settled(page);
  const early = await hover(page, 'cumulative-chart', 0.2, 0.5);
  assert.match(early, /^Year: \d+ · Orbit: [\d,.]+ tCO2e · .+: [\d,.]+ tCO2e$/, `readout "${early}"`);
  // Further right is a later year.
  const late = await hover(page, 'cumulative-chart', 0.95, 0.5);
  const year = (s) => Number(s.match(/^Year: (\d+)/)[1]);
  assert.ok(year(late) > year(early), `"${late}" after "${early}"`);
  // A mouse leaving clears it.
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => document.querySelector('#cumulative-chart-fig .chart-readout').textContent === '');
  // Bars: the row under the pointer, with its unit.
  const mass = await hover(page, 'mass-chart', 0.7, 0.2);
  assert.match(mass, /^.+: [\d,.]+ t$/, `mass readout "${mass}"`);
  const flow = await hover(page, 'flow-chart', 0.7, 0.2);
  assert.match(flow, /^.+: [\d,.]+ MW$/, `flow readout "${flow}"`);
  const tornado = await hover(page, 'tornado-chart', 0.7, 0.1);
  assert.match(tornado, /: Ratio at low [\d,.]+×, Ratio at high [\d,.]+×$/, `tornado readout "${tornado}"`);
  await app.closeClean(p);
});

test('a tap on a phone shows the readout and keeps it', async () => {
  const p = await app.open('', { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const { page } = p;
  await settled(page);
  const c = page.locator('#eclipse-chart');
  await c.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // Drawn once on screen: its tick extents are published by the drawing.
  await page.waitForSelector('#eclipse-chart[data-ticks]');
  const box = await c.boundingBox();
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.4);
  await page.waitForFunction(() => document.querySelector('#eclipse-chart-fig .chart-readout').textContent !== '');
  const text = (await page.textContent('#eclipse-chart-fig .chart-readout')).trim();
  assert.match(text, /^Altitude: [\d,]+ km · .+: [\d.]+ %$/, `eclipse readout "${text}"`);
  await app.closeClean(p);
});

test('a pinned baseline is named in the legends and drawn dashed', async () => {
  const p = await app.open('', { viewport: { width: 1280, height: 900 } });
  const { page } = p;
  await settled(page);
  await page.click('#pin-baseline');
  await page.waitForSelector('#clear-baseline');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#cumulative-chart-fig .legend li')].some((li) => li.textContent.includes('Pinned baseline')),
  );
  const all = await legends(page);
  const ghost = all['cumulative-chart'].find((k) => k.name === 'Pinned baseline');
  assert.ok(ghost.cls.includes('sw-dashed'), `the baseline's swatch ${ghost.cls}`);
  for (const id of ['sources-chart', 'mass-chart', 'flow-chart']) {
    assert.ok(all[id].some((k) => k.name === 'Pinned baseline'), `${id}: no baseline entry`);
  }
  // The ghost's readout names it.
  await page.fill('#orbit-altitude_km-num', '1200');
  await page.press('#orbit-altitude_km-num', 'Enter');
  const text = await hover(page, 'cumulative-chart', 0.6, 0.5);
  assert.match(text, /Pinned baseline, Orbit: [\d,.]+ tCO2e/, `readout "${text}"`);
  await app.closeClean(p);
});

for (const lang of ['', '?lang=zh-CN']) {
  test(`no two x tick labels overlap at 360 px${lang ? ' (Chinese)' : ''}`, async () => {
    const p = await app.open(lang, { viewport: { width: 360, height: 800 } });
    const { page } = p;
    await settled(page);
    // Off-screen charts draw once input pauses; bring each on screen and wait for its ticks.
    const bad = [];
    for (const id of CHARTS) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.waitForFunction((s) => JSON.parse(document.querySelector(s).dataset.ticks || '[]').length > 0, `#${id}`);
      const { ticks, width } = await page.$eval(`#${id}`, (c) => ({
        ticks: JSON.parse(c.dataset.ticks),
        width: c.clientWidth,
      }));
      assert.ok(width <= 360, `${id} is ${width} px wide`);
      assert.ok(ticks.length >= 2, `${id}: ${ticks.length} tick labels`);
      for (let i = 1; i < ticks.length; i++) {
        if (ticks[i][0] < ticks[i - 1][1]) bad.push(`${id}: ${JSON.stringify(ticks[i - 1])} overlaps ${JSON.stringify(ticks[i])}`);
      }
      for (const [l, r] of ticks) {
        if (l < 0 || r > width) bad.push(`${id}: [${l},${r}] outside its ${width} px canvas`);
      }
    }
    assert.deepEqual(bad, []);
    await app.closeClean(p);
  });
}

for (const [width, scheme] of [
  [360, 'dark'],
  [1280, 'light'],
]) {
  test(`axe finds nothing with legends, a readout and a baseline: ${width} px, ${scheme}`, async () => {
    const p = await app.open('', { viewport: { width, height: 900 }, colorScheme: scheme });
    const { page } = p;
    await settled(page);
    await openControls(page);
    await page.click('#pin-baseline');
    await page.waitForSelector('#clear-baseline');
    await hover(page, 'cumulative-chart', 0.5, 0.5);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    });
    assert.deepEqual(violations, []);
    await app.closeClean(p);
  });
}

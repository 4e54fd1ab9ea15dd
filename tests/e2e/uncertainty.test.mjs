// Issue 7, uncertainty in the page: a slider moved during a Monte Carlo run cancels it
// and the bands refresh; the tornado's top driver is an input of the assumptions panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, cliJson } from './harness.mjs';

const app = useBrowser({ timeout: 20000 });

const runs = (page) => page.$eval('#mc-ranges', (e) => Number(e.dataset.runs));
const rangesText = (page) => page.$eval('#mc-ranges', (e) => e.firstChild?.textContent ?? e.textContent);

test('moving a slider during a Monte Carlo run cancels it; the bands refresh once', async (t) => {
  const p = await app.open('?v=1&n=20000');
  const { page } = p;
  await page.waitForSelector('#mc-ranges[data-state=done]');
  assert.equal(await runs(page), 1);
  const r1 = await rangesText(page);
  assert.match(r1, /Across 20,?000 draws/, 'n=20000 from the URL was not used');
  const chart1 = await page.$eval('#cumulative-chart', (c) => c.toDataURL());

  // In the page: log every change of the run counter and progress, and the moment a run
  // started by input A is part-way through, move a second slider (input B) from there.
  await page.evaluate(() => {
    const el = document.querySelector('#mc-ranges');
    const log = (window.__mcLog = []);
    window.__moved = false;
    const snap = (what) => {
      const m = /(\d+)\s*%/.exec(el.querySelector('.progress')?.textContent || '');
      log.push({ what, runs: Number(el.dataset.runs), state: el.dataset.state, pct: m ? Number(m[1]) : null, t: performance.now() });
    };
    new MutationObserver(() => {
      snap('mutation');
      const last = log[log.length - 1];
      if (!window.__moved && last.state === 'running' && last.pct > 0 && last.pct < 60) {
        window.__moved = true;
        const u = document.querySelector('#workload-utilization_fraction');
        u.value = u.min;
        u.dispatchEvent(new Event('input', { bubbles: true }));
        snap('input B');
      }
    }).observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
  });

  // Input A, from the keyboard.
  await page.focus('#orbit-altitude_km');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.__moved, null, { timeout: 20000 });
  await page.waitForSelector('#mc-ranges[data-state=done]');
  // Give a cancelled run every chance to report, if it wrongly kept going.
  await page.waitForTimeout(1500);
  const log = await page.evaluate(() => window.__mcLog);
  const iB = log.findIndex((e) => e.what === 'input B');
  assert.ok(iB > 0, 'input B was never made mid-run');
  const before = log.slice(0, iB);
  const afterB = log.slice(iB + 1);
  assert.ok(before.every((e) => e.runs === 1), 'the run started by input A finished before input B');
  assert.equal(await runs(page), 2, `data-runs after two inputs: ${await runs(page)} (expected one new run)`);
  // After input B the progress started again from the beginning, then completed.
  const pcts = afterB.map((e) => e.pct).filter((x) => x !== null);
  const atB = log[iB - 1].pct;
  t.diagnostic(`input B at ${atB} % of the run started by input A; progress after B: ${pcts.join(', ')}`);
  assert.ok(pcts.some((x) => x < atB), `progress never restarted after input B (was ${atB} %; then ${pcts.join(',')})`);
  assert.equal(afterB[afterB.length - 1].state, 'done');
  assert.equal(afterB.filter((e, n) => e.runs === 2 && (n === 0 || afterB[n - 1].runs === 1)).length, 1);
  // The bands refreshed: new ranges for the new scenario, and a redrawn chart.
  const r2 = await rangesText(page);
  assert.notEqual(r2, r1, 'ranges text unchanged after the run');
  assert.notEqual(await page.$eval('#cumulative-chart', (c) => c.toDataURL()), chart1);
  assert.equal(await page.inputValue('#workload-utilization_fraction'), await page.$eval('#workload-utilization_fraction', (u) => u.min));
  await app.closeClean(p);
});

test("the tornado's top driver names an input of the assumptions panel", async () => {
  const p = await app.open();
  const { page } = p;
  await page.waitForSelector('#mc-ranges[data-state=done]');
  const labels = await page.$$eval('.assumptions th[scope=row] label', (ls) => ls.map((l) => l.textContent.trim()));
  assert.ok(labels.length > 20);

  const check = async (what) => {
    await page.waitForFunction(() => /hinges on/.test(document.querySelector('#top-driver').textContent));
    const sentence = (await page.textContent('#top-driver')).trim();
    const m = /^The verdict hinges on (.+?): /.exec(sentence);
    assert.ok(m, `${what}: sentence "${sentence}"`);
    assert.ok(labels.includes(m[1]), `${what}: "${m[1]}" is not an input label in the assumptions panel`);
    // The top bar of the chart is that input: first row of the tornado's data table
    // (its rows are built when "Show data" is open).
    if (!(await page.$eval('.tornado .chart-data', (d) => d.open))) await page.click('.tornado .chart-data summary');
    await page.waitForSelector('.tornado .chart-data tbody tr');
    const top = await page.$eval('.tornado .chart-data tbody tr td, .tornado .chart-data tbody tr th', (c) => c.textContent.trim());
    assert.equal(top, m[1], `${what}: the chart's top bar is "${top}"`);
    return m[1];
  };
  await check('carbon');
  await page.check('#tornado-cost');
  await check('cost');
  await app.closeClean(p);
});

test('the same seed gives the same Monte Carlo in the browser and the CLI, to the last bit', async () => {
  const p = await app.open();
  const { page } = p;
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.monte_carlo_figures);
  for (const [n, seed] of [[300, 7], [1000, 42]]) {
    const web = await page.evaluate(([n, seed]) => Array.from(window.wasmBindings.monte_carlo_figures(n, seed)), [n, seed]);
    const cli = cliJson(['eval', '--monte-carlo', String(n), '--seed', String(seed)]).monte_carlo;
    const r = cli.figures.carbon_ratio;
    assert.deepEqual(web, [r.p5, r.p50, r.p95, cli.probability_orbit_beats_earth.carbon], `n=${n} seed=${seed}`);
  }
  await app.closeClean(p);
});

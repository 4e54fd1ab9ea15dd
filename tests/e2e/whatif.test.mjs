// What would have to be true (issue 13's page part): the break-even ladder beside the
// verdict, applying a rung, its cancellation by a new input, the conditions line beside
// the probabilities, the 50 % / 90 % bands and the choices in the tornado.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, changedText, cliJson, screenshotPath } from './harness.mjs';

const app = useBrowser({ timeout: 60000 });

/** Waits until the ladder has finished `runs` computations. */
async function ladderDone(page, runs) {
  await page.waitForSelector(`#ladder[data-state=done][data-runs="${runs}"]`, { timeout: 90000 });
}

/** A number as the page writes it ("1,210", "432") → 432. */
const num = (s) => Number(String(s).match(/[0-9][0-9,]*(\.[0-9]+)?/)[0].replace(/,/g, ''));

test('the ladder names the nearest rungs, as the CLI does, and one click ties orbit with Earth', async () => {
  const p = await app.open('', { viewport: { width: 1280, height: 2400 } });
  const { page } = p;
  await ladderDone(page, 1);
  const rungs = await page.$$eval('#ladder-carbon li[data-kind=rung]', (ls) => ls.map((l) => l.textContent));
  assert.ok(rungs.length >= 3, `at least three carbon rungs: ${rungs.length}`);
  assert.match(rungs[0], /^Orbit ties .* on carbon if /);
  // The same first rung as the CLI's ladder for the same scenario (the CLI's input label).
  const cli = cliJson(['eval', '--breakeven']).breakeven;
  const first = cli.carbon.rungs[0];
  assert.ok(rungs[0].includes(first.label), `first rung names ${first.label}: ${rungs[0]}`);
  // Cost: no single input in range reaches parity for the default scenario, and it says so.
  const costNone = await page.textContent('.ladder-ratio:nth-child(2) .ladder-none');
  const costLines = await page.$$eval('#ladder-cost li', (ls) => ls.length);
  assert.ok(costLines > 0 || /No single premise/.test(costNone), 'the cost ladder shows rungs or says none');
  await page.screenshot({ path: screenshotPath('ladder-1280.png'), fullPage: false });

  // Apply the first carbon rung: the verdict moves to parity.
  const before = await page.textContent('#verdict');
  await page.click('#ladder-carbon li[data-kind=rung] button.apply');
  await changedText(page, '#verdict', before);
  const orbit = num(await page.textContent('#orbit-intensity'));
  const earth = num(await page.textContent('#earth-intensity'));
  assert.ok(Math.abs(orbit / earth - 1) < 0.01, `orbit ${orbit} and Earth ${earth} tie after the rung`);
  // The applied scenario is in the link (a slider-edit path), and the ladder reruns for it.
  assert.notEqual(new URL(page.url()).search, '', 'the link carries the applied value');
  await ladderDone(page, 2);
  await app.closeClean(p);
});

test('moving a slider while the ladder is computed cancels it and the page keeps answering', async () => {
  const p = await app.open();
  const { page } = p;
  await page.waitForSelector('#mc-ranges[data-state=done]');
  await page.waitForSelector('#ladder[data-state=running]');
  const before = await page.textContent('#verdict');
  await page.focus('#orbit-altitude_km');
  await page.keyboard.press('PageUp');
  // The verdict follows the input while the ladder would still be working.
  await changedText(page, '#verdict', before);
  // The ladder in flight was dropped: the first finished ladder is the new scenario's.
  await ladderDone(page, 1);
  const applied = await page.$eval('#ladder-carbon', (l) => l.textContent);
  assert.ok(applied.length > 0);
  await app.closeClean(p);
});

test('probabilities name the choices they hold under; the 50 % band first, 90 % on demand', async () => {
  const p = await app.open();
  const { page } = p;
  await page.waitForSelector('#mc-ranges[data-state=done]');
  const cond = await page.textContent('#mc-conditions');
  for (const s of ['Launch vehicle: Falcon 9', 'CO2e accounting: CO2 only', 'Workload: Training']) {
    assert.ok(cond.includes(s), `conditions name ${s}: ${cond}`);
  }
  assert.equal(await page.getAttribute('#mc-ranges', 'data-band'), '50');
  const narrow = await page.textContent('#mc-ranges');
  assert.match(narrow, /25th–75th/);
  await page.check('#mc-wide');
  await page.waitForSelector('#mc-ranges[data-band="90"]');
  const wide = await page.textContent('#mc-ranges');
  assert.match(wide, /5th–95th/);
  assert.notEqual(wide, narrow);
  // The tornado's top bar for each ratio is also named in the assumptions panel.
  await page.waitForFunction(() => document.querySelector('#assume-top-driver')?.textContent.includes('carbon ratio'));
  const top = await page.textContent('#assume-top-driver');
  assert.equal(top.includes(await page.textContent('#top-driver')), true, `the tornado's top driver in the assumptions panel: ${top}`);
  // The tornado's data table lists the held choices' alternatives beside the inputs
  // (the ten farthest from today's ratio): the accounting's, with the option held.
  await page.waitForSelector('#tornado-chart-fig');
  await page.click('#tornado-chart-fig summary');
  // Rows are built on the details' toggle event, which fires a task after the click.
  await page.waitForSelector('#tornado-chart-fig tbody tr');
  const rows = await page.$$eval('#tornado-chart-fig tbody tr', (rs) => rs.map((r) => r.textContent));
  assert.ok(
    rows.some((r) => r.startsWith('CO2e accountingCO2 onlyWith non-CO2 effects')),
    `an accounting row with the held and the other option: ${rows.join(' | ')}`,
  );
  await app.closeClean(p);
});

test('the ladder in Chinese', async () => {
  const p = await app.open('?v=1&lang=zh-CN');
  const { page } = p;
  await ladderDone(page, 1);
  assert.equal(await page.textContent('#ladder-title'), '需要什么条件才成立');
  const first = await page.textContent('#ladder-carbon li button');
  assert.equal(first, '应用');
  assert.match(await page.textContent('#mc-conditions'), /以上概率的前提是/);
  await app.closeClean(p);
});

// The walking skeleton, end to end on the release build served under a subfolder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, screenshotPath, openControls } from './harness.mjs';

const app = useBrowser();

const canvasPixels = (page) => page.$eval('#eclipse-chart', (c) => c.toDataURL());

test('the altitude slider moves by keyboard and by pointer; readout and chart follow', async () => {
  // Tall enough that the eclipse chart is on screen: off-screen charts redraw only once input pauses.
  const { page, errors, requests, context } = await app.open('', { viewport: { width: 1280, height: 5000 } });
  await page.waitForFunction(() => document.querySelector('#eclipse-chart').width > 0);
  const readout0 = await page.textContent('#shadow-readout');
  const chart0 = await canvasPixels(page);

  // Keyboard: Home jumps to 200 km, where a dawn-dusk SSO is eclipsed on more days.
  await page.focus('#orbit-altitude_km');
  await page.keyboard.press('Home');
  assert.equal(await page.inputValue('#orbit-altitude_km'), '200');
  assert.equal(await page.getAttribute('#orbit-altitude_km', 'aria-valuetext'), '200 km');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue('#orbit-altitude_km'), '201');
  const readout1 = await page.textContent('#shadow-readout');
  assert.notEqual(readout1, readout0, 'keyboard did not change the readout');
  const chart1 = await canvasPixels(page);
  assert.notEqual(chart1, chart0, 'keyboard did not redraw the chart');

  // Pointer: click near the right end of the track (~1,900 km: no eclipse at all).
  const box = await page.locator('#orbit-altitude_km').boundingBox();
  await page.mouse.click(box.x + box.width * 0.95, box.y + box.height / 2);
  const alt = Number(await page.inputValue('#orbit-altitude_km'));
  assert.ok(alt > 1700, `pointer set altitude ${alt}`);
  assert.match(await page.textContent('#shadow-readout'), /^0 %/);
  assert.notEqual(await canvasPixels(page), chart1, 'pointer did not redraw the chart');

  await page.screenshot({ path: screenshotPath('skeleton-1280.png'), fullPage: true });

  const { srv } = app;
  const foreign = requests.filter((u) => !u.startsWith(srv.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.ok(requests.every((u) => !u.startsWith(srv.origin + '/') || u.startsWith(srv.url)), 'request outside the subfolder');
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('the page works at phone width', async () => {
  const { page, errors, context } = await app.open('', { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
  // Phone first (issue 16): the verdict, then the first chart, within the first two
  // screens; the controls folded below it, in page order (not a CSS reordering).
  const at = await page.evaluate(() => {
    const top = (s) => document.querySelector(s).getBoundingClientRect().top + scrollY;
    const fold = document.querySelector('#controls-fold');
    const canvas = document.querySelector('#cumulative-chart');
    return {
      verdict: top('#verdict'),
      chartTop: top('#cumulative-chart'),
      chartBottom: top('#cumulative-chart') + canvas.getBoundingClientRect().height,
      controls: top('#controls-fold'),
      folded: !fold.open,
      order: document.querySelector('#cumulative-chart').compareDocumentPosition(fold) & Node.DOCUMENT_POSITION_FOLLOWING,
    };
  });
  assert.ok(at.verdict < 800, `the verdict starts at ${at.verdict} px`);
  assert.ok(at.chartBottom <= 2 * 800, `the first chart ends at ${at.chartBottom} px, beyond two 800 px screens`);
  assert.ok(at.folded, 'the controls start folded on a phone');
  assert.ok(at.order && at.controls > at.chartTop, 'the controls come after the first chart');
  await openControls(page);
  await page.selectOption('#orbit-kind', 'geo');
  await page.waitForFunction(() => document.querySelector('#eclipse-chart-title').textContent.includes('through the year'));
  const longest = await page.textContent('#shadow-readout');
  assert.match(longest, /^\d/);
  // HiDPI: once on screen (off-screen charts draw when input pauses), the canvas
  // backing store is twice its CSS width.
  await page.locator('#eclipse-chart').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const c = document.querySelector('#eclipse-chart');
    return c.width === c.clientWidth * 2;
  });
  await page.screenshot({ path: screenshotPath('skeleton-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

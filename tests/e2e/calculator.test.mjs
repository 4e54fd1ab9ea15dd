// Issue 5, the calculator: presets, keyboard-only primary controls, the comparator in
// the verdict, screenshots in light and dark, baseline deltas, assumptions reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, screenshotPath, changedText, settledUrl, texts } from './harness.mjs';

const app = useBrowser({ timeout: 10000 });

const activeId = (page) => page.evaluate(() => document.activeElement?.id);

test('every preset loads and shows its headline number', async () => {
  const p = await app.open();
  const { page } = p;
  const presets = await page.$$eval('#preset option', (os) => os.map((o) => [o.value, o.textContent]).filter(([v]) => v));
  assert.ok(presets.length >= 12, `only ${presets.length} presets`);
  const seen = new Set();
  for (const [id, name] of presets) {
    await page.selectOption('#preset', id);
    await page.waitForSelector('#preset-headline', { timeout: 5000 });
    const headline = (await page.textContent('#preset-headline')).trim();
    assert.match(headline, /\d/, `preset ${name}: headline "${headline}" has no number`);
    assert.doesNotMatch(headline, /NaN|inf/i, `preset ${name}: headline "${headline}"`);
    const note = await page.textContent('#preset-note');
    assert.match(note, /Published:/, `preset ${name} has no published figure`);
    assert.doesNotMatch(note, /modified since loading/, `preset ${name} reads as modified right after loading`);
    const verdict = await page.textContent('#verdict');
    assert.match(verdict, /^Over \d/, `preset ${name}: verdict "${verdict}"`);
    seen.add((await settledUrl(page)));
  }
  // Presets are different scenarios, so the permalinks differ.
  assert.ok(seen.size >= presets.length - 1, `only ${seen.size} distinct permalinks for ${presets.length} presets`);
  await app.closeClean(p);
});

test('keyboard-only operation of the four primary controls', async () => {
  const p = await app.open();
  const { page } = p;
  const watch = ['#verdict', '#shadow-readout', '#array-power_bol_mw', '#power-workload_powered_bol_pct', '#vehicle-facts', '#launch-launches', '#workload-it_power_mw', '#orbit-intensity'];

  // Orbit altitude: reached by Tab from the orbit type select, then Home/End/arrows/PageUp.
  await page.focus('#orbit-kind');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'orbit-altitude_km', 'Tab from orbit type does not reach the altitude slider');
  let before_ = await texts(page, watch);
  await page.keyboard.press('End');
  assert.equal(await page.inputValue('#orbit-altitude_km'), '2000');
  assert.match(await page.getAttribute('#orbit-altitude_km', 'aria-valuetext'), /^2,?000 km$/);
  await page.keyboard.press('Home');
  assert.equal(await page.inputValue('#orbit-altitude_km'), '200');
  assert.equal(await page.inputValue('#orbit-altitude_km-num'), '200');
  await page.keyboard.press('PageUp');
  const afterPgUp = Number(await page.inputValue('#orbit-altitude_km'));
  assert.ok(afterPgUp > 200, `PageUp left altitude at ${afterPgUp}`);
  await page.keyboard.press('ArrowRight');
  assert.equal(Number(await page.inputValue('#orbit-altitude_km')), afterPgUp + 1);
  let after_ = await texts(page, watch);
  assert.notEqual(after_['#shadow-readout'], before_['#shadow-readout'], 'altitude did not change the shadow readout');

  // Array area (log slider): the eclipse does not matter here; power and coverage do.
  await page.focus('#array-area_m2');
  before_ = await texts(page, watch);
  await page.keyboard.press('Home');
  assert.match(await page.getAttribute('#array-area_m2', 'aria-valuetext'), /m²/);
  after_ = await texts(page, watch);
  assert.notEqual(after_['#array-power_bol_mw'], before_['#array-power_bol_mw'], 'array area did not change the power readout');
  assert.notEqual(after_['#power-workload_powered_bol_pct'], before_['#power-workload_powered_bol_pct']);
  const homeArea = Number(await page.inputValue('#array-area_m2-num'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  assert.ok(Number(await page.inputValue('#array-area_m2-num')) > homeArea, 'ArrowRight/PageUp did not grow the array');

  // Launch vehicle: a focused native select, ArrowDown picks the next vehicle.
  await page.focus('#launch-vehicle');
  before_ = await texts(page, watch);
  const v0 = await page.inputValue('#launch-vehicle');
  await page.keyboard.press('ArrowDown');
  const v1 = await page.inputValue('#launch-vehicle');
  assert.notEqual(v1, v0, 'ArrowDown did not change the vehicle');
  await changedText(page, '#vehicle-facts', before_['#vehicle-facts']);
  after_ = await texts(page, watch);
  assert.ok(
    after_['#verdict'] !== before_['#verdict'] || after_['#orbit-intensity'] !== before_['#orbit-intensity'] || after_['#launch-launches'] !== before_['#launch-launches'],
    'vehicle change moved neither the verdict, the orbit intensity nor the launch count',
  );

  // Accelerator count (log slider).
  await page.focus('#workload-accelerators');
  before_ = await texts(page, watch);
  const n0 = Number(await page.inputValue('#workload-accelerators-num'));
  await page.keyboard.press('PageUp');
  const n1 = Number(await page.inputValue('#workload-accelerators-num'));
  assert.ok(n1 > n0, `PageUp: ${n0} → ${n1}`);
  await page.keyboard.press('ArrowLeft');
  assert.ok(Number(await page.inputValue('#workload-accelerators-num')) < n1, 'ArrowLeft did not shrink the count');
  after_ = await texts(page, watch);
  assert.notEqual(after_['#workload-it_power_mw'], before_['#workload-it_power_mw'], 'accelerator count did not change IT power');
  assert.match(await page.getAttribute('#workload-accelerators', 'aria-valuetext'), /\d/);

  // Everything was done from the keyboard: the URL carries the changes.
  assert.match((await settledUrl(page)), /[?&]v=1&/);
  await app.closeClean(p);
});

test('the verdict names the chosen Earth comparator', async () => {
  const p = await app.open();
  const { page } = p;
  const options = await page.$$eval('#earth-alternative option', (os) => os.map((o) => [o.value, o.textContent.trim()]));
  assert.ok(options.length > 3);
  const first = await page.inputValue('#earth-alternative');
  const seen = new Set([await page.textContent('#verdict')]);
  for (const [value, label] of options.filter(([v]) => v !== first)) {
    const old = await page.textContent('#verdict');
    await page.selectOption('#earth-alternative', value);
    const verdict = await changedText(page, '#verdict', old);
    // The sentence names the comparator as a sentence does ("… in a data centre on
    // France's grid"), never pasting the select's label ("Grid: France") into it.
    assert.ok(!verdict.includes(label), `verdict "${verdict}" pastes the label "${label}"`);
    assert.match(verdict, / the same compute in (a|an) [^;]+;/);
    seen.add(verdict);
    // What it rests on names the same comparator; the key numbers carry the label.
    const rests = await page.textContent('#verdict-rests');
    assert.ok(rests.includes(verdict.match(/ in ((a|an) [^;]+);/)[1]), `rests on "${rests}"`);
    assert.ok((await page.textContent('.key-numbers')).includes(label), `key numbers do not name "${label}"`);
  }
  assert.equal(seen.size, options.length, 'every comparator gives its own headline');
  await app.closeClean(p);
});

for (const scheme of ['light', 'dark']) {
  test(`screenshots at 360, 768 and 1280 px, ${scheme}`, async () => {
    const backgrounds = [];
    const sideways = [];
    for (const width of [360, 768, 1280]) {
      // These pages keep Playwright's default timeout.
      const p = await app.open('', { viewport: { width, height: 900 }, colorScheme: scheme, timeout: 30000 });
      const { page } = p;
      await page.waitForSelector('#mc-ranges[data-state=done]', { timeout: 30000 });
      await page.waitForFunction(() => document.querySelector('#cumulative-chart')?.width > 0);
      // Nothing sideways-scrolls at any width (the charts and tables fit or scroll inside).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) {
        // Name the elements that stick out past the viewport, for the bug report.
        const culprits = await page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const names = new Set();
          for (const el of document.querySelectorAll('body *')) {
            if (el.getBoundingClientRect().right > w + 1 && getComputedStyle(el).position === 'absolute') {
              names.add(`${el.tagName.toLowerCase()}.${el.className} in ${el.closest('[class]:not(.visually-hidden)')?.className}`);
            }
          }
          return [...names].slice(0, 4).join('; ');
        });
        sideways.push(`${width}px: page scrolls sideways by ${overflow}px (${culprits})`);
      }
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.screenshot({ path: screenshotPath(`calc-${width}-${scheme}.png`), fullPage: true });
      await app.closeClean(p);
    }
    assert.deepEqual(sideways, [], `${scheme}: horizontal overflow`);
    // The theme follows prefers-color-scheme: a dark page has a dark background.
    const lum = (c) => {
      const [r, g, b] = c.match(/\d+(\.\d+)?/g).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const bg of backgrounds) {
      if (scheme === 'dark') assert.ok(lum(bg) < 100, `dark background ${bg}`);
      else assert.ok(lum(bg) > 155, `light background ${bg}`);
    }
  });
}

test('pin as baseline, then a change shows deltas in the results until cleared', async () => {
  const p = await app.open();
  const { page } = p;
  const deltas = () => page.$$eval('.results .delta', (ds) => ds.map((d) => d.textContent.trim()).filter(Boolean));
  assert.deepEqual(await deltas(), [], 'deltas before pinning');
  const orbitBefore = (await page.textContent('#orbit-intensity')).trim();
  const paybackBefore = (await page.textContent('#payback')).trim();
  assert.equal((await page.textContent('#orbit-intensity-base')).trim(), '', 'no baseline line before pinning');
  await page.click('#pin-baseline');
  await page.waitForSelector('#clear-baseline');
  assert.deepEqual(await deltas(), [], 'deltas right after pinning');
  // The key numbers name the baseline's value (the same as now, so no change yet).
  assert.equal((await page.textContent('#orbit-intensity-base')).trim(), `Pinned baseline: ${orbitBefore}`);
  assert.equal((await page.textContent('#payback-base')).trim(), `Pinned baseline: ${paybackBefore}`);
  assert.match((await settledUrl(page)), /[?&]base=/, 'the baseline is not in the URL');
  await page.fill('#orbit-altitude_km-num', '1200');
  await page.press('#orbit-altitude_km-num', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.results .delta')].some((d) => d.textContent.trim()));
  const shown = await deltas();
  assert.ok(shown.length > 0);
  // A change under twice the baseline reads in per cent, a larger one as a multiple.
  for (const d of shown) assert.match(d, /^([+−]\d[\d.,]* % vs baseline|\d[\d.,]*× the baseline)$/, `delta "${d}"`);
  assert.ok(shown.some((d) => d.endsWith('× the baseline')) && shown.some((d) => d.endsWith('% vs baseline')), shown.join(' | '));
  // Beside the key numbers: the baseline's value, kept, and the change since it.
  const base = (await page.textContent('#orbit-intensity-base')).trim();
  assert.ok(base.startsWith(`Pinned baseline: ${orbitBefore} · `), `orbit's baseline line: ${base}`);
  assert.match(base, / · \d[\d.,]*× the baseline$/, 'orbit at 1,200 km: a multiple of the baseline');
  assert.match(await page.textContent('#verdict-bar'), /Pinned baseline: /);
  await page.click('#clear-baseline');
  await page.waitForFunction(() => document.querySelector('#orbit-intensity-base').textContent.trim() === '');
  await page.waitForFunction(() => ![...document.querySelectorAll('.results .delta')].some((d) => d.textContent.trim()));
  assert.doesNotMatch((await settledUrl(page)), /[?&]base=/);
  await app.closeClean(p);
});

test('an assumption can be edited and reset in its row', async () => {
  const p = await app.open();
  const { page } = p;
  const input = '#a-orbit-albedo_fraction';
  const row = page.locator('tr', { has: page.locator(input) });
  const reset = row.locator('button.reset');
  const watch = ['#verdict', '#orbit-intensity', '.results'];
  const start = await texts(page, watch);
  const v0 = await page.inputValue(input);
  assert.ok(await reset.isDisabled(), 'reset enabled at the default');
  await page.fill(input, '0.4');
  await page.press(input, 'Tab');
  await page.waitForFunction((s) => !document.querySelector(s).closest('tr').querySelector('button.reset').disabled, input);
  assert.equal(await page.inputValue(input), '0.4');
  const edited = await texts(page, watch);
  assert.notDeepEqual(edited, start, 'editing the albedo changed nothing');
  assert.notEqual((await settledUrl(page)).split('?')[1], 'v=1', 'the edit is not in the URL');
  await reset.click();
  await page.waitForFunction((s) => document.querySelector(s).closest('tr').querySelector('button.reset').disabled, input);
  assert.equal(await page.inputValue(input), v0);
  assert.deepEqual(await texts(page, watch), start);
  assert.match((await settledUrl(page)), /\?v=1$/, 'the URL still carries the reset input');

  // A choice row (in the closed Earth group) resets too, and "Reset everything" restores every input.
  await page.click('#assume-earth > summary');
  await page.selectOption('#a-earth-alternative', 'fr');
  await page.fill('#a-orbit-albedo_fraction', '0.35');
  await page.press('#a-orbit-albedo_fraction', 'Tab');
  await page.locator('tr', { has: page.locator('#a-earth-alternative') }).locator('button.reset').click();
  assert.equal(await page.inputValue('#a-earth-alternative'), 'world');
  assert.equal(await page.inputValue('#earth-alternative'), 'world', 'the primary select did not follow the assumptions panel');
  await page.click('#reset-everything');
  assert.equal(await page.inputValue(input), v0);
  assert.match((await settledUrl(page)), /\?v=1$/);
  await app.closeClean(p);
});

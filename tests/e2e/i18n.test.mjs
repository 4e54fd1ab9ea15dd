// Issue 14, 中文 and English: lang=zh-CN shows the whole page, its charts and the widget
// in Chinese (no Latin-script sentence left beyond an allow-list of names, units and
// acronyms; titles of cited works are marked lang="en"), the switch keeps the scenario,
// the reader's navigator.languages decides without lang= and an explicit lang=en wins,
// CJK glyphs render (no box), no horizontal overflow, axe-core passes; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, screenshotPath, settledUrl } from './harness.mjs';

const AXE = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/axe-core/axe.min.js'),
  'utf8',
);

const app = useBrowser({ timeout: 20000 });

// Latin words a Chinese page may show: proper names without a Chinese form, acronyms and
// unit symbols that Chinese technical writing keeps. Tokens with a digit, an underscore
// or a slash (H100, gCO2e/kWh, starcloud_wp) are identifiers or units and always pass;
// so does text in quotes (titles of cited works, text quoted from a link) and a source id
// in brackets.
const ALLOWED = new Set(`Orbital Footprint NVIDIA SXM TPU CPU GPU PUE IT OLR TDP HBM DGX TFLOPS GHz FLOP
  SMAD III-V ORACLE NOx JAXA Knap Energies Meta Natick Starcloud ASCEND Ohs Barker Ross Sheaffer Ryan
  Meeus Vallado Crane Constellation CNBC SpaceX Suncatcher Project Starlink V2-mini V3 POPS TOPS McCalip
  Microsoft CSV JSON PNG SVG AMP Pym.js WebAssembly JavaScript README GS GaInP GaAs Ge Vinci LLPM ULPM GEM
  XL Centaur V K3 P120C Dirty Bits mini Brown Ban-Weiss Kravitz Maloney Stjern Ember IPCC AR5 GWP GTP
  SemiAnalysis Novaspace GB Llama FlashRecovery Gemini GEMINI Carbone`.split(/\s+/));

/** Latin words left outside lang="en" elements, code and quotes: visible text and the
 *  accessible attributes. */
async function latinLeft(page, root = 'body') {
  return page.evaluate(
    ([sel, allowed]) => {
      const allow = new Set(allowed);
      const bad = new Set();
      const skip = (el) => !el || el.closest('[lang]:not([lang^="zh"]), code, script, style, textarea, noscript');
      const scan = (text, where) => {
        // Quotes, and source ids in brackets ("［suncatcher，二手］"), are citations.
        const t = text.replace(/"[^"]*"|“[^”]*”|\[[^\]]*\]|［[^］]*］/g, ' ');
        for (const tok of t.match(/[A-Za-z][A-Za-z0-9_.\/'’-]*/g) || []) {
          const w = tok.replace(/[.'’-]+$/, '');
          if (/[0-9_/]/.test(w) || w.length < 2 || allow.has(w)) continue;
          bad.add(`${w} (${where}: ${text.trim().slice(0, 80)})`);
        }
      };
      const base = document.querySelector(sel);
      const walk = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (skip(el) || !el.getClientRects().length) continue;
        scan(n.textContent, el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
      }
      for (const el of base.querySelectorAll('[aria-label], [aria-valuetext], [title], [placeholder], [alt]')) {
        if (skip(el)) continue;
        for (const a of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
          if (el.hasAttribute(a)) scan(el.getAttribute(a), `${el.tagName.toLowerCase()}[${a}]`);
        }
      }
      return [...bad];
    },
    [root, [...ALLOWED]],
  );
}

const CJK = /[\u4e00-\u9fff]/;

/** Opens every chart's data table and every assumptions group, so their text is checked. */
async function openAll(page) {
  await page.waitForSelector('#mc-ranges[data-state=done]', { timeout: 60000 });
  await page.waitForFunction(() => !/计算中|Computing/.test(document.querySelector('#tornado-chart-desc')?.textContent ?? ''));
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); }));
  await page.waitForTimeout(300);
}

test('lang=zh-CN: the whole page is Chinese, numbers read with 万, and html lang and the title follow', async () => {
  const p = await app.open('?v=1&lang=zh-CN');
  const { page } = p;
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.title(), /轨道足迹/);
  const verdict = await page.textContent('#verdict');
  assert.match(verdict, /^\d+年内，这座轨道数据中心/, verdict);
  assert.doesNotMatch(verdict, /[A-Za-z]{3,}/, verdict);
  await openAll(page);
  // Every chart's title, description and data table are Chinese.
  const charts = await page.$$eval('figure.chart', (fs) =>
    fs.map((f) => ({ id: f.id, title: f.querySelector('h2').textContent, desc: f.querySelector('.chart-desc').textContent, table: f.querySelector('table').textContent })),
  );
  assert.ok(charts.length >= 6, `only ${charts.length} charts`);
  for (const c of charts) {
    for (const [what, text] of Object.entries(c)) {
      if (what !== 'id') assert.match(text, CJK, `${c.id} ${what}: ${text.slice(0, 120)}`);
    }
  }
  assert.match(await page.textContent('#top-driver'), /^结论取决于/);
  // Large numbers read with 万, never 兆 for 10¹²: the default array is 201,000 m².
  assert.equal(await page.getAttribute('#array-area_m2', 'aria-valuetext'), '20.1万平方米');
  assert.doesNotMatch(await page.textContent('body'), /\d兆(?!瓦)/);
  assert.deepEqual(await latinLeft(page), []);
  // Cited titles stay as published, marked as English.
  assert.ok((await page.$$('.src [lang=en]')).length > 20, 'cited titles are not marked lang="en"');
  await app.closeClean(p);
});

test('the switch changes the language and keeps the scenario; lang=en and zh-CN are written to the link', async () => {
  const p = await app.open('?v=1&lang=zh-CN');
  const { page } = p;
  await page.fill('#orbit-altitude_km-num', '800');
  await page.press('#orbit-altitude_km-num', 'Enter');
  await page.waitForFunction(() => document.querySelector('#orbit-altitude_km').value === '800');
  const zhVerdict = await page.textContent('#verdict');
  await Promise.all([page.waitForEvent('load'), page.selectOption('#lang-switch', 'en')]);
  await page.waitForSelector('#verdict');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('#verdict'), /^Over \d/);
  assert.equal(await page.inputValue('#orbit-altitude_km'), '800');
  const url = new URL(await settledUrl(page));
  assert.equal(url.searchParams.get('lang'), 'en');
  assert.equal(url.searchParams.get('alt'), '800');
  await Promise.all([page.waitForEvent('load'), page.selectOption('#lang-switch', 'zh-CN')]);
  await page.waitForSelector('#verdict');
  assert.equal(await page.textContent('#verdict'), zhVerdict);
  await app.closeClean(p);
});

test("the reader's navigator.languages decides without lang=; an explicit lang=en wins", async () => {
  const zh = await app.open('?v=1', { locale: 'zh-CN' });
  assert.deepEqual(await zh.page.evaluate(() => navigator.languages), ['zh-CN']);
  assert.equal(await zh.page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await zh.page.textContent('#verdict'), /年内/);
  // A link copied there carries no language: its reader's browser decides too.
  assert.equal(new URL(await settledUrl(zh.page)).searchParams.get('lang'), null);
  await app.closeClean(zh);
  const en = await app.open('?v=1&lang=en', { locale: 'zh-CN' });
  assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
  assert.match(await en.page.textContent('#verdict'), /^Over \d/);
  await app.closeClean(en);
  const plain = await app.open('?v=1', { locale: 'en-GB' });
  assert.equal(await plain.page.getAttribute('html', 'lang'), 'en');
  // English readers never fetch the Chinese catalogue.
  assert.ok(!plain.requests.some((u) => u.includes('zh-CN.txt')), 'the English page fetched the Chinese catalogue');
  await app.closeClean(plain);
});

test('an embed with lang=zh-CN is Chinese, and the embed dialog offers the language', async () => {
  const w = await app.open('?v=1&embed=1&controls=1&lang=zh-CN', { viewport: { width: 700, height: 900 } });
  const { page } = w;
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.textContent('#verdict'), /年内/);
  assert.match(await page.textContent('#cumulative-chart-desc'), CJK);
  assert.match(await page.textContent('#open-full'), /打开完整计算器/);
  await page.waitForSelector('#mc-ranges[data-state=done]', { timeout: 60000 });
  assert.deepEqual(await latinLeft(page), []);
  await page.screenshot({ path: screenshotPath('zh-embed.png'), fullPage: true });
  await app.closeClean(w);
  // The Chinese page's embed dialog writes lang=zh-CN by default; English is offered.
  const p = await app.open('?v=1&lang=zh-CN');
  await p.page.click('#open-embed');
  const src = async () => new URL((await p.page.inputValue('#embed-code')).match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&'));
  assert.equal((await src()).searchParams.get('lang'), 'zh-CN');
  assert.match(await p.page.inputValue('#embed-code'), /title="Orbital Footprint 轨道足迹：/);
  await p.page.selectOption('#embed-lang', 'en');
  await p.page.waitForFunction(() => document.querySelector('#embed-code').value.includes('lang=en'));
  await p.page.selectOption('#embed-lang', 'auto');
  await p.page.waitForFunction(() => !document.querySelector('#embed-code').value.includes('lang='.concat('zh')));
  assert.equal((await src()).searchParams.get('lang'), null);
  await app.closeClean(p);
});

for (const [width, scheme] of [[360, 'light'], [360, 'dark'], [1280, 'light'], [1280, 'dark']]) {
  test(`zh-CN at ${width} px, ${scheme}: no horizontal overflow, no axe violation, screenshot`, async () => {
    const p = await app.open('?v=1&lang=zh-CN', { viewport: { width, height: 900 }, colorScheme: scheme });
    const { page } = p;
    await openAll(page);
    const overflow = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getClientRects().length && !e.closest('.table-wrap, .visually-hidden') && e.getBoundingClientRect().right > w + 1)
        .map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
      return { scroll: document.documentElement.scrollWidth, w, wide: wide.slice(0, 5) };
    });
    assert.ok(overflow.scroll <= overflow.w, `page scrolls sideways: ${JSON.stringify(overflow)}`);
    await page.evaluate(AXE); // through DevTools, not an inline <script> the page's policy refuses
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    });
    assert.deepEqual(violations, []);
    // Through the CSSOM (a constructed sheet), which the page's policy allows; a <style> it refuses.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('* { content-visibility: visible !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath(`zh-${width}-${scheme}.png`), fullPage: true });
    await app.closeClean(p);
  });
}

test('every Chinese character on the page renders from a font that has it (no box)', async () => {
  const p = await app.open('?v=1&lang=zh-CN');
  const { page } = p;
  await openAll(page);
  const missing = await page.evaluate(() => {
    const chars = [...new Set([...document.body.innerText].filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(c)))];
    const font = getComputedStyle(document.body).fontFamily;
    const c = document.createElement('canvas');
    c.width = 40;
    c.height = 40;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    const draw = (ch) => {
      ctx.clearRect(0, 0, 40, 40);
      ctx.font = `24px ${font}`;
      ctx.fillText(ch, 4, 30);
      return ctx.getImageData(0, 0, 40, 40).data.join(',');
    };
    // U+10FFFD has no glyph in any font: what a box looks like here.
    const box = draw('\u{10FFFD}');
    return { n: chars.length, missing: chars.filter((ch) => draw(ch) === box) };
  });
  assert.ok(missing.n > 300, `only ${missing.n} distinct CJK characters`);
  assert.deepEqual(missing.missing, [], 'characters drawn as a box (install a CJK font: cargo xtask test does)');
  await app.closeClean(p);
});

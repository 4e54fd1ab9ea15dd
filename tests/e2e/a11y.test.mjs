// Accessibility: axe-core (a registry package, run inside the page) finds no violation
// in the full calculator and in the embed, at phone and desktop width, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './harness.mjs';

const AXE = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/axe-core/axe.min.js'),
  'utf8',
);

const app = useBrowser();

for (const [name, query, width, scheme] of [
  ['calculator, desktop, light', '', 1280, 'light'],
  ['calculator, phone, dark', '', 360, 'dark'],
  ['embed with controls, dark', '?v=1&embed=1&controls=1&theme=dark', 700, 'light'],
]) {
  test(`no axe violations: ${name}`, async () => {
    const p = await app.open(query, { viewport: { width, height: 900 }, colorScheme: scheme });
    const { page } = p;
    await page.waitForSelector('#mc-ranges[data-state=done]', { timeout: 30000 });
    await page.evaluate(AXE); // through DevTools, not an inline <script> the page's policy refuses
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    });
    assert.deepEqual(violations, []);
    await app.closeClean(p);
  });
}

// Issue 16, journalist-ready and phone-first: links that pass through newsletters and
// social sites keep their tracking tags in the address bar, with no notice, and the
// permalink leaves them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settledUrl } from './harness.mjs';

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

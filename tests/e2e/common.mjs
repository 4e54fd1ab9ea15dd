// Helpers shared by the issue specs (calculator, share, uncertainty) and bench.mjs.
// Not a test file: node's runner only picks up *.test.mjs.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Asserts the page logged no console error and requested nothing outside the app's
 * subfolder on the local server. `allowed` lists extra exact URLs (e.g. a test's own
 * parent page on a second server).
 */
export function assertClean(srv, { errors, requests }, allowed = []) {
  const outside = requests.filter(
    (u) => !u.startsWith(srv.url) && !u.startsWith('data:') && !u.startsWith('blob:') && !allowed.includes(u),
  );
  assert.deepEqual(outside, [], 'requests outside ' + srv.url);
  assert.deepEqual(errors, [], 'console errors');
}

/** Waits until `selector`'s text differs from `old`; returns the new text. */
export async function changedText(page, selector, old, timeout = 5000) {
  await page.waitForFunction(
    ([s, o]) => {
      const el = document.querySelector(s);
      return el && el.textContent !== o;
    },
    [selector, old],
    { timeout },
  );
  return page.textContent(selector);
}

/** Texts of several selectors at once, keyed by selector. */
export async function texts(page, selectors) {
  const out = {};
  for (const s of selectors) out[s] = (await page.textContent(s))?.trim();
  return out;
}

/** Latest modification time of any file under `dir` (ms). */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The native CLI, built first when missing or older than the sources (release, no
 * default features): a stale binary would compare the page with an older model.
 */
export function cliPath() {
  const bin = path.join(ROOT, 'target/release/orbital-footprint');
  const sources = Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'Cargo.toml')).mtimeMs, fs.statSync(path.join(ROOT, 'Cargo.lock')).mtimeMs);
  if (!fs.existsSync(bin) || fs.statSync(bin).mtimeMs < sources) {
    execFileSync('cargo', ['build', '--release', '--no-default-features', '--bin', 'orbital-footprint'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  return bin;
}

/** Runs the CLI and parses its stdout as JSON. */
export function cliJson(args) {
  const out = execFileSync(cliPath(), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/**
 * A second tiny static server on 127.0.0.1 (another origin, like a news site) that
 * serves the given pages: `{ '/parent.html': '<html>…' }`.
 */
export async function servePages(pages) {
  const server = http.createServer((req, res) => {
    const p = new URL(req.url, 'http://127.0.0.1').pathname;
    if (Object.hasOwn(pages, p)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[p]);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The page's address once the app has written it: the URL is rewritten with
 *  replaceState 150 ms after input pauses, so wait a little longer. */
export async function settledUrl(page) {
  await page.waitForTimeout(300);
  return page.url();
}

// The one e2e helper module, for the specs (*.test.mjs) and bench.mjs; not a test file
// (node's runner only picks up *.test.mjs). A static server for dist/ under a subfolder,
// a Chromium page (Debian's, through playwright-core) that records console errors and
// every request, so tests can assert "no third-party request" and "no console error",
// page helpers, the native CLI and a second server for a parent page.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SUBDIR = '/sub/dir/';
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dist` at http://127.0.0.1:<port>/sub/dir/ (and nothing else). */
export async function serveDist(dist = process.env.E2E_DIST || path.resolve('dist')) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(SUBDIR)) {
      res.writeHead(404).end('not under ' + SUBDIR);
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(SUBDIR.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dist, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${SUBDIR}` };
}

/** Launches Debian's Chromium headless, never a downloaded browser. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Logs every Content Security Policy violation in any frame as a console error, so
 * assertClean fails on one (the page carries a strict policy, web.rs in xtask).
 */
const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

/**
 * A new page that records console errors (CSP violations among them), page errors and
 * every requested URL. Service workers are blocked unless `options.serviceWorkers` is
 * 'allow' (offline.test.mjs): each test starts from the network, as a first visit does.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  await context.addInitScript(REPORT_CSP);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  return { context, page, errors, requests };
}

/** Waits until the app has mounted and computed its first result. */
export async function ready(page) {
  await page.waitForSelector('#verdict', { timeout: 30000 });
}

/**
 * A recording page (see openPage) at `url` once the app is ready, 1280 × 900 unless
 * `options.viewport` says otherwise. `options.timeout`, when given, becomes the page's
 * default timeout (otherwise Playwright's, 30 s); the other options go to the context.
 */
export async function openApp(browser, url, { timeout, ...options } = {}) {
  const p = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  if (timeout !== undefined) p.page.setDefaultTimeout(timeout);
  await p.page.goto(url);
  await ready(p.page);
  return p;
}

/**
 * The browser fixture of a spec. Registers node:test `before` and `after` hooks that
 * start the static server for dist/ (serveDist) and Chromium (launch), and stop both.
 * The handle's `srv` and `browser` are set once `before` has run; `open(target,
 * options)` is openApp at `target`: a path under the app's folder ('', '?v=1&n=20000',
 * 'v/1.2.3/?v=1') or a full URL. `timeout` is the default timeout of those pages; an
 * `open` call may give its own. `closeClean(p)` ends a page: assertClean, then close.
 */
export function useBrowser({ timeout } = {}) {
  const fixture = {
    srv: undefined,
    browser: undefined,
    open(target = '', options = {}) {
      const url = /^https?:/.test(target) ? target : fixture.srv.url + target;
      return openApp(fixture.browser, url, { timeout, ...options });
    },
    /** Asserts that the page `p` stayed clean (assertClean), then closes its context. */
    async closeClean(p) {
      assertClean(fixture.srv, p);
      await p.context.close();
    },
  };
  before(async () => {
    fixture.srv = await serveDist();
    fixture.browser = await launch();
  });
  after(async () => {
    await fixture.browser?.close();
    fixture.srv?.server.close();
  });
  return fixture;
}

export function screenshotPath(name) {
  const dir = path.resolve(process.env.E2E_OUT || 'target/e2e');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

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

/**
 * The native CLI of this checkout (release, no default features), built first: cargo
 * is asked every time (a no-op when fresh, which still re-links this checkout's binary)
 * and names its artifact, which is copied at once into this checkout's `target/e2e/`,
 * so neither an older model nor a binary another checkout sharing `CARGO_TARGET_DIR`
 * builds later is ever compared with the page.
 */
let cliBin;
export function cliPath() {
  if (cliBin) return cliBin;
  const out = execFileSync(
    'cargo',
    ['build', '--release', '--no-default-features', '--bin', 'orbital-footprint', '--message-format=json-render-diagnostics'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  ).toString();
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const m = JSON.parse(line);
    if (m.reason === 'compiler-artifact' && m.target?.name === 'orbital-footprint' && m.executable) cliBin = m.executable;
  }
  if (!cliBin) throw new Error('cargo build named no orbital-footprint executable');
  const own = path.join(ROOT, 'target/e2e/orbital-footprint-cli');
  fs.mkdirSync(path.dirname(own), { recursive: true });
  fs.copyFileSync(cliBin, own);
  cliBin = own;
  return cliBin;
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

/** On a phone the controls are folded below the first chart (issue 16): unfold them. */
export async function openControls(page) {
  if (!(await page.evaluate(() => document.querySelector('#controls-fold').open))) await page.click('#controls-fold > summary');
}

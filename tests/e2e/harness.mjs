// Shared e2e harness: a static server for dist/ under a subfolder, and a Chromium
// page (Debian's, through playwright-core) that records console errors and every
// request, so tests can assert "no third-party request" and "no console error".
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

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

/** A new page that records console errors, page errors and every requested URL. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
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

export function screenshotPath(name) {
  const dir = path.resolve(process.env.E2E_OUT || 'target/e2e');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

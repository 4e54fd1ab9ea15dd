// Side-by-side benchmark of a Monte Carlo draw against spacedc-mdao's (issue 13's target:
// ours at least 100× cheaper, in the browser and natively), and of the break-even ladder
// against a 10,000-draw run. Figures are printed and written to target/report/spacedc.json;
// nothing is asserted (these machines are shared and noisy: compare ratios from one run).
//
// spacedc-mdao comes from PyPI into a scratch virtual environment under target/ (its
// wheel, and its source distribution for the quick-start scenarios it ships,
// examples/scenarios/orbital_1mw_inference.yaml against earth_hyperscale_baseline.yaml);
// none of it is committed. Ours: the native benchmark (cargo bench, opt-level 3, as the
// CLI) and the release wasm in headless Chromium (run `cargo xtask dist` first).
// Runs are interleaved, ROUNDS times (default 3): theirs, ours native, ours in the browser.
//
//   node benches/spacedc.mjs          (from the repository root, after cargo xtask dist)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openApp } from '../tests/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'target/bench/spacedc');
const VERSION = process.env.SPACEDC_VERSION || '0.4.2';
const ROUNDS = Number(process.env.ROUNDS || 3);
const DRAWS = Number(process.env.DRAWS || 2000);

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
}

function setup() {
  fs.mkdirSync(WORK, { recursive: true });
  const py = path.join(WORK, 'venv/bin/python');
  if (!fs.existsSync(py)) sh('python3', ['-m', 'venv', path.join(WORK, 'venv')]);
  sh(py, ['-m', 'pip', 'install', '-q', `spacedc-mdao==${VERSION}`]);
  const scen = path.join(WORK, `spacedc_mdao-${VERSION}/examples/scenarios`);
  if (!fs.existsSync(scen)) {
    sh(py, ['-m', 'pip', 'download', '-q', '--no-deps', '--no-binary', ':all:', '-d', WORK, `spacedc-mdao==${VERSION}`]);
    sh('tar', ['xzf', path.join(WORK, `spacedc_mdao-${VERSION}.tar.gz`), '-C', WORK]);
  }
  const script = path.join(WORK, 'mc.py');
  fs.writeFileSync(
    script,
    `import sys, time, json
from orbitdc.compare import compare
from orbitdc.core.scenario import load_scenario
from orbitdc.optimize.uncertainty import monte_carlo
d, n = sys.argv[1], int(sys.argv[2])
space = load_scenario(d + "/orbital_1mw_inference.yaml")
earth = load_scenario(d + "/earth_hyperscale_baseline.yaml")
res = compare(space, earth)
monte_carlo(space, res.earth.lcoc_per_pflop_day, n=50, seed=2)
t = time.perf_counter()
mc = monte_carlo(space, res.earth.lcoc_per_pflop_day, n=n, seed=1)
dt = time.perf_counter() - t
print(json.dumps({"draws": n, "seconds": dt, "us_per_draw": dt / n * 1e6}))
`,
  );
  return { py, script, scen };
}

function theirs(s) {
  return JSON.parse(sh(s.py, [s.script, s.scen, String(DRAWS)]).trim().split('\n').pop());
}

function oursNative() {
  const out = sh('cargo', ['bench', '--no-default-features', '--bench', 'evaluate'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_QUICK: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const m = out.match(/Monte Carlo .*?=\s*([\d.]+)\s*µs\/draw/);
  if (!m) throw new Error('no µs/draw in the native benchmark output:\n' + out);
  return { us_per_draw: Number(m[1]) };
}

async function oursBrowser(page) {
  return page.evaluate((n) => {
    const b = window.wasmBindings;
    b.bench_monte_carlo(200);
    const mc = b.bench_monte_carlo(n);
    const mc10k = b.bench_monte_carlo(10000);
    const ladder = b.bench_ladder ? b.bench_ladder() : null;
    return { us_per_draw: (mc / n) * 1000, mc_10000_ms: mc10k, ladder_ms: ladder };
  }, DRAWS);
}

const s = setup();
const srv = await serveDist(process.env.E2E_DIST || path.join(ROOT, 'dist'));
const browser = await launch();
const { page, context } = await openApp(browser, srv.url);
await page.waitForFunction(() => window.wasmBindings);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const t = theirs(s);
  const n = oursNative();
  const b = await oursBrowser(page);
  const row = {
    spacedc_us_per_draw: t.us_per_draw,
    native_us_per_draw: n.us_per_draw,
    browser_us_per_draw: b.us_per_draw,
    native_ratio: t.us_per_draw / n.us_per_draw,
    browser_ratio: t.us_per_draw / b.us_per_draw,
    browser_mc_10000_ms: b.mc_10000_ms,
    browser_ladder_ms: b.ladder_ms,
    ladder_vs_mc_10000: b.ladder_ms == null ? null : b.ladder_ms / b.mc_10000_ms,
  };
  rounds.push(row);
  console.log(
    `round ${r + 1}: spacedc-mdao ${t.us_per_draw.toFixed(0)} µs/draw; ours native ${n.us_per_draw.toFixed(2)} (${row.native_ratio.toFixed(0)}×), browser ${b.us_per_draw.toFixed(2)} (${row.browser_ratio.toFixed(0)}×); ladder ${b.ladder_ms?.toFixed(1)} ms vs 10,000 draws ${b.mc_10000_ms.toFixed(1)} ms`,
  );
}
await context.close();
await browser.close();
srv.server.close();
const out = path.join(ROOT, 'target/report/spacedc.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ spacedc_version: VERSION, draws: DRAWS, rounds }, null, 2));
console.log('wrote ' + out);

#!/usr/bin/env node
// Sift's benchmark: Readability alone vs Sift's whole pipeline in headless Chromium, the real
// content-script path, popup open → first key point, bundle sizes, pathological pages, and the
// budgets they must hold (PASS/FAIL). Corpus format: ../shared/corpus/README.md.
//
//   npm run bench -- <corpusDir> [<corpusDir> …] [--json out.json] [--repeats 5] [--warmup 1]
//        [--popup-pages 10] [--md docs/bench.md | --no-md] [--strict] [--no-build]
//        [--no-popup] [--no-pathological] [--no-content-script] [--only id,id]
//
// Exits 0 even when a budget fails, unless --strict (then 1).
import { readFileSync, writeFileSync, existsSync, mkdirSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { launchWithExtension, routeFromMemory, tabIdOf, extractInTab } from './lib/browser.mjs';
import { median, corpusSummary } from './bench/stats.mjs';
import { withTimeout } from './bench/timeout.mjs';
import { measurePopup } from './bench/popup.mjs';
import { measureReadAllPages } from './bench/multipage.mjs';
import { extensionBundles } from './bench/bundles.mjs';
import { pathologicalPages, runPathological } from './bench/pathological.mjs';
import { bundleForPage } from './lib/bundleForPage.mjs';
import { checkBudgets, markdownReport } from './bench/report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = { release: join(ROOT, '.output/chrome-mv3'), test: join(ROOT, '.output-test/chrome-mv3'), eval: join(ROOT, '.output-eval/chrome-mv3') };
const BUILD = { release: 'npx wxt build', test: 'npm run build:test', eval: 'npm run build:eval' };
const PATHOLOGICAL_ORIGIN = 'https://sift-bench.invalid';
/** Hard stop for one pathological extraction (the budget is 2 s; past this it is reported as a hang). */
const HANG_MS = 20_000;
const PAGE_TIMEOUT_MS = 60_000;

// ---- arguments ------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const VALUE_FLAGS = new Set(['--json', '--repeats', '--warmup', '--popup-pages', '--md', '--only']);
const flags = {};
const corpusDirs = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (VALUE_FLAGS.has(a)) flags[a] = argv[++i];
  else if (a.startsWith('--')) flags[a] = true;
  else corpusDirs.push(a);
}
if (!corpusDirs.length || flags['--help']) {
  console.error(
    'usage: npm run bench -- <corpusDir> [<corpusDir> …] [--json out.json] [--repeats 5] [--warmup 1] [--popup-pages 10]\n' +
      '       [--md docs/bench.md | --no-md] [--strict] [--no-build] [--no-popup] [--no-pathological] [--no-content-script] [--only id,id]',
  );
  process.exit(2);
}
const repeats = Number(flags['--repeats'] ?? 5);
const warmup = Number(flags['--warmup'] ?? 1);
const popupPages = Number(flags['--popup-pages'] ?? 10);
const only = typeof flags['--only'] === 'string' ? flags['--only'].split(',') : null;
const command = `npm run bench -- ${argv.join(' ')}`;

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;
const log = (...a) => console.log(`[${elapsed()}]`, ...a);
// ---- builds ---------------------------------------------------------------------------------
/** Builds one output; a failed build stops the bench with the build's own message. */
function build(kind) {
  try {
    execSync(BUILD[kind], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = /** @type {{ stderr?: Buffer, message?: string }} */ (e);
    throw new Error(`${BUILD[kind]} failed: ${String(err.stderr ?? err.message).slice(0, 2000)}`);
  }
}
const needed = ['eval', 'release', ...(flags['--no-popup'] ? [] : ['test'])];
for (const kind of needed) {
  if (flags['--no-build'] && existsSync(join(OUT[kind], 'manifest.json'))) continue;
  log(`building ${kind}: ${BUILD[kind]}`);
  build(kind);
}

// Another build (npm test, a second bench) may rewrite the output folders while this runs: measure private copies.
const SNAP = mkdtempSync(join(os.tmpdir(), 'sift-bench-ext-'));
process.on('exit', () => rmSync(SNAP, { recursive: true, force: true }));
const EXT = {};
for (const kind of needed) {
  EXT[kind] = join(SNAP, kind);
  cpSync(OUT[kind], EXT[kind], { recursive: true });
}

const commit = (() => {
  try {
    const hash = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    const dirty = execSync('git status --porcelain -- utils components entrypoints', { cwd: ROOT }).toString().trim();
    return dirty ? `${hash} + uncommitted changes in utils/components/entrypoints` : hash;
  } catch {
    return 'unknown';
  }
})();

// ---- corpora --------------------------------------------------------------------------------
/** @typedef {{ name: string, pages: { id: string, url: string, html: string }[], results: any[] }} Corpus */
/** @type {Corpus[]} */
const corpora = corpusDirs.map((dir) => {
  const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((t) => !only || only.includes(t.id));
  return {
    name: basename(resolve(dir)),
    pages: truths.map((t) => ({ id: t.id, url: t.url.split('#')[0], html: readFileSync(join(dir, 'pages', `${t.id}.html`), 'utf8') })),
    results: [],
  };
});
const totalPages = corpora.reduce((n, c) => n + c.pages.length, 0);

// ---- bundle sizes ---------------------------------------------------------------------------
const bundles = extensionBundles(EXT.release);
for (const [k, v] of Object.entries(bundles)) {
  log(
    `bundle ${k}: ${(v.raw / 1024).toFixed(1)} KB raw, ${(v.gzip / 1024).toFixed(1)} KB gzip (${v.files.join(', ')})${v.missing.length ? ` MISSING ${v.missing}` : ''}`,
  );
}

// ---- Readability vs pipeline, and the content-script path, in the eval build ---------------
log('bundling scripts/bench/pageBench.ts');
const benchCode = await bundleForPage('scripts/bench/pageBench.ts', 'SiftBench');
const pathological = flags['--no-pathological'] ? [] : pathologicalPages();

const evalBrowser = await launchWithExtension(EXT.eval);
const machine = await machineInfo(evalBrowser);
log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Chromium ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverage.join(' ')}; commit ${commit}`,
);
if (machine.loadAverage[0] > machine.cores)
  log(`WARNING: load average ${machine.loadAverage[0]} on ${machine.cores} cores: other work competes for the CPU, times are inflated`);

// routeFromMemory reads this map on every request. Several corpus pages share one address (all of
// readability-pages are http://fakehost/test/page.html), so each corpus page is put in the map just
// before its tab goes to it (benchPage); the pathological pages have addresses of their own.
const byUrl = new Map();
for (const p of pathological) byUrl.set(`${PATHOLOGICAL_ORIGIN}/${p.id}.html`, p.html);
await routeFromMemory(evalBrowser.context, byUrl);

/** One tab for all corpus pages (a new tab a page costs more than the page on a busy machine). */
/** @typedef {{ page: import('playwright-core').Page, tabId: number | null }} BenchTab */
/** The tab in use (`current`), replaced when one gets stuck. @type {{ current: BenchTab | null }} */
const benchTab = { current: null };
let done = 0;
for (const c of corpora) {
  c.results = [];
  for (const p of c.pages) {
    const r = await withTimeout(benchPage(evalBrowser, p), PAGE_TIMEOUT_MS);
    const stuck = r.timedOut ? benchTab.current : null;
    if (stuck) {
      benchTab.current = null;
      await withTimeout(stuck.page.close({ runBeforeUnload: false }), 5000);
    }
    const row = r.value ?? { id: p.id, error: r.timedOut ? `timed out after ${PAGE_TIMEOUT_MS} ms` : r.error };
    if (row.error) log(`${c.name}/${p.id}: ${row.error}`);
    c.results.push(row);
    if (++done % 10 === 0 || done === totalPages) {
      const all = corpora.flatMap((x) => x.results ?? []);
      const s = corpusSummary(all);
      const wall = (k) => median(all.map((x) => x[k])).toFixed(0);
      log(
        `${done}/${totalPages} pages: Readability median ${s.readability.median.toFixed(1)} ms, Sift median ${s.pipeline.median.toFixed(1)} ms, ratio ${s.ratio.toFixed(2)} (wall a page: load ${wall('loadMs')}, content script ${wall('contentScriptMs')}, bench ${wall('benchWallMs')} ms)`,
      );
    }
  }
}

async function benchPage(browser, p) {
  if (!benchTab.current || benchTab.current.page.isClosed()) benchTab.current = { page: await browser.context.newPage(), tabId: null };
  const tab = benchTab.current;
  const { page } = tab;
  try {
    const row = { id: p.id };
    byUrl.set(p.url, p.html);
    let t = performance.now();
    await page.goto(p.url, { waitUntil: 'load', timeout: 30000 });
    row.loadMs = performance.now() - t;
    if (!flags['--no-content-script']) {
      tab.tabId ??= await tabIdOf(browser.context, page);
      const res = await extractInTab(browser.context, tab.tabId);
      row.contentScriptMs = res?.ms;
      row.extractorMs = res?.article?.extraction?.ms?.total;
    }
    t = performance.now();
    await page.evaluate(benchCode);
    const times = await page.evaluate(([reps, w, url]) => globalThis.SiftBench.run(reps, w, url), [repeats, warmup, p.url]);
    row.benchWallMs = performance.now() - t;
    if (times.error) row.error = times.error;
    row.readabilityMs = median(times.readability);
    row.pipelineMs = median(times.pipeline);
    row.keyPoints = times.keyPoints;
    row.blocks = times.blocks;
    if (times.partial) row.partial = true;
    return row;
  } catch (e) {
    // A stuck or crashed tab is not reused.
    benchTab.current = null;
    await withTimeout(tab.page.close({ runBeforeUnload: false }), 5000);
    throw e;
  }
}

// ---- pathological pages through the content-script path ------------------------------------
if (benchTab.current) await withTimeout(benchTab.current.page.close(), 5000);
const pathologicalResults = await runPathological(evalBrowser, pathological, { origin: PATHOLOGICAL_ORIGIN, hangMs: HANG_MS, log });
await evalBrowser.close();

// ---- toolbar click → popup → first key point, release build, pages on 127.0.0.1 -------------
let popup = null;
if (!flags['--no-popup']) popup = await measurePopup({ release: EXT.release, test: EXT.test, corpora, popupPages, log });

// ---- "Read all pages" → the whole article, test build, three local pages ---------------------
const readAllPages = flags['--no-popup'] ? null : await measureReadAllPages({ test: EXT.test, repeats: 6, log });

// ---- report ---------------------------------------------------------------------------------
const corpusResults = corpora.map((c) => ({
  name: c.name,
  ...corpusSummary(c.results.filter((r) => !r.error)),
  errors: c.results.filter((r) => r.error).length,
}));
const allRows = corpora.flatMap((c) => c.results.map((r) => ({ corpus: c.name, ...r })));
const combined = corpusSummary(allRows.filter((r) => !r.error));
machine.loadAverageEnd = os.loadavg().map((x) => Math.round(x * 10) / 10);
const result = {
  ratio: combined.ratio,
  pipeline: combined.pipeline,
  readability: combined.readability,
  contentScript: combined.contentScript,
  pages: allRows,
  corpora: corpusResults,
  combined,
  bundles: Object.fromEntries(Object.entries(bundles).map(([k, v]) => [k, { raw: v.raw, gzip: v.gzip, files: v.files }])),
  popupToFirstKeyPointMs: popup?.median ?? null,
  popup,
  readAllPagesMs: readAllPages?.median ?? null,
  readAllPages,
  pathological: pathologicalResults,
  repeats,
  warmup,
  machine,
  commit,
  command,
  date: new Date().toISOString(),
};
const checks = checkBudgets(result);
result.budgets = checks;
const md = markdownReport(result, checks, { command, commit, date: result.date.slice(0, 10) });

console.log(`\n${md}`);
for (const c of checks) console.log(`${c.status}  ${c.name}`);
if (flags['--json']) {
  writeFileSync(flags['--json'], `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${flags['--json']}`);
}
if (!flags['--no-md']) {
  const mdPath = resolve(ROOT, typeof flags['--md'] === 'string' ? flags['--md'] : 'docs/bench.md');
  mkdirSync(dirname(mdPath), { recursive: true });
  writeFileSync(mdPath, `# Benchmark\n\nLatest results of \`npm run bench\` (scripts/bench.mjs). Budgets: README "Instant", DESIGN.md.\n\n${md}`);
  log(`wrote ${mdPath}`);
}
log('done');
const failed = checks.some((c) => c.status === 'FAIL');
process.exit(flags['--strict'] && failed ? 1 : 0);

async function machineInfo(browser) {
  const cpus = os.cpus();
  let chromium = browser.context.browser()?.version();
  if (!chromium) {
    const ua = await browser.sw.evaluate(() => navigator.userAgent).catch(() => '');
    chromium = ua.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown';
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

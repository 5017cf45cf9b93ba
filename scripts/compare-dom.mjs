#!/usr/bin/env node
/**
 * Which DOM should the CLI run the extractor in? Runs extractArticle() over the
 * readability-pages corpus with linkedom, happy-dom and jsdom and reports, for each:
 * speed (parse + extract, median and p95 CPU ms a page, after a warm-up), pages that
 * threw, title exact-match rate, and body similarity with the corpus's articleBody
 * (token-level F1: bag of lower-cased `\p{L}\p{N}` runs, CJK characters one token each,
 * averaged over pages).
 *
 *   node scripts/compare-dom.mjs [corpus-dir] [--only linkedom,jsdom] [--json]
 *
 * corpus-dir defaults to ../shared/corpus/readability-pages (pages/<id>.html, truth.jsonl).
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const root = new URL('..', import.meta.url);
const { extractArticle } = await tsImport(new URL('utils/engine/article/extractArticle.ts', root).href, import.meta.url);
const { loadDom, DOM_NAMES } = await tsImport(new URL('cli/dom.ts', root).href, import.meta.url);

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const onlyIdx = argv.indexOf('--only');
const only = onlyIdx >= 0 ? argv[onlyIdx + 1].split(',') : DOM_NAMES;
const dir = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--only') ?? new URL('../shared/corpus/readability-pages', root).pathname);
if (!existsSync(resolve(dir, 'truth.jsonl'))) {
  console.error(`compare-dom: no truth.jsonl in ${dir}`);
  process.exit(2);
}
const truth = readFileSync(resolve(dir, 'truth.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const pages = truth.map((t) => ({ ...t, html: readFileSync(resolve(dir, 'pages', `${t.id}.html`), 'utf8') }));

const TOKEN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;
function tokenCounts(text) {
  const m = new Map();
  for (const t of (text ?? '').toLowerCase().match(TOKEN_RE) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
/** Bag-of-tokens F1; 1 when both are empty, 0 when one is. */
export function tokenF1(truthText, predicted) {
  const a = tokenCounts(truthText),
    b = tokenCounts(predicted);
  let na = 0,
    nb = 0,
    common = 0;
  for (const c of a.values()) na += c;
  for (const c of b.values()) nb += c;
  if (!na && !nb) return 1;
  if (!na || !nb) return 0;
  for (const [k, c] of a) common += Math.min(c, b.get(k) ?? 0);
  if (!common) return 0;
  const p = common / nb,
    r = common / na;
  return (2 * p * r) / (p + r);
}
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const mean = (xs) => xs.reduce((x, y) => x + y, 0) / (xs.length || 1);

/**
 * Times are CPU time of this process (user + system), not wall time: the numbers were taken on a
 * shared, busy machine where wall time measured the neighbours. Wall time is kept for reference.
 */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function runOne(parseHtml, page) {
  const t0 = cpuMs();
  const w0 = performance.now();
  let dom;
  try {
    dom = parseHtml(page.html, page.url);
    const t1 = cpuMs();
    const article = extractArticle(dom.document, page.url);
    const t2 = cpuMs();
    return { ok: true, parseMs: t1 - t0, extractMs: t2 - t1, ms: t2 - t0, wallMs: performance.now() - w0, article };
  } catch (e) {
    return { ok: false, ms: cpuMs() - t0, wallMs: performance.now() - w0, error: String(e instanceof Error ? e.message : e).split('\n')[0] };
  } finally {
    await dom?.close();
  }
}

const results = [];
for (const name of only) {
  const parseHtml = await loadDom(name);
  for (const page of pages.slice(0, 5)) await runOne(parseHtml, page); // warm-up: JIT and lazy module init
  const rows = [];
  for (const [i, page] of pages.entries()) {
    if (process.env.COMPARE_DOM_PROGRESS) process.stderr.write(`${name} ${i + 1}/${pages.length} ${page.id}\n`);
    rows.push({ page, ...(await runOne(parseHtml, page)) });
  }
  const ok = rows.filter((r) => r.ok);
  const errors = rows.filter((r) => !r.ok);
  const f1s = rows.map((r) => (r.ok ? tokenF1(r.page.articleBody, r.article.articleBody) : 0));
  results.push({
    dom: name,
    pages: rows.length,
    errors: errors.length,
    errorSamples: [...new Set(errors.map((e) => e.error))].slice(0, 3),
    medianMs: quantile(
      rows.map((r) => r.ms),
      0.5,
    ),
    p95Ms: quantile(
      rows.map((r) => r.ms),
      0.95,
    ),
    medianWallMs: quantile(
      rows.map((r) => r.wallMs),
      0.5,
    ),
    medianParseMs: ok.length
      ? quantile(
          ok.map((r) => r.parseMs),
          0.5,
        )
      : NaN,
    medianExtractMs: ok.length
      ? quantile(
          ok.map((r) => r.extractMs),
          0.5,
        )
      : NaN,
    titleExact: rows.filter((r) => r.ok && norm(r.article.title) === norm(r.page.title)).length / rows.length,
    bodyF1: mean(f1s),
    bodyF1AtLeast90: f1s.filter((f) => f >= 0.9).length / rows.length,
    notArticle: ok.filter((r) => !r.article.extraction.isArticle).length,
    sources: ok.reduce((n, r) => n + r.article.sources.length, 0),
  });
}

if (asJson) {
  console.log(JSON.stringify({ corpus: dir, node: process.version, results }, null, 2));
} else {
  const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
  console.log(`corpus: ${dir} (${pages.length} pages), Node ${process.version}\n`);
  console.log(
    '| DOM | median CPU ms | p95 CPU ms | median parse / extract CPU ms | median wall ms | errors | title exact | body token F1 | pages F1 ≥ 0.9 | not article | sources |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.dom} | ${f(r.medianMs)} | ${f(r.p95Ms)} | ${f(r.medianParseMs)} / ${f(r.medianExtractMs)} | ${f(r.medianWallMs)} | ${r.errors} | ${f(100 * r.titleExact)} % | ${f(r.bodyF1, 3)} | ${f(100 * r.bodyF1AtLeast90)} % | ${r.notArticle} | ${r.sources} |`,
    );
  }
  for (const r of results) if (r.errorSamples.length) console.log(`\n${r.dom} errors: ${r.errorSamples.join(' | ')}`);
}

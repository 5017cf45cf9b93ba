#!/usr/bin/env node
// Runs Sift's extractor over a page corpus (../shared/corpus/README.md format) in headless
// Chromium, with the same content script the extension injects, page scripts off and no network.
//
//   npm run eval:pages -- <corpusDir> [--out file.jsonl] [--only id,id] [--no-build]
//
// Writes one JSON line a page and prints body F1 (article-extraction-benchmark method) and how
// many metadata fields match the truth.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { launchWithExtension, routeFromMemory, tabIdOf, extractInTab } from './lib/browser.mjs';
import { bodyF1 } from './lib/bodyF1.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, '.output-eval/chrome-mv3');
const META_FIELDS = ['title', 'byline', 'lang', 'siteName', 'publishedTime'];

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpusDir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && args[i - 1] !== '--no-build'));
if (!corpusDir) {
  console.error('usage: npm run eval:pages -- <corpusDir> [--out file.jsonl] [--only id,id] [--no-build]');
  process.exit(2);
}
const outFile = flag('--out');
const only = flag('--only')?.split(',');

if (!args.includes('--no-build') || !existsSync(join(EXT, 'manifest.json'))) {
  execSync('npm run build:eval', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { summarize } = await tsImport(join(ROOT, 'utils/summary/summarize.ts'), import.meta.url);

const truths = readFileSync(join(corpusDir, 'truth.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((t) => !only || only.includes(t.id));

const browser = await launchWithExtension(EXT);
// routeFromMemory reads this map on every request: it holds only the page being extracted,
// because several corpus pages share one address (readability-pages are all http://fakehost/test/page.html).
const byUrl = new Map();
await routeFromMemory(browser.context, byUrl);

const lines = [];
const pairs = [];
const meta = Object.fromEntries(META_FIELDS.map((f) => [f, { match: 0, total: 0, misses: [] }]));
const ratios = [];
let failed = 0;
for (const t of truths) {
  let article = null;
  let error;
  byUrl.clear();
  byUrl.set(t.url.split('#')[0], readFileSync(join(corpusDir, 'pages', `${t.id}.html`), 'utf8'));
  const page = await browser.context.newPage();
  try {
    await page.goto(t.url, { waitUntil: 'domcontentloaded', timeout: 20000 });
    const tabId = await tabIdOf(browser.context, page);
    const r = await extractInTab(browser.context, tabId);
    if (r?.ok) article = r.article;
    else error = r?.error ?? 'no result';
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  await page.close().catch(() => {});
  if (!article) {
    failed++;
    console.error(`${t.id}: ${error}`);
  }
  let keyPoints = [];
  try {
    keyPoints = article ? summarize(article, { points: 5 }).map((k) => k.text) : [];
  } catch (e) {
    console.error(`${t.id}: summarize: ${e?.message ?? e}`);
  }
  const row = {
    id: t.id,
    title: article?.title ?? '',
    byline: article?.byline ?? null,
    lang: article?.lang ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    articleBody: article?.articleBody ?? '',
    authorKeyPoints: article?.authorKeyPoints?.map((p) => p.text) ?? [],
    keyPoints,
    sources: article?.sources ?? [],
    nextPageUrl: article?.nextPageUrl ?? null,
    method: article?.extraction?.method ?? null,
    isArticle: article?.extraction?.isArticle ?? null,
    partial: article?.extraction?.partial ?? null,
    ms: article?.extraction?.ms ?? { readability: null, total: null },
  };
  lines.push(JSON.stringify(row));
  if (typeof t.articleBody === 'string') pairs.push({ truth: t.articleBody, predicted: row.articleBody, id: t.id });
  for (const f of META_FIELDS) {
    if (t[f] === undefined || t[f] === null || t[f] === '') continue;
    meta[f].total++;
    if (sameField(f, t[f], row[f])) meta[f].match++;
    else meta[f].misses.push(`${t.id}: ${JSON.stringify(t[f])} ≠ ${JSON.stringify(row[f])}`);
  }
  if (row.ms.readability > 0) ratios.push(row.ms.total / row.ms.readability);
}
await browser.close();

if (outFile) writeFileSync(outFile, lines.join('\n') + '\n');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const ms = lines.map((l) => JSON.parse(l).ms);
console.log(`pages: ${truths.length}, extraction failures: ${failed}`);
if (pairs.length) {
  const r = bodyF1(pairs);
  console.log(`body F1: ${r.f1.toFixed(4)} (P ${r.precision.toFixed(4)}, R ${r.recall.toFixed(4)}, ${r.pages} pages)`);
}
for (const f of META_FIELDS) {
  const m = meta[f];
  if (m.total) console.log(`${f}: ${m.match}/${m.total} match (${((100 * m.match) / m.total).toFixed(1)}%)`);
}
console.log(
  `ms: readability median ${median(ms.map((m) => m.readability)).toFixed(1)}, total median ${median(ms.map((m) => m.total)).toFixed(1)}, ` +
    `total/readability median ${median(ratios).toFixed(3)}`,
);
if (process.env.EVAL_VERBOSE) {
  for (const f of META_FIELDS) for (const miss of meta[f].misses) console.log(`  ${f} ${miss}`);
}

/** Field equality as a reader would judge it: whitespace collapsed; times compared as instants; languages by primary subtag. */
function sameField(field, truth, got) {
  if (got === null || got === undefined) return false;
  const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
  if (field === 'publishedTime') {
    const a = Date.parse(truth), b = Date.parse(got);
    return Number.isFinite(a) && Number.isFinite(b) ? a === b : norm(truth) === norm(got);
  }
  if (field === 'lang') return norm(truth).toLowerCase().split(/[-_]/)[0] === norm(got).toLowerCase().split(/[-_]/)[0];
  return norm(truth) === norm(got);
}

#!/usr/bin/env node
// Scores who-said-what and source categories on the annotated set (tests/fixtures/attribution/):
// quotation precision and recall, speaker accuracy, category accuracy, by language and overall.
//
//   npm run eval:quotes -- [--verbose] [--json file] [--set path/to/set.json]
//
// Each page is read the way the CLI reads it (the same engine, linkedom for the DOM; a .txt page as
// plain text), its quotations found with utils/engine/quotes/findQuotes.ts and compared with the
// annotation (scripts/lib/attributionScore.ts says how).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run eval:quotes -- [--verbose] [--json file] [--set set.json]';
const args = process.argv.slice(2);
const flags = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--verbose') flags.verbose = true;
  else if (args[i] === '--json' || args[i] === '--set') flags[args[i].slice(2)] = args[++i];
  else {
    console.error(`unknown argument ${args[i]}\n${USAGE}`);
    process.exit(2);
  }
}
const setPath = resolve(flags.set ?? join(ROOT, 'tests/fixtures/attribution/set.json'));
const setDir = dirname(setPath);
/** @type {import('./lib/attributionScore.ts').AnnotatedPage[]} */
const set = JSON.parse(readFileSync(setPath, 'utf8'));

const imp = (p) => tsImport(join(ROOT, p), import.meta.url);
const [{ extractArticle }, { articleFromText }, { findQuotes }, { sourceCategory }, { sameSite }, score, { loadDom, CLI_DOM }] = await Promise.all([
  imp('utils/engine/article/extractArticle.ts'),
  imp('utils/engine/article/fromText.ts'),
  imp('utils/engine/quotes/findQuotes.ts'),
  imp('utils/engine/sources/category.ts'),
  imp('utils/engine/sources/normalizeUrl.ts'),
  imp('scripts/lib/attributionScore.ts'),
  imp('cli/dom.ts'),
]);
const parse = await loadDom(CLI_DOM);

function articleOf(page) {
  const content = readFileSync(join(setDir, page.file), 'utf8');
  if (page.file.endsWith('.txt')) return articleFromText(content, { lang: page.lang, url: page.url });
  const dom = parse(content, page.url);
  try {
    return extractArticle(dom.document, page.url);
  } finally {
    dom.close();
  }
}

const totals = new Map();
const add = (key, c, cat) => {
  const t = totals.get(key) ?? { pages: 0, found: 0, annotated: 0, matched: 0, speakerRight: 0, links: 0, linksRight: 0 };
  t.pages++;
  for (const k of ['found', 'annotated', 'matched', 'speakerRight']) t[k] += c[k];
  t.links += cat.total;
  t.linksRight += cat.right;
  totals.set(key, t);
};
const perPage = [];
for (const page of set) {
  const article = articleOf(page);
  const quotes = findQuotes(article);
  const c = score.scoreQuotes(quotes, page.quotes);
  const wrongCategory = [];
  for (const l of page.links) {
    const got = sourceCategory({ url: l.url, kind: sameSite(new URL(l.url).hostname, new URL(page.url).hostname) ? 'internal' : 'cited' });
    if (got !== l.category) wrongCategory.push({ url: l.url, got, annotated: l.category });
  }
  const cat = { total: page.links.length, right: page.links.length - wrongCategory.length };
  add(page.lang, c, cat);
  add('all', c, cat);
  perPage.push({ id: page.id, lang: page.lang, ...c, links: cat.total, linksRight: cat.right, wrongCategory });
  if (flags.verbose) {
    console.log(
      `\n## ${page.id}: quotes ${c.matched}/${c.found} found, ${c.matched}/${c.annotated} annotated; speakers ${c.speakerRight}/${c.matched}; categories ${cat.right}/${cat.total}`,
    );
    for (const x of c.extra) console.log(`  extra   ${JSON.stringify(x.slice(0, 100))}`);
    for (const x of c.missed) console.log(`  missed  ${JSON.stringify(x.slice(0, 100))}`);
    for (const x of c.wrongSpeaker) console.log(`  speaker ${JSON.stringify(x.text.slice(0, 60))}: ${x.found ?? '(none)'} ≠ ${x.annotated ?? '(none)'}`);
    for (const x of wrongCategory) console.log(`  category ${x.url}: ${x.got} ≠ ${x.annotated}`);
  }
}

const fmt = (v) => (v == null ? '  –  ' : v.toFixed(3));
console.log(`\nwho said what, on ${set.length} annotated pages (${setPath.replace(`${ROOT}/`, '')})`);
console.log('          pages  quotes P         quotes R         speaker acc.     category acc.');
const summary = {};
for (const [key, t] of totals) {
  const row = {
    pages: t.pages,
    quotePrecision: score.ratio(t.matched, t.found),
    quoteRecall: score.ratio(t.matched, t.annotated),
    speakerAccuracy: score.ratio(t.speakerRight, t.matched),
    categoryAccuracy: score.ratio(t.linksRight, t.links),
    counts: t,
  };
  summary[key] = row;
  const cell = (v, a, b) => `${fmt(v)} (${a}/${b})`.padEnd(17);
  console.log(
    `${key.padEnd(10)}${String(t.pages).padEnd(7)}${cell(row.quotePrecision, t.matched, t.found)}${cell(row.quoteRecall, t.matched, t.annotated)}${cell(row.speakerAccuracy, t.speakerRight, t.matched)}${cell(row.categoryAccuracy, t.linksRight, t.links)}`,
  );
}
if (flags.json) writeFileSync(flags.json, `${JSON.stringify({ summary, pages: perPage }, null, 2)}\n`);

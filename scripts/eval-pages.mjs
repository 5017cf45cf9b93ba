#!/usr/bin/env node
// Runs Sift's extractor over page corpora (../shared/corpus/README.md format) in headless
// Chromium, with the same content script the extension injects, page scripts off and no network,
// and scores what a reader sees against each page's truth.
//
//   npm run eval:pages -- [corpusDir ...] [--baseline] [--json file] [--out file.jsonl]
//                         [--only id,id] [--points 5] [--no-build] [--verbose]
//
// Without a corpus, every corpus of ../shared/corpus is run. One table a corpus:
// - body F1 (article-extraction-benchmark method; characters as tokens for Japanese and Chinese),
//   and snippet precision/recall where the truth has `with`/`without`;
// - key-point precision (Sift's own points inside the true body) and cited-source precision and
//   recall (scripts/lib/pageScores.mjs); on pages with snippets only, the key points and cited
//   sources that stand inside a `without` snippet (noise found where there is no full text);
// - metadata fields that match the truth (title, byline, lang, site name, published time).
// `--baseline` adds Readability alone, unmodified, in the same tab on the same page, scored the
// same way (its key points: Sift's summarizer on Readability's text; its cited sources: every link
// of its content to another site). `--json` writes the figures for machines; `--out` one JSON line a page.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { launchWithExtension, routeFromMemory, tabIdOf, extractInTab } from './lib/browser.mjs';
import { bodyF1, unitFor } from './lib/bodyF1.mjs';
import { bundleForPage } from './lib/bundleForPage.mjs';
import { matchKey, keyPointPrecision, snippetCounts, citedPrecision, bodyLinkTruth, citedRecall, inWithoutSnippets, ratio } from './lib/pageScores.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, '.output-eval/chrome-mv3');
const CORPORA = resolve(ROOT, '../shared/corpus');
const META_FIELDS = ['title', 'byline', 'lang', 'siteName', 'publishedTime'];
/** A title is "kept" when Sift's is inside the true one and at least this share of it (the rest a site's name). */
const TITLE_KEPT_SHARE = 0.4;
const USAGE = 'usage: npm run eval:pages -- [corpusDir ...] [--baseline] [--json file] [--out file.jsonl] [--only id,id] [--points 5] [--no-build] [--verbose]';

const args = process.argv.slice(2);
const VALUE_FLAGS = new Set(['--json', '--out', '--only', '--points']);
const BOOLEAN_FLAGS = new Set(['--baseline', '--no-build', '--verbose']);
const flags = {};
const dirs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (VALUE_FLAGS.has(a)) flags[a] = args[++i];
  else if (BOOLEAN_FLAGS.has(a)) flags[a] = true;
  else if (a.startsWith('--')) {
    console.error(`unknown option ${a}\n${USAGE}`);
    process.exit(2);
  } else dirs.push(a);
}
const points = flags['--points'] ? Number(flags['--points']) : 5;
if (!Number.isInteger(points) || points < 1) {
  console.error(USAGE);
  process.exit(2);
}
const only = flags['--only']?.split(',');
const corpusDirs = (dirs.length ? dirs : readdirSync(CORPORA).map((d) => join(CORPORA, d))).filter(
  (d) => existsSync(join(d, 'truth.jsonl')) && existsSync(join(d, 'pages')),
);
if (!corpusDirs.length) {
  console.error(`no corpus found (a folder with truth.jsonl and pages/)\n${USAGE}`);
  process.exit(2);
}

if (!flags['--no-build'] || !existsSync(join(EXT, 'manifest.json'))) {
  execSync('npm run build:eval', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { summarize } = await tsImport(join(ROOT, 'utils/engine/summary/summarize.ts'), import.meta.url);
const { keyPointsFor } = await tsImport(join(ROOT, 'utils/engine/summary/keyPointsFor.ts'), import.meta.url);
const { attribute } = await tsImport(join(ROOT, 'utils/engine/attribution.ts'), import.meta.url);
const { sourceCategory } = await tsImport(join(ROOT, 'utils/engine/sources/category.ts'), import.meta.url);
const { articleFromText } = await tsImport(join(ROOT, 'utils/engine/article/fromText.ts'), import.meta.url);
const { normalizeUrl, urlKey, sameSite } = await tsImport(join(ROOT, 'utils/engine/sources/normalizeUrl.ts'), import.meta.url);
const pageCode = await bundleForPage('scripts/eval/pageEval.ts', 'SiftEval');

const keyOf = (href) => {
  const u = normalizeUrl(href);
  return u ? urlKey(u) : null;
};

const browser = await launchWithExtension(EXT);
// routeFromMemory reads this map on every request: it holds only the page being extracted,
// because several corpus pages share one address (readability-pages are all http://fakehost/test/page.html).
const byUrl = new Map();
await routeFromMemory(browser.context, byUrl);

const report = { points, baseline: !!flags['--baseline'], corpora: {} };
const lines = [];
for (const dir of corpusDirs) {
  const name = basename(resolve(dir));
  const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((t) => !only || only.includes(t.id));
  if (!truths.length) continue;
  const rows = [];
  for (const t of truths) {
    const row = await evaluatePage(name, dir, t);
    rows.push({ truth: t, row });
    lines.push(JSON.stringify(row));
  }
  const figures = corpusFigures(rows);
  report.corpora[name] = figures;
  printCorpus(name, figures);
}
await browser.close();

if (flags['--out']) writeFileSync(flags['--out'], `${lines.join('\n')}\n`);
if (flags['--json']) writeFileSync(flags['--json'], `${JSON.stringify(report, null, 2)}\n`);

// ---- One page ------------------------------------------------------------------------------

async function evaluatePage(corpus, dir, t) {
  let article = null;
  let error;
  let links = [];
  let alone = null;
  byUrl.clear();
  byUrl.set(t.url.split('#')[0], readFileSync(join(dir, 'pages', `${t.id}.html`), 'utf8'));
  const page = await browser.context.newPage();
  try {
    await page.goto(t.url, { waitUntil: 'domcontentloaded', timeout: 20000 });
    const tabId = await tabIdOf(browser.context, page);
    const r = await extractInTab(browser.context, tabId);
    if (r?.ok) article = r.article;
    else error = r?.error ?? 'no result';
    await page.evaluate(pageCode);
    links = await page.evaluate(() => globalThis.SiftEval.pageLinks());
    if (flags['--baseline']) alone = await page.evaluate(() => globalThis.SiftEval.readabilityAlone());
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  await page.close().catch(() => {});
  if (!article) console.error(`${corpus}/${t.id}: ${error}`);
  let keyPoints = [];
  let quotes = [];
  try {
    keyPoints = article ? keyPointsFor(article, { points }) : [];
    quotes = article ? attribute(article).quotes : [];
  } catch (e) {
    console.error(`${corpus}/${t.id}: summarize: ${e instanceof Error ? e.message : e}`);
  }
  const row = {
    id: t.id,
    corpus,
    title: article?.title ?? '',
    byline: article?.byline ?? null,
    lang: article?.lang ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    articleBody: article?.articleBody ?? '',
    authorKeyPoints: article?.authorKeyPoints?.map((p) => p.text) ?? [],
    keyPoints: keyPoints.map((k) => k.text),
    keyPointOrigins: keyPoints.map((k) => k.origin),
    keyPointSources: keyPoints.map((k) => k.sources ?? []),
    sources: (article?.sources ?? []).map((s) => ({ ...s, category: sourceCategory(s) })),
    quotes: quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? null, anonymous: q.anonymous, blockIndex: q.blockIndex })),
    nextPageUrl: article?.nextPageUrl ?? null,
    method: article?.extraction?.method ?? null,
    isArticle: article?.extraction?.isArticle ?? null,
    partial: article?.extraction?.partial ?? null,
    ms: article?.extraction?.ms ?? { readability: null, total: null },
    error: article ? undefined : error,
    scores: pageScores(
      t,
      {
        body: article?.articleBody ?? '',
        points: keyPoints.filter((k) => k.origin === 'sift').map((k) => k.text),
        sources: article?.sources ?? [],
      },
      links,
    ),
  };
  if (alone) {
    const lang = t.lang ?? t.ref?.lang ?? alone.lang ?? article?.lang ?? 'en';
    const asArticle = articleFromText(alone.body, { lang, title: alone.title, url: t.url });
    const otherSite = otherSiteOf(t.url);
    row.baseline = {
      found: alone.found,
      title: alone.title,
      byline: alone.byline,
      siteName: alone.siteName,
      lang: alone.lang,
      publishedTime: alone.publishedTime,
      articleBody: alone.body,
      error: alone.error,
      scores: pageScores(
        t,
        {
          body: alone.body,
          points: alone.found ? summarize(asArticle, { points }).map((k) => k.text) : [],
          sources: alone.links.filter((l) => otherSite(l.href)).map((l) => ({ url: l.href, text: l.text, context: l.context, kind: 'cited' })),
        },
        links,
      ),
    };
  }
  return row;
}

function otherSiteOf(pageUrl) {
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {}
  return (href) => {
    const u = normalizeUrl(href);
    return !!u && !sameSite(u.hostname, host);
  };
}

/** Everything scored on one page for one extractor (Sift, or the baseline). */
function pageScores(t, got, links) {
  const s = {};
  const hasBody = typeof t.articleBody === 'string' && t.articleBody.length > 0;
  if (hasBody) {
    const bodyKey = matchKey(t.articleBody);
    s.unit = unitOf(t);
    s.keyPoints = keyPointPrecision(got.points, bodyKey);
    s.cited = citedPrecision(got.sources, bodyKey);
    const truth = bodyLinkTruth(links, bodyKey, keyOf, otherSiteOf(t.url));
    s.citedRecall = citedRecall(truth, got.sources, keyOf);
  }
  if (t.with?.length || t.without?.length) s.snippets = snippetCounts(t, got.body);
  if (!hasBody && t.without?.length) s.withoutNoise = inWithoutSnippets(t, got.points, got.sources);
  return s;
}

/** Body tokens: characters for a page whose truth says it is Japanese or Chinese, else by the truth text's scripts. */
function unitOf(t) {
  const lang = String(t.lang ?? t.ref?.lang ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return lang === 'ja' || lang === 'zh' ? 'chars' : lang ? 'words' : unitFor(t.articleBody);
}

// ---- A corpus ------------------------------------------------------------------------------

function corpusFigures(rows) {
  const figures = { pages: rows.length, failures: rows.filter((r) => r.row.error).length, sift: side(rows, (r) => r.row) };
  if (flags['--baseline']) figures.readability = side(rows, (r) => r.row.baseline ?? { scores: {} });
  return figures;
}

/** The corpus's figures for one extractor: `pick` gives its row of a page. */
function side(rows, pick) {
  const f = {};
  const bodies = rows.filter((r) => typeof r.truth.articleBody === 'string' && r.truth.articleBody.length > 0);
  if (bodies.length) {
    const pairs = bodies.map((r) => ({ truth: r.truth.articleBody, predicted: pick(r).articleBody ?? '', unit: unitOf(r.truth) }));
    const units = new Set(pairs.map((p) => p.unit));
    const b = bodyF1(pairs);
    f.body = { f1: b.f1, precision: b.precision, recall: b.recall, pages: b.pages, unit: units.size === 1 ? [...units][0] : 'mixed' };
  }
  const sum = (get) => rows.reduce((n, r) => n + (get(pick(r).scores) ?? 0), 0);
  if (bodies.length) {
    const kpIn = sum((s) => s.keyPoints?.inside);
    const kpTotal = sum((s) => s.keyPoints?.total);
    f.keyPoints = { precision: ratio(kpIn, kpTotal), inside: kpIn, total: kpTotal };
    const citedIn = sum((s) => s.cited?.inside);
    const citedTotal = sum((s) => s.cited?.total);
    const found = sum((s) => s.citedRecall?.found);
    const truth = sum((s) => s.citedRecall?.total);
    f.cited = { precision: ratio(citedIn, citedTotal), inside: citedIn, total: citedTotal, recall: ratio(found, truth), found, truth };
  }
  const sn = rows.filter((r) => pick(r).scores.snippets);
  if (sn.length) {
    const tp = sum((s) => s.snippets?.tp),
      fp = sum((s) => s.snippets?.fp),
      fn = sum((s) => s.snippets?.fn);
    f.snippets = { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, pages: sn.length };
  }
  // Pages with snippets only: key points and cited sources inside a 'without' snippet (not the article).
  const wn = rows.filter((r) => pick(r).scores.withoutNoise);
  if (wn.length) {
    const w = (get) => sum((s) => (s.withoutNoise ? get(s.withoutNoise) : 0));
    f.withoutNoise = {
      pages: wn.length,
      points: w((x) => x.points),
      pointsIn: w((x) => x.pointsIn.length),
      cited: w((x) => x.cited),
      citedIn: w((x) => x.citedIn.length),
    };
  }
  // Titles: exact, and "kept": the headline is there, a site's name may have been cut off
  // ("How to Build a Terrarium" for "How to Build a Terrarium | eHow").
  const titled = rows.filter((r) => r.truth.title);
  if (titled.length) {
    const kept = titled.filter((r) => {
      const t = matchKey(r.truth.title),
        g = matchKey(pick(r).title ?? '');
      return g.length > 0 && t.includes(g) && g.length >= TITLE_KEPT_SHARE * t.length;
    });
    f.titleKept = { kept: kept.length, total: titled.length };
  }
  f.meta = {};
  for (const field of META_FIELDS) {
    const judged = rows.filter((r) => r.truth[field] !== undefined && r.truth[field] !== null && r.truth[field] !== '');
    if (!judged.length) continue;
    const misses = judged.filter((r) => !sameField(field, r.truth[field], pick(r)[field]));
    f.meta[field] = {
      match: judged.length - misses.length,
      total: judged.length,
      misses: misses.map((r) => `${r.truth.id}: ${JSON.stringify(r.truth[field])} ≠ ${JSON.stringify(pick(r)[field] ?? null)}`),
    };
  }
  f.misses = {
    keyPoints: rows.flatMap((r) => (pick(r).scores.keyPoints?.misses ?? []).map((m) => `${r.truth.id}: ${m}`)),
    cited: rows.flatMap((r) => (pick(r).scores.cited?.misses ?? []).map((m) => `${r.truth.id}: ${m.text} <${m.url}>`)),
    citedRecall: rows.flatMap((r) => (pick(r).scores.citedRecall?.missed ?? []).map((m) => `${r.truth.id}: ${m.text} <${m.href}>`)),
    withoutNoise: rows.flatMap((r) => {
      const w = pick(r).scores.withoutNoise;
      return w
        ? [...w.pointsIn.map((x) => `${r.truth.id}: key point ${JSON.stringify(x)}`), ...w.citedIn.map((x) => `${r.truth.id}: cited ${JSON.stringify(x)}`)]
        : [];
    }),
    snippets: rows.flatMap((r) => {
      const s = pick(r).scores.snippets;
      return s ? [...s.missed.map((x) => `${r.truth.id}: missing ${JSON.stringify(x)}`), ...s.kept.map((x) => `${r.truth.id}: kept ${JSON.stringify(x)}`)] : [];
    }),
  };
  return f;
}

function printCorpus(name, f) {
  const cols = f.readability ? ['sift', 'readability'] : ['sift'];
  const num = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
  const out = [`\n== ${name}: ${f.pages} pages${f.failures ? `, ${f.failures} extraction failures` : ''}`];
  const rowsOut = [];
  const line = (label, get) => rowsOut.push([label, ...cols.map((c) => get(f[c]) ?? '—')]);
  if (f.sift.body) {
    line(
      `body F1 (${f.sift.body.unit === 'chars' ? 'character' : f.sift.body.unit === 'words' ? 'word' : 'word/character'} 4-shingles, ${f.sift.body.pages} pages)`,
      (s) => s.body && num(s.body.f1, 4),
    );
    line('  precision / recall', (s) => s.body && `${num(s.body.precision, 4)} / ${num(s.body.recall, 4)}`);
  }
  if (f.sift.snippets)
    line(
      `snippets precision / recall (${f.sift.snippets.pages} pages)`,
      (s) => s.snippets && `${num(s.snippets.precision)} / ${num(s.snippets.recall)}  (tp ${s.snippets.tp}, fp ${s.snippets.fp}, fn ${s.snippets.fn})`,
    );
  if (f.sift.withoutNoise) {
    const w = (s) => s.withoutNoise;
    line(`key points in a 'without' snippet (${points} points)`, (s) => w(s) && `${num(ratio(w(s).pointsIn, w(s).points))}  (${w(s).pointsIn}/${w(s).points})`);
    line("cited sources in a 'without' snippet", (s) => w(s) && `${num(ratio(w(s).citedIn, w(s).cited))}  (${w(s).citedIn}/${w(s).cited})`);
  }
  if (f.sift.keyPoints)
    line(`key-point precision (${points} points)`, (s) => s.keyPoints && `${num(s.keyPoints.precision)}  (${s.keyPoints.inside}/${s.keyPoints.total})`);
  if (f.sift.cited) {
    line('cited-source precision', (s) => s.cited && `${num(s.cited.precision)}  (${s.cited.inside}/${s.cited.total})`);
    line('cited-source recall', (s) => s.cited && `${num(s.cited.recall)}  (${s.cited.found}/${s.cited.truth})`);
  }
  if (f.sift.titleKept)
    line(
      'title kept (a site name may be cut)',
      (s) => s.titleKept && `${num(s.titleKept.kept / s.titleKept.total)}  (${s.titleKept.kept}/${s.titleKept.total})`,
    );
  for (const field of META_FIELDS) {
    if (f.sift.meta[field])
      line(`${field} match`, (s) => s.meta[field] && `${num(s.meta[field].match / s.meta[field].total)}  (${s.meta[field].match}/${s.meta[field].total})`);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...[['', ...cols], ...rowsOut].map((r) => String(r[i] ?? '').length)));
  out.push([''.padEnd(widths[0]), ...cols.map((c, i) => c.padEnd(widths[i + 1]))].join('   '));
  for (const r of rowsOut) out.push(r.map((x, i) => String(x).padEnd(widths[i])).join('   '));
  if (flags['--verbose']) {
    for (const c of cols) {
      for (const [what, list] of Object.entries(f[c].misses)) for (const m of list) out.push(`  ${c} ${what}: ${m}`);
      for (const [field, m] of Object.entries(f[c].meta)) for (const miss of m.misses) out.push(`  ${c} ${field}: ${miss}`);
    }
  }
  console.log(out.join('\n'));
}

/** Field equality as a reader would judge it: whitespace collapsed; times compared as instants; languages by primary subtag. */
function sameField(field, truth, got) {
  if (got === null || got === undefined) return false;
  const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
  if (field === 'publishedTime') {
    const a = Date.parse(truth),
      b = Date.parse(got);
    return Number.isFinite(a) && Number.isFinite(b) ? a === b : norm(truth) === norm(got);
  }
  if (field === 'lang') return norm(truth).toLowerCase().split(/[-_]/)[0] === norm(got).toLowerCase().split(/[-_]/)[0];
  return norm(truth) === norm(got);
}

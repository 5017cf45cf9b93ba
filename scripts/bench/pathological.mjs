// Pathological pages the benchmark generates and runs through the real content-script path.
// Each is shaped like an article (title, a heading, real-looking sentences) so the extractor has
// to work on it rather than bail out early. The generators are pure, deterministic and unit-tested
// for their sizes; runPathological (below) is the bench phase that reads them in the browser.

import { extractInTab, tabIdOf } from '../lib/browser.mjs';
import { BUDGETS } from './report.mjs';
import { withTimeout } from './timeout.mjs';

const SENTENCES = [
  'The council approved the new budget on Tuesday after a long debate about schools and roads.',
  'Officials said the plan would take effect next spring, pending a final review by the state.',
  'Critics argued that the figures were optimistic and that costs had been underestimated before.',
  'Residents who spoke at the meeting were divided, with several asking for more public hearings.',
  'The mayor said the city would publish a detailed report on its website within two weeks.',
];

/** About `chars` characters of sentences (ASCII, so characters = bytes). */
export function prose(chars, offset = 0) {
  const parts = [];
  let n = 0;
  for (let i = offset; n < chars; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    parts.push(s);
    n += s.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

const page = (title, body) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;

/** A page of at least `bytes` UTF-8 bytes (default 20 MB = 20,000,000): paragraphs of ~1 kB. */
export function hugePage(bytes = 20_000_000) {
  const para = `<p>${prose(1000)}</p>`;
  const head = page('A very large page', '');
  const count = Math.ceil((bytes - head.length) / para.length);
  return page('A very large page', para.repeat(count));
}

/** `elements` elements in the whole document (default 100,000), most of them small paragraphs in sections. */
export function manyElementsPage(elements = 100_000) {
  // Fixed elements: html, head, meta, title, body, article, h1 = 7. Each unit: <section><p><b></b></p></section> = 3.
  const fixed = 7;
  const units = Math.floor((elements - fixed) / 3);
  const rest = elements - fixed - units * 3;
  const unit = (i) => `<section><p>${SENTENCES[i % SENTENCES.length]} <b>${i}</b></p></section>`;
  const body = Array.from({ length: units }, (_, i) => unit(i)).join('') + '<i>.</i>'.repeat(rest);
  return page('A page with many elements', body);
}

/** Elements nested `depth` deep (default 5,000) inside the article, with the text at the bottom. */
export function deepNestingPage(depth = 5_000) {
  const text = `<p>${prose(3000)}</p>`;
  return page('A deeply nested page', '<div>'.repeat(depth) + text + '</div>'.repeat(depth));
}

/** One paragraph of `chars` characters (default 5 MB = 5,000,000). */
export function hugeParagraphPage(chars = 5_000_000) {
  return page('A page with one huge paragraph', `<p>${prose(chars)}</p>`);
}

/** `links` links (default 10,000) inside the article's paragraphs, each with a sentence of context. */
export function manyLinksPage(links = 10_000) {
  const per = 10;
  const paras = [];
  for (let i = 0; i < links; i += per) {
    const n = Math.min(per, links - i);
    const items = Array.from(
      { length: n },
      (_, k) => `${SENTENCES[(i + k) % SENTENCES.length].slice(0, -1)}, according to <a href="https://example.org/report/${i + k}">report ${i + k}</a>.`,
    );
    paras.push(`<p>${items.join(' ')}</p>`);
  }
  return page('A page with many links', paras.join(''));
}

/** The five pages the benchmark runs, with the stable ids it reports them under. */
export function pathologicalPages() {
  return [
    { id: 'huge-20MB', describe: '20 MB page', html: hugePage() },
    { id: 'elements-100k', describe: '100,000 elements', html: manyElementsPage() },
    { id: 'nesting-5000', describe: 'nesting 5,000 deep', html: deepNestingPage() },
    { id: 'paragraph-5MB', describe: 'one 5 MB paragraph', html: hugeParagraphPage() },
    { id: 'links-10k', describe: '10,000 links', html: manyLinksPage() },
  ];
}

/**
 * The bench's pathological phase: each generated page (pathologicalPages) through the real
 * content-script path in the eval build, then summarized and attributed in Node (keyPointsFor + attribute), and whether the tab still answers.
 * The pages are served by the browser's routing (routeFromMemory) under `origin`.
 * @param {{ context: import('playwright-core').BrowserContext }} browser
 * @param {{ id: string, describe: string, html: string }[]} pages
 * @param {{ origin: string, hangMs: number, log: (...a: unknown[]) => void }} options
 */
export async function runPathological(browser, pages, { origin, hangMs, log }) {
  if (!pages.length) return [];
  const { tsImport } = await import('tsx/esm/api');
  const { keyPointsFor } = await tsImport('../../utils/engine/summary/keyPointsFor.ts', import.meta.url);
  const { attribute } = await tsImport('../../utils/engine/attribution.ts', import.meta.url);
  const results = [];
  for (const p of pages) {
    const url = `${origin}/${p.id}.html`;
    const row = { id: p.id, describe: p.describe, bytes: Buffer.byteLength(p.html) };
    const page = await browser.context.newPage();
    try {
      const tLoad = performance.now();
      await page.goto(url, { waitUntil: 'load', timeout: 60000 });
      row.loadMs = performance.now() - tLoad;
      const tabId = await tabIdOf(browser.context, page);
      // The tab's own work after `load` (layout of a 4 MB page takes a second here) is not Sift's:
      // wait until the tab answers, report that time apart, then time Sift.
      const tSettle = performance.now();
      await withTimeout(
        page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))),
        hangMs,
      );
      row.settleMs = performance.now() - tSettle;
      const t = performance.now();
      const r = await withTimeout(extractInTab(browser.context, tabId), hangMs);
      // The executeScript round trip as the extension sees it; a hang is the time until we gave up.
      row.ms = r.value?.ms ?? performance.now() - t;
      if (r.timedOut) row.timedOut = true;
      else if (r.error) row.error = r.error;
      else if (!r.value?.ok) row.error = r.value?.error ?? 'no result';
      else {
        const a = r.value.article;
        row.extractorMs = a.extraction?.ms?.total;
        row.partial = a.extraction?.partial === true;
        row.blocks = a.blocks?.length;
        row.bodyChars = a.articleBody?.length;
        row.sources = a.sources?.length;
        const ts = performance.now();
        try {
          // The background's work for the views: the points with their sources, then citing sentences and quotations.
          row.keyPoints = keyPointsFor(a, { points: 5 }).length;
          row.quotes = attribute(a).quotes.length;
        } catch (e) {
          row.summarizeError = String(e instanceof Error ? e.message : e);
        }
        row.summarizeMs = performance.now() - ts;
        // What the reader waits for: the page read, then the key points and the views after them (the background works them out).
        row.totalMs = row.ms + row.summarizeMs;
      }
      const tr = performance.now();
      const alive = await withTimeout(
        page.evaluate(() => 1),
        BUDGETS.responsiveMs,
      );
      row.responsiveMs = performance.now() - tr;
      row.responsive = alive.value === 1;
    } catch (e) {
      row.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
    await withTimeout(page.close({ runBeforeUnload: false }), 5000);
    results.push(row);
    log(
      `pathological ${p.id}: settle ${row.settleMs?.toFixed(0)} ms, ${row.timedOut ? `TIMED OUT after ${hangMs} ms` : `content script ${row.ms?.toFixed(0)} ms + summarize ${row.summarizeMs?.toFixed(0)} ms`} (extractor ${row.extractorMs?.toFixed?.(0) ?? 'n/a'} ms), partial ${row.partial}, blocks ${row.blocks}, responsive ${row.responsive}${row.error ? `, error ${row.error}` : ''}`,
    );
  }
  return results;
}

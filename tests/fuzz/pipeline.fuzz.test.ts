/**
 * Property tests of the whole engine (extractArticle → summarize) on generated and mutated HTML.
 * The count is small in `npm test`; `FUZZ_RUNS=10000 npx vitest run tests/fuzz` runs the full campaign.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { extractArticle } from '../../utils/engine/article/extractArticle';
import { summarize } from '../../utils/engine/summary/summarize';
import seedHtml from '../fixtures/seed/seed-article.html?raw';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const FUZZ_SIZE = Number(process.env.FUZZ_SIZE ?? 500);
const PAGE_URL = 'https://news.example/2025/05/article.html';
/** A generous bound: happy-dom is far slower than a browser; this catches hangs, not slowness. */
const TIME_LIMIT_MS = 15_000;

const word = fc.constantFrom(
  'the',
  'council',
  'voted',
  'rates',
  'rose',
  'according',
  'report',
  'said',
  'on',
  'Tuesday',
  '日米',
  '同盟',
  'を',
  '強化',
  'した',
  '。',
  '首相',
  'は',
  '‏שלום',
  'مرحبا',
  '😀',
  '💡',
  '✅',
  '\u0000',
  '\u0007',
  '\u202e',
  '<',
  '>',
  '&amp;',
  '"',
  "'",
  'https://a.example/x?utm_source=y',
  'javascript:alert(1)',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((w) => `${w.join(' ')}.`);
const href = fc.constantFrom(
  'https://a.example/',
  '/relative/path',
  '../up',
  '#frag',
  'javascript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'file:///etc/passwd',
  'blob:https://a.example/1',
  'https://b.example/p?utm_medium=x&fbclid=1&id=3',
  'http://[bad',
  '',
  'mailto:a@b.example',
  'HTTPS://C.EXAMPLE/UPPER',
);
const attr = fc.oneof(
  fc.constant(''),
  fc.constant(' class="menu"'),
  fc.constant(' id="comments"'),
  fc.constant(' role="navigation"'),
  fc.constant(' hidden'),
  fc.string({ maxLength: 30 }).map((s) => ` data-x="${s.replace(/"/g, '')}"`),
  fc.constant(` title="${'x'.repeat(20000)}"`),
);

const node: fc.Memo<string> = fc.memo((depth) => {
  const leaf = fc.oneof(
    sentence,
    sentence.map((s) => `<a href="${s.length % 2 ? 'https://cited.example/' : '/x'}">${s}</a>`),
  );
  if (depth <= 1) return leaf;
  const child = node(depth - 1);
  const kids = fc.array(child, { maxLength: 5 }).map((k) => k.join(''));
  return fc.oneof(
    leaf,
    fc
      .tuple(
        fc.constantFrom(
          'p',
          'div',
          'section',
          'article',
          'li',
          'ul',
          'blockquote',
          'figcaption',
          'nav',
          'aside',
          'footer',
          'header',
          'main',
          'span',
          'table',
          'td',
          'h2',
          'h3',
        ),
        attr,
        kids,
      )
      .map(([tag, a, inner]) => `<${tag}${a}>${inner}</${tag}>`),
    fc.tuple(href, sentence).map(([h, s]) => `<a href="${h}">${s}</a>`),
    kids.map((k) => `<p>${k}`), // unclosed
    kids.map((k) => `${k}</div></span>`), // stray closers
  );
});

const page = fc
  .tuple(fc.constantFrom('en', 'ja', 'ar', 'he', 'zh', '', 'xx-invalid'), sentence, fc.array(node(5), { maxLength: 8 }))
  .map(([lang, title, body]) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body.join('')}</body></html>`);

/** Cuts, duplicates and splices a real page: broken markup from a real shape. */
const mutatedSeed = fc
  .array(fc.tuple(fc.nat(seedHtml.length), fc.nat(400), fc.constantFrom('', '<div>', '</p>', '<<', '<a href="javascript:x">', '\u0000', '<!--')), {
    maxLength: 6,
  })
  .map((cuts) => {
    let html = seedHtml;
    for (const [at, len, insert] of cuts) html = html.slice(0, at) + insert + html.slice(Math.min(html.length, at + len));
    return html;
  });

async function check(html: string) {
  // A window per page, closed (and awaited) after: documents parsed in one long-lived window are
  // never freed, and a 10,000-page run then runs out of memory.
  const window = new Window({ url: PAGE_URL });
  try {
    checkIn(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

function checkIn(doc: Document) {
  const before = doc.documentElement.outerHTML;
  const t0 = performance.now();
  const article = extractArticle(doc, PAGE_URL);
  const points = summarize(article, { points: 5 });
  expect(performance.now() - t0).toBeLessThan(TIME_LIMIT_MS);
  const after = doc.documentElement.outerHTML;
  // Compared as a boolean: a failing diff of two large documents takes vitest minutes to print.
  if (after !== before) {
    let i = 0;
    while (before[i] === after[i]) i++;
    throw new Error(`the page changed at ${i}: ${JSON.stringify(before.slice(i - 40, i + 80))} → ${JSON.stringify(after.slice(i - 40, i + 80))}`);
  }

  const seen = new Set<string>();
  for (const s of article.sources) {
    const u = new URL(s.url);
    expect(['http:', 'https:']).toContain(u.protocol);
    expect(seen.has(s.url)).toBe(false);
    seen.add(s.url);
  }
  for (const p of points) {
    if (p.origin === 'author') {
      expect(article.authorKeyPoints.map((a) => a.text)).toContain(p.text);
    } else {
      const block = article.blocks[p.blockIndex];
      expect(block).toBeDefined();
      expect(block.text.slice(p.start, p.end)).toBe(p.text);
      expect(article.articleBody).toContain(p.text);
    }
  }
  if (article.nextPageUrl) expect(new URL(article.nextPageUrl).protocol).toMatch(/^https?:$/);
}

/** Vitest's per-test limit: a whole property run, not one page (that is TIME_LIMIT_MS). */
const RUN_TIMEOUT_MS = Math.max(120_000, RUNS * 200);

describe('extractArticle + summarize on generated pages', { timeout: RUN_TIMEOUT_MS }, () => {
  it('never throw, never change the page, and keep their invariants', async () => {
    await fc.assert(fc.asyncProperty(page, check), { numRuns: RUNS });
  });

  it('hold on a mutated real page', async () => {
    await fc.assert(fc.asyncProperty(mutatedSeed, check), { numRuns: Math.max(20, Math.round(RUNS / 3)) });
  });

  // Sizes that a DOM in Node handles in seconds (Readability alone takes 11 s on 500-deep nesting in happy-dom,
  // against well under a second in Chromium); the full-size pathological pages run in Chromium (`npm run bench`).
  it('survive deep nesting, many elements and many links', async () => {
    await check(`<html><body>${'<div>'.repeat(FUZZ_SIZE / 4)}<p>Deep text here.</p>${'</div>'.repeat(FUZZ_SIZE / 4)}</body></html>`);
    await check(`<html><body><article>${'<p>Short para, with words.</p>'.repeat(FUZZ_SIZE * 4)}</article></body></html>`);
    await check(
      `<html><body><article><p>Links.</p>${Array.from({ length: FUZZ_SIZE * 2 }, (_, i) => `<a href="https://l${i}.example/">l${i}</a>`).join(' ')}</article></body></html>`,
    );
  });
});

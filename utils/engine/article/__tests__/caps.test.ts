// @vitest-environment jsdom
// The caps that keep extraction and summarizing bounded on pathological pages (see the tunables
// at the top of extractArticle.ts, blocks.ts, scanText.ts, findSources.ts and summarize.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extractArticle';
import { cutText, MAX_BLOCK_CHARS } from '../blocks';
import { summarize, TUNABLES } from '../../summary/summarize';
import type { Article } from '../../model';

const SENTENCES = [
  'The council approved the new budget on Tuesday after a long debate about schools and roads.',
  'Officials said the plan would take effect next spring, pending a final review by the state.',
  'Critics argued that the figures were optimistic and that costs had been underestimated before.',
];
function prose(chars: number): string {
  let s = '';
  for (let i = 0; s.length < chars; i++) s += `${SENTENCES[i % SENTENCES.length]} `;
  return s.slice(0, chars);
}
function load(body: string, title = 'A pathological page'): Document {
  const html = `<!DOCTYPE html><html lang="en"><head><title>${title}</title><base href="https://bench.example/a/story"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}
function run(doc: Document): { article: Article; ms: number } {
  const t = performance.now();
  const article = extractArticle(doc, 'https://bench.example/a/story');
  return { article, ms: performance.now() - t };
}
function checkPoints(article: Article) {
  const points = summarize(article, { points: 5 });
  expect(points.length).toBeGreaterThan(0);
  expect(points.length).toBeLessThanOrEqual(5);
  for (const p of points) expect(article.blocks[p.blockIndex].text.slice(p.start, p.end)).toBe(p.text);
}

describe('caps on pathological pages', () => {
  it('a 2 MB paragraph: one block cut at a sentence end, partial, no exception', () => {
    const { article } = run(load(`<p>${prose(2_000_000)}</p>`));
    expect(article.extraction.partial).toBe(true);
    expect(article.extraction.method).not.toBe('none');
    const longest = Math.max(...article.blocks.map((b) => b.text.length));
    expect(longest).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(longest).toBeGreaterThan(MAX_BLOCK_CHARS - 200);
    expect(article.articleBody.length).toBeLessThan(30_000);
    expect(article.blocks.some((b) => b.text.endsWith('.'))).toBe(true);
    checkPoints(article);
  }, 20_000);

  it('20,000 links: at most 5,000 looked at, sources unique absolute http(s), partial', () => {
    const paras: string[] = [];
    for (let i = 0; i < 20_000; i += 10) {
      const items = Array.from(
        { length: 10 },
        (_, k) => `${SENTENCES[(i + k) % 3].slice(0, -1)}, according to <a href="https://example.org/report/${i + k}">report ${i + k}</a>.`,
      );
      paras.push(`<p>${items.join(' ')}</p>`);
    }
    const t = performance.now();
    const doc = load(paras.join(''));
    const parsed = performance.now() - t;
    const { article, ms } = run(doc);
    // jsdom is far slower than Chromium (where the page takes ~0.4 s): the deadline may cut the sources short here.
    expect(ms).toBeLessThan(parsed + 10_000);
    expect(article.extraction.partial).toBe(true);
    expect(article.sources.length).toBeGreaterThan(0);
    expect(article.sources.length).toBeLessThanOrEqual(5000);
    const urls = article.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
    expect(article.sources[0].context).toContain('according to report 0');
    checkPoints(article);
  }, 30_000);

  it('50,000 elements: Readability skipped, body bounded, partial', () => {
    const units = Array.from({ length: 16_700 }, (_, i) => `<section><p>${SENTENCES[i % 3]} <b>${i}</b></p></section>`);
    const doc = load(units.join(''));
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const { article } = run(doc);
    expect(article.extraction.partial).toBe(true);
    expect(article.extraction.method).toBe('main');
    expect(article.blocks.length).toBeGreaterThan(10);
    expect(article.blocks.length).toBeLessThanOrEqual(4000);
    expect(article.articleBody.length).toBeLessThanOrEqual(400_000 + 4000);
    checkPoints(article);
  }, 30_000);

  it('leaves a small page whole (not partial)', () => {
    const { article } = run(load(`<p>${prose(3000)}</p><p>${prose(2000)}</p>`));
    expect(article.extraction.partial).toBe(false);
  });
});

describe('cutText', () => {
  it('cuts after the last sentence end before the cap, else at a space', () => {
    expect(cutText('One two. Three four five.', 20)).toBe('One two.');
    expect(cutText('aaa bbb ccc ddd', 10)).toBe('aaa bbb');
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('x'.repeat(50), 10)).toBe('x'.repeat(10));
  });
});

describe('summarize input cap', () => {
  it('reads no candidate past MAX_INPUT_CHARS of blocks', () => {
    const blocks = Array.from({ length: 3000 }, (_, i) => ({ index: i, kind: 'paragraph' as const, text: `${SENTENCES[i % 3]} Item ${i} follows here.` }));
    const article: Article = {
      url: 'https://bench.example/a',
      title: 'Budget',
      lang: 'en',
      dir: 'ltr',
      readingTimeMinutes: 1,
      blocks,
      articleBody: blocks.map((b) => b.text).join('\n'),
      outline: [],
      authorKeyPoints: [],
      sources: [],
      extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 0, total: 0 } },
    };
    let chars = 0;
    let last = 0;
    for (const b of blocks) {
      chars += b.text.length;
      if (chars <= TUNABLES.MAX_INPUT_CHARS) last = b.index;
    }
    const t = performance.now();
    const points = summarize(article, { points: 5 });
    expect(performance.now() - t).toBeLessThan(5000);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.blockIndex).toBeLessThanOrEqual(last + 1);
  });
});

import { describe, expect, test } from 'vitest';
import type { Article, KeyPoint } from '../../utils/engine/model';
import { formatJson, formatText, sanitize, stripControls } from '../format';
import { stringWidth } from '../width';
import { attribute } from '../../utils/engine/attribution';

const article: Article = {
  url: 'https://news.example/a',
  title: '長い見出しが八十桁を超えると折り返されることを確かめるための、とても長い日本語の記事の見出しです',
  siteName: 'News Example',
  publishedTime: '2025-03-30T09:00:00+09:00',
  lang: 'ja',
  dir: 'ltr',
  readingTimeMinutes: 2,
  blocks: [
    { index: 0, kind: 'paragraph', text: '最初の文です。二番目の文です。' },
    { index: 1, kind: 'paragraph', text: '大臣は「来週には結果を発表する」と述べた。' },
  ],
  articleBody: '最初の文です。二番目の文です。\n大臣は「来週には結果を発表する」と述べた。',
  outline: [],
  authorKeyPoints: [{ text: '著者の要点。' }],
  sources: [
    {
      url: 'https://www.soumu.go.jp/report',
      domain: 'soumu.go.jp',
      text: '出典: https://www.soumu.go.jp/report',
      context: '',
      kind: 'cited',
      bare: false,
      citedAt: [],
    },
    { url: 'https://news.example/b', domain: 'news.example', text: 'Home', context: '', kind: 'internal', bare: false, citedAt: [] },
    { url: 'https://other.example/x', domain: 'other.example', text: '\u001b]0;evil\u0007Related', context: '', kind: 'related', bare: false, citedAt: [] },
  ],
  extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 1, total: 2 } },
};
const points: KeyPoint[] = [
  { text: '著者の要点。', origin: 'author', score: 1, blockIndex: -1, sentenceIndex: 0, start: 0, end: 6 },
  {
    text: '最初の文です。',
    origin: 'sift',
    score: 0.123456789,
    blockIndex: 0,
    sentenceIndex: 0,
    start: 0,
    end: 7,
    sources: ['https://www.soumu.go.jp/report'],
  },
];

describe('formatText', () => {
  const plain = formatText(article, points, { color: false, width: 80 });

  test('title, meta line, address, key points with the author marked, cited then related sources', () => {
    expect(plain).toMatchInlineSnapshot(`
      "長い見出しが八十桁を超えると折り返されることを確かめるための、とても長い日本語の
      記事の見出しです
      News Example · 2025-03-30 · ja · 2 min read
      https://news.example/a

      Key points
        • [author] 著者の要点。
        • 最初の文です。
          ↳ soumu.go.jp (primary)

      Sources (2)
        • 出典 — soumu.go.jp · primary
          https://www.soumu.go.jp/report
        • Related — other.example · other
          https://other.example/x
      "
    `);
  });

  test('who said what, by speaker, after the sources', () => {
    expect(formatText(article, points, { color: false, width: 80 }, attribute(article))).toMatch(
      /\nSources \(2\)[\s\S]*\n\nQuotes \(1\)\n {2}大臣\n {4}• “来週には結果を発表する”\n$/,
    );
  });

  test('no escape codes without colour; colour codes only from Sift with it', () => {
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const colored = formatText(article, points, { color: true, width: 80 });
    expect(colored).toContain('\u001b[1m');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  test('fits the width', () => {
    for (const width of [40, 60, 80]) {
      for (const line of formatText(article, points, { color: false, width }).split('\n')) {
        if (!/^\s*https:/.test(line)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('formatJson', () => {
  const doc = JSON.parse(formatJson(article, points, { version: '9.9.9', points: 5 }));

  test('schema, fixed fields, nulls for absent optional fields, no timings', () => {
    expect(doc.schema).toBe('sift/1');
    expect(doc.generator).toEqual({ name: 'sift', version: '9.9.9' });
    expect(doc.article.byline).toBeNull();
    expect(doc.article.canonicalUrl).toBeNull();
    expect(doc.article.extraction).toEqual({ method: 'readability', isArticle: true, partial: false });
    expect(doc.article.blocks[0]).toEqual({ index: 0, kind: 'paragraph', text: '最初の文です。二番目の文です。', level: null, page: 1 });
    expect(doc.article.pages).toEqual([{ url: doc.article.url, title: doc.article.title }]);
    expect(doc.article.pagination).toBeNull();
    expect(doc.keyPoints[1]).toEqual({
      text: '最初の文です。',
      origin: 'sift',
      score: 0.1235,
      blockIndex: 0,
      sentenceIndex: 0,
      start: 0,
      end: 7,
      page: 1,
      sources: ['https://www.soumu.go.jp/report'],
    });
    expect(doc.keyPoints[0].sources).toEqual([]);
  });

  test('sources carry their category; who said what is listed with its place', () => {
    expect(doc.article.sources.map((s: { category: string }) => s.category)).toEqual(['primary', 'same-site', 'other']);
    expect(doc.quotes).toEqual([{ text: '来週には結果を発表する', speaker: '大臣', anonymous: false, blockIndex: 1, start: 4, end: 15, page: 1 }]);
  });

  test('the same input gives the same bytes', () => {
    expect(formatJson(article, points, { version: '1', points: 5 })).toBe(
      formatJson(structuredClone(article), structuredClone(points), { version: '1', points: 5 }),
    );
  });
});

test('stripControls and sanitize remove terminal control sequences from page text', () => {
  expect(stripControls('a\u001b[31mb\u0007c\u009b2Jd\u202ee\u001b]0;title\u0007f\u001b]8;;http://x\u001b\\g')).toBe('abcdefg');
  expect(sanitize({ a: ['\u001bx', 1, null], b: { c: '\u0000y' } })).toEqual({ a: ['x', 1, null], b: { c: 'y' } });
});

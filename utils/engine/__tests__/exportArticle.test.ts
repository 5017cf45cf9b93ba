import { describe, expect, it } from 'vitest';
import { toMarkdown, toPlainText } from '../exportArticle';
import type { Article, KeyPoint } from '../model';

const article: Article = {
  url: 'https://news.example/a?x=1',
  title: 'Rates *rise* [again]',
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  readingTimeMinutes: 2,
  blocks: [],
  articleBody: '',
  outline: [],
  authorKeyPoints: [{ text: 'Rates rose.' }],
  sources: [
    { url: 'https://site.example/nav', domain: 'site.example', text: 'Home', context: '', kind: 'internal', bare: false, citedAt: [] },
    { url: 'https://other.example/related', domain: 'other.example', text: 'More', context: '', kind: 'related', bare: false, citedAt: [] },
    { url: 'https://bank.example/report_(2025)', domain: 'bank.example', text: 'The report', context: '', kind: 'cited', bare: false, citedAt: [] },
  ],
  extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 1, total: 1 } },
};
const points: KeyPoint[] = [
  { text: 'Rates rose.', origin: 'author', score: 1, blockIndex: -1, sentenceIndex: 0, start: 0, end: 11 },
  { text: 'The bank raised rates by 0.25 points.', origin: 'sift', score: 0.8, blockIndex: 2, sentenceIndex: 0, start: 0, end: 37 },
];

describe('toMarkdown', () => {
  it('writes title, URL, key points with the author marked, and cited then related sources', () => {
    expect(toMarkdown(article, points)).toBe(
      [
        '# Rates \\*rise\\* \\[again\\]',
        '',
        '<https://news.example/a?x=1>',
        '',
        'Example News',
        '',
        '## Key points',
        '',
        '- (Author) Rates rose.',
        '- The bank raised rates by 0.25 points.',
        '',
        '## Sources',
        '',
        '- [The report](https://bank.example/report_%282025%29) — bank.example',
        '- [More](https://other.example/related) — other.example',
        '',
      ].join('\n'),
    );
  });

  it('never turns page text into a link', () => {
    const hostile = { ...article, title: '[click](javascript:alert(1))', sources: [] };
    const md = toMarkdown(hostile, []);
    expect(md).not.toMatch(/\]\(javascript/);
  });

  it('drops sources that are not http(s)', () => {
    const bad = { ...article, sources: [{ ...article.sources[2], url: 'javascript:alert(1)' }] };
    expect(toMarkdown(bad, [])).not.toContain('javascript:');
  });
});

describe('toPlainText', () => {
  it('lists key points and sources without markup', () => {
    const text = toPlainText(article, points);
    expect(text).toContain('• (Author) Rates rose.');
    expect(text).toContain('• The report — https://bank.example/report_(2025)');
    expect(text).not.toContain('site.example/nav');
  });
});

import { describe, expect, it } from 'vitest';
import { toMarkdown, toPlainText } from '../exportArticle';
import type { Article, KeyPoint, Quote } from '../model';

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
  {
    text: 'The bank raised rates by 0.25 points.',
    origin: 'sift',
    score: 0.8,
    blockIndex: 2,
    sentenceIndex: 0,
    start: 0,
    end: 37,
    sources: ['https://bank.example/report_(2025)'],
  },
];
const quotes: Quote[] = [
  { text: 'We will act [again]', speaker: 'Jane Doe', anonymous: false, blockIndex: 0, start: 1, end: 20 },
  { text: 'Nothing is decided.', speaker: 'a senior official', anonymous: true, blockIndex: 0, start: 30, end: 49 },
  { text: 'Wait and see.', anonymous: false, blockIndex: 1, start: 1, end: 14 },
];

describe('toMarkdown', () => {
  it('writes title, URL, key points with the author marked and their sources, cited then related sources with their category, and who said what', () => {
    expect(toMarkdown(article, points, {}, quotes)).toBe(
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
        '  - Sources: [bank.example](https://bank.example/report_%282025%29)',
        '',
        '## Sources',
        '',
        '- [The report](https://bank.example/report_%282025%29) — bank.example · other',
        '- [More](https://other.example/related) — other.example · other',
        '',
        '## Quotes',
        '',
        '**Jane Doe**',
        '',
        '- “We will act \\[again\\]”',
        '',
        '**a senior official** (unnamed source)',
        '',
        '- “Nothing is decided.”',
        '',
        '**Speaker not named**',
        '',
        '- “Wait and see.”',
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
    const text = toPlainText(article, points, { quotes: '引用' }, quotes);
    expect(text).toContain('• (Author) Rates rose.');
    expect(text).toContain('• The bank raised rates by 0.25 points.\n  Sources: https://bank.example/report_(2025)');
    expect(text).toContain('• The report — https://bank.example/report_(2025) (other)');
    expect(text).toContain('引用:\nJane Doe:\n• “We will act [again]”\na senior official (unnamed source):\n• “Nothing is decided.”');
    expect(text).not.toContain('site.example/nav');
  });
});

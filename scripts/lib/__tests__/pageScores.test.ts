import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { bodyLinkTruth, citedPrecision, citedRecall, inWithoutSnippets, keyPointPrecision, matchKey, snippetCounts } from '../pageScores.mjs';
// @ts-expect-error plain ESM script without types
import { bodyF1, tokenize, unitFor } from '../bodyF1.mjs';

const BODY = 'The ministry said prices rose 3% in May, according to the statistics office.\nAnalysts had expected less. 「物価は上がった」と発表した。';
const key = matchKey(BODY);

describe('page scores', () => {
  it('compares texts without whitespace, punctuation or case, NFKC', () => {
    expect(matchKey(' Prices ROSE, 3%! ')).toBe('pricesrose3');
    expect(matchKey('ＡＢＣ１２３')).toBe('abc123');
  });

  it('key-point precision: the share of points inside the body', () => {
    const r = keyPointPrecision(['Analysts had expected less.', 'Updated 3:27 am PST', '「物価は上がった」と発表した。'], key);
    expect(r).toMatchObject({ inside: 2, total: 3, misses: ['Updated 3:27 am PST'] });
  });

  it('snippets: found "with" are true positives, found "without" false positives', () => {
    const r = snippetCounts({ with: ['prices rose 3%', 'not there'], without: ['Subscribe now', 'Analysts had'] }, BODY);
    expect(r).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1 });
  });

  it('cited precision: anchor and context both inside the body', () => {
    const sources = [
      {
        url: 'https://stats.example.org/',
        text: 'the statistics office',
        context: 'The ministry said prices rose 3% in May, according to the statistics office.',
        kind: 'cited',
      },
      { url: 'https://twitter.com/author', text: '@author', context: 'Follow the author on Twitter.', kind: 'cited' },
      { url: 'https://other.example/', text: 'Other', context: '', kind: 'related' },
    ];
    expect(citedPrecision(sources, key)).toMatchObject({ inside: 1, total: 2 });
  });

  it('cited recall: links of the page inside the body to another site, found cited', () => {
    const keyOf = (h: string) => h.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
    const otherSite = (h: string) => !h.includes('news.example.com');
    const links = [
      {
        href: 'https://stats.example.org/',
        text: 'the statistics office',
        context: 'The ministry said prices rose 3% in May, according to the statistics office.',
      },
      { href: 'https://news.example.com/other', text: 'Analysts', context: 'Analysts had expected less.' },
      { href: 'https://ads.example/', text: 'Twitter', context: 'Twitter' },
    ];
    const truth = bodyLinkTruth(links, key, keyOf, otherSite);
    expect([...truth.keys()]).toEqual(['stats.example.org']);
    expect(citedRecall(truth, [{ url: 'https://stats.example.org', kind: 'cited' }], keyOf)).toMatchObject({ found: 1, total: 1 });
    expect(citedRecall(truth, [{ url: 'https://stats.example.org', kind: 'related' }], keyOf)).toMatchObject({ found: 0, total: 1 });
  });

  it('body F1 counts characters for Japanese and Chinese', () => {
    expect(tokenize('日本 語', 'chars')).toEqual(['日', '本', '語']);
    expect(unitFor('これは日本語の文章です。')).toBe('chars');
    expect(unitFor('This is English text.')).toBe('words');
    const r = bodyF1([{ truth: '東京都で新しい計画が発表された', predicted: '東京都で新しい計画が発表された。広告', unit: 'chars' }]);
    expect(r.recall).toBe(1);
    expect(r.precision).toBeLessThan(1);
  });
});

describe('inWithoutSnippets: what a reader sees that a truth says is not the article', () => {
  const truth = {
    without: ['For the latest stories and breaking news updates download the Nationnews apps', 'Sarah Yang', 'GET THE BOING BOING NEWSLETTER'],
  };
  it('counts key points and cited sources inside a long enough snippet, either way round', () => {
    const r = inWithoutSnippets(
      truth,
      [
        'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.',
        'Sarah Yang said the garden was planted in May.',
        'The Tridents won the final on Sunday.',
      ],
      [
        { text: 'newsletter', context: 'GET THE BOING BOING NEWSLETTER', kind: 'cited' },
        { text: 'the report', context: 'The Tridents won, the report said.', kind: 'cited' },
        { text: 'GET THE BOING BOING NEWSLETTER', context: '', kind: 'related' },
      ],
    );
    // "Sarah Yang" is too short a snippet to judge a sentence by; a related link is not counted.
    expect(r.points).toBe(3);
    expect(r.pointsIn).toEqual(['For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.']);
    expect(r.cited).toBe(2);
    expect(r.citedIn).toEqual(['newsletter']);
  });
  it('finds nothing on a page without snippets', () => {
    expect(inWithoutSnippets({}, ['A point.'], [])).toEqual({ points: 1, pointsIn: [], cited: 0, citedIn: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { linkPointsToSources } from '../pointSources';
import type { Article, KeyPoint, Source } from '../../model';

const TEXT = 'Prices rose 3%, the statistics office said. Rates held, according to the central bank.';
const source = (url: string, start: number, end: number, kind: Source['kind'] = 'cited'): Source => ({
  url,
  domain: new URL(url).hostname,
  text: TEXT.slice(start, end),
  context: '',
  kind,
  bare: false,
  citedAt: [{ blockIndex: 0, start, end }],
});
const article = (sources: Source[]): Article =>
  ({
    lang: 'en',
    blocks: [
      { index: 0, kind: 'paragraph', text: TEXT },
      { index: 1, kind: 'paragraph', text: 'Nothing cited here.' },
    ],
    sources,
  }) as unknown as Article;
const point = (blockIndex: number, start: number, end: number): KeyPoint => ({ text: 'x', origin: 'sift', score: 1, blockIndex, sentenceIndex: 0, start, end });

describe('what a key point stands on', () => {
  const stats = source('https://stats.example.gov/cpi', 16, 42);
  const bank = source('https://bank.example.org/rates', 73, 89);
  const home = source('https://news.example.com/', 0, 6, 'internal');

  it('the sources cited in its own sentence, else those of its paragraph; never same-site links', () => {
    const [first, second, other] = linkPointsToSources(article([stats, bank, home]), [point(0, 0, 43), point(0, 44, 90), point(1, 0, 19)]);
    expect(first.sources).toEqual(['https://stats.example.gov/cpi']);
    expect(second.sources).toEqual(['https://bank.example.org/rates']);
    // Nothing near: nothing said, not "unsourced".
    expect(other).not.toHaveProperty('sources');
    const [paragraph] = linkPointsToSources(article([bank]), [point(0, 0, 43)]);
    expect(paragraph.sources).toEqual(['https://bank.example.org/rates']);
  });
});

import { describe, expect, it } from 'vitest';
import { categoryProfile, sourceCategory } from '../category';

const cited = (url: string) => sourceCategory({ url, kind: 'cited' });

describe('what kind of evidence a source is, by its address', () => {
  it('primary: public bodies, courts and parliaments, papers, press releases and official PDFs', () => {
    for (const url of [
      'https://www.mhlw.go.jp/stf/houdou/0000123.html',
      'https://www.city.yokohama.lg.jp/kurashi/x.html',
      'https://www.sec.gov/Archives/edgar/data/1/0001.htm',
      'https://www.gov.uk/government/news/x',
      'https://syria.mil.ru/peacemaking/info/news/more.htm?id=1',
      'https://www.who.int/news/item/x',
      'https://www.unog.ch/unog/website/news_media.nsf/x',
      'https://doi.org/10.1038/s41586-020-2012-7',
      'https://arxiv.org/abs/2401.00001',
      'https://www.jstage.jst.go.jp/article/x/1/1/1_1/_article/-char/ja/',
      'https://onlinelibrary.wiley.com/doi/10.1002/x.123',
      'https://prtimes.jp/main/html/rd/p/000000001.000000001.html',
      'https://www.businesswire.com/news/home/2019/x/',
      'https://www.example-corp.com/ir/2025/annual-report.pdf',
      'https://journals.example.org/article/10.5555/12345678',
    ])
      expect(cited(url), url).toBe('primary');
  });

  it('news outlets, social posts and profiles, reference works', () => {
    expect(cited('https://newsdig.tbs.co.jp/articles/withbloomberg/1700885?display=1')).toBe('news');
    expect(cited('https://www.reuters.com/world/x')).toBe('news');
    expect(cited('https://abcnews.go.com/Politics/x')).toBe('news');
    expect(cited('https://x.com/someone/status/123')).toBe('social');
    expect(cited('https://player.vimeo.com/video/325917208')).toBe('social');
    expect(cited('https://weibo.com/7289344785/Ig1LB2mbD')).toBe('social');
    expect(cited('https://ja.wikipedia.org/wiki/x')).toBe('reference');
    expect(cited('https://kotobank.jp/word/x')).toBe('reference');
  });

  it('the same site, whatever its address; an unknown host is other, never guessed from its name', () => {
    expect(sourceCategory({ url: 'https://www.reuters.com/x', kind: 'internal' })).toBe('same-site');
    expect(cited('https://dailynewsblog.example/post/1')).toBe('other');
    expect(cited('https://web.archive.org/web/2019/https://www.reuters.com/x')).toBe('other');
    expect(cited('not a url')).toBe('other');
  });

  it('profiles the sources in one order, empty categories left out', () => {
    expect(
      categoryProfile([
        { url: 'https://x.com/a/status/1', kind: 'cited' },
        { url: 'https://www.nhk.or.jp/x', kind: 'cited' },
        { url: 'https://www.soumu.go.jp/x', kind: 'cited' },
        { url: 'https://www3.nhk.or.jp/y', kind: 'cited' },
      ]),
    ).toEqual([
      ['primary', 1],
      ['news', 2],
      ['social', 1],
    ]);
  });
});

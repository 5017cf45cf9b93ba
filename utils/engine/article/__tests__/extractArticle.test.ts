// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extractArticle';
import type { Article } from '../../model';
import seedHtml from '../../../../tests/fixtures/seed/seed-article.html?raw';
import arsHtml from '../../../../tests/fixtures/pages/ars-1.html?raw';
import bbcHtml from '../../../../tests/fixtures/pages/bbc-1.html?raw';
import yahooHtml from '../../../../tests/fixtures/pages/yahoo-4.html?raw';
import hukumusumeHtml from '../../../../tests/fixtures/pages/hukumusume.html?raw';
import gmwHtml from '../../../../tests/fixtures/pages/gmw.html?raw';
import rtlHtml from '../../../../tests/fixtures/pages/rtl-1.html?raw';
import notArticleHtml from '../../../../tests/fixtures/pages/not-article.html?raw';
import notArticleLegalHtml from '../../../../tests/fixtures/pages/not-article-legal.html?raw';
import { keyPointsFor } from '../../summary/keyPointsFor';

const SEED_URL = 'https://find-go.example/articles/nichibei-domei-2025';
const FAKEHOST = 'http://fakehost/test/page.html';

/** A document at `url` (jsdom's own URL cannot be set per document, so a <base> gives relative links their page). */
function load(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}

function extract(html: string, url: string): { doc: Document; article: Article } {
  const doc = load(html, url);
  return { doc, article: extractArticle(doc, url) };
}

describe('extractArticle on the seed page', () => {
  const { doc, article } = extract(seedHtml, SEED_URL);

  it('does not change the live page', () => {
    const fresh = load(seedHtml, SEED_URL);
    const before = fresh.documentElement.outerHTML;
    extractArticle(fresh, SEED_URL);
    expect(fresh.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('[data-sift-i]')).toBeNull();
  });

  it('finds the three points of the author box, without bullets, and keeps them out of the body blocks', () => {
    expect(article.authorKeyPoints.map((p) => p.text)).toEqual([
      '中谷防衛大臣とヘグセス米国防長官が電話会談を行い、日米同盟の抑止力と対処力の強化で一致しました。',
      '日米両政府は安全保障協議委員会(2プラス2)を開催し、中国を名指しで批判し、日米同盟の重要性を確認しました。',
      'ヘグセス米国防長官が日本を訪問し、日米同盟の強化、安全保障情勢について協議し、硫黄島合同慰霊式典にも出席します。',
    ]);
    for (const p of article.authorKeyPoints) expect(article.articleBody).not.toContain(p.text);
    expect(article.articleBody).not.toContain('この記事で分かる事');
    expect(article.articleBody).toContain('2025年1月31日、中谷元防衛大臣とヘグセス米国防長官は、初の電話会談を実施しました。');
  });

  it('finds exactly the two cited sources, one a link and one a bare URL, and no site chrome', () => {
    const cited = article.sources.filter((s) => s.kind === 'cited');
    expect(cited.map((s) => s.domain).sort()).toEqual(['mainichi.jp', 'newsdig.tbs.co.jp']);
    const tbs = cited.find((s) => s.domain === 'newsdig.tbs.co.jp')!;
    expect(tbs.url).toBe('https://newsdig.tbs.co.jp/articles/withbloomberg/1700885?display=1');
    expect(tbs.bare).toBe(false);
    const mainichi = cited.find((s) => s.domain === 'mainichi.jp')!;
    expect(mainichi.url).toBe('https://mainichi.jp/articles/20210316/k00/00m/010/230000c');
    expect(mainichi.bare).toBe(true);
    expect(mainichi.context).toContain('出典');
    for (const s of article.sources) expect(s.url).not.toMatch(/\/category\/|\/ranking|\/about|\/privacy|\/contact|page=2|find-go\.example\/$/);
  });

  it('reads metadata, next page and outline', () => {
    expect(article.lang).toBe('ja');
    expect(article.dir).toBe('ltr');
    expect(article.title).toBe('日米同盟強化は?中谷防衛大臣とヘグセス米国防長官の連携強化の行方(?マーク)');
    expect(article.publishedTime).toBe('2025-03-30T09:00:00+09:00');
    expect(article.siteName).toBe('Find Go');
    expect(article.canonicalUrl).toBe(SEED_URL);
    expect(article.nextPageUrl).toBe(`${SEED_URL}?page=2`);
    expect(article.extraction.method).toBe('readability');
    expect(article.extraction.isArticle).toBe(true);
    expect(article.extraction.partial).toBe(false);
    const top = article.outline.map((o) => o.text);
    expect(top).toContain('始まりは電話会談から');
    const first = article.outline.find((o) => o.text === '始まりは電話会談から')!;
    expect(first.level).toBe(2);
    expect(first.children.map((c) => c.text)).toEqual(['中谷防衛大臣とヘグセス長官、電話会談で何が?']);
    expect(article.blocks[first.blockIndex].text).toBe('始まりは電話会談から');
    expect(article.blocks.map((b) => b.index)).toEqual(article.blocks.map((_, i) => i));
    // ~1,000 characters at 500 a minute.
    expect(article.readingTimeMinutes).toBe(2);
  });
});

describe('extractArticle on English pages', () => {
  it('ars-1: title, byline, body, language', () => {
    const { article } = extract(arsHtml, FAKEHOST);
    expect(article.title).toBe('Just-released Minecraft exploit makes it easy to crash game servers');
    expect(article.byline).toBe('Dan Goodin');
    expect(article.lang).toBe('en');
    expect(article.articleBody).toContain('A flaw in the wildly popular online game Minecraft');
    expect(article.articleBody).not.toMatch(/<[a-z]+[ >]/);
    expect(article.extraction.isArticle).toBe(true);
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(2);
    for (const s of article.sources) expect(s.url).toMatch(/^https?:\/\//);
  });

  it('bbc-1: published time and sources without share links', () => {
    const { article } = extract(bbcHtml, FAKEHOST);
    expect(article.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(Date.parse(article.publishedTime!)).toBe(Date.parse('2015-07-24T05:36:09+01:00'));
    expect(article.articleBody.startsWith('President Barack Obama has admitted')).toBe(true);
    for (const s of article.sources) expect(s.url).not.toMatch(/facebook\.com\/sharer|twitter\.com\/intent|utm_/);
  });
});

describe('extractArticle on Japanese and Chinese pages', () => {
  it('yahoo-4: Japanese article', () => {
    const { article } = extract(yahooHtml, FAKEHOST);
    expect(article.lang).toBe('ja');
    expect(article.articleBody).toContain('トレンドマイクロは3月9日');
    expect(article.extraction.isArticle).toBe(true);
  });

  it('hukumusume: Japanese without <html lang>, short paragraphs', () => {
    const { article } = extract(hukumusumeHtml, FAKEHOST);
    expect(article.lang).toBe('ja');
    expect(article.articleBody).toContain('欲張りなイヌ');
    expect(article.articleBody.length).toBeGreaterThan(300);
  });

  it('gmw: Chinese (han without kana) without <html lang>', () => {
    const { article } = extract(gmwHtml, FAKEHOST);
    expect(article.lang).toBe('zh');
    expect(article.articleBody).toContain('翱翔于距地球数千公里的太空中');
    // Characters a minute: about 3,400 characters → 7 minutes.
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(5);
  });
});

describe('extractArticle on other pages', () => {
  it('rtl-1: right-to-left direction', () => {
    const { article } = extract(rtlHtml, FAKEHOST);
    expect(article.dir).toBe('rtl');
    expect(article.articleBody).toContain('Lorem ipsum dolor sit amet');
  });

  it('not-article: a home page is not an article, but its outline still comes back and nav/footer are not sources', () => {
    const { article } = extract(notArticleHtml, 'https://portal.example/');
    expect(article.extraction.isArticle).toBe(false);
    expect(article.title).toBe('Example Portal — Home');
    for (const s of article.sources) expect(s.url).not.toMatch(/\/(sport|weather|login|privacy|terms)$/);
  });

  it('not-article: a home page shows no footer, legal or cookie line as a key point', () => {
    const { article } = extract(notArticleLegalHtml, 'https://cloud.example/');
    expect(article.extraction.isArticle).toBe(false);
    const points = keyPointsFor(article, { points: 7 }).map((p) => p.text);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p).not.toMatch(/cookie|reCAPTCHA|rights reserved|trademark|privacy|terms/i);
  });

  it('keeps a post the story quotes from a social network, in a wrapper whose class reads as furniture, with its links cited', () => {
    // The markup of a news page that quotes tweets (Twitter's embed code in a "social-media-embed" box).
    const para = (t: string) => `<p class="article__paragraph--left">${t}</p>`;
    const tweet = (text: string, short: string, who: string, status: string) =>
      `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text} <a href="https://t.co/${short}">https://t.co/${short}</a></p>— ${who} <a href="https://twitter.com/${status}?ref_src=twsrc%5Etfw">November 18, 2019</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n</div>`;
    const html = `<html lang="en"><head><title>A slogan</title></head><body><main><article><h1>A slogan</h1><div class="article__story"><div class="entry-content">${[
      para(
        'Enter South Dakota to throw down the gauntlet. The state’s new slogan for an anti-drug campaign drew a South Dakota-sized share of attention on social media Monday.',
      ),
      para('Yes, that’s it. No joke. The governor of South Dakota would like us to know that her state is on meth. You know, like solving the problem.'),
      para('And if you haven’t yet noticed what might be wrong, a whole lot of people on Twitter pointed it out.'),
      tweet(
        'Yes this is real and yes the state spent nearly half a million dollars on it:',
        'Nc0nKoXGBP',
        'Dianna E. Anderson (@diannaeanderson)',
        'diannaeanderson/status/1196501054197649413',
      ),
      para('So many people were talking about South Dakota’s odd new slogan that the state and “We’re On It" became top Twitter trends.'),
      para(
        'The report says the Minneapolis ad agency Broadhead Co. came up with the campaign, and the state has paid the agency nearly $449,000 so far this year.',
      ),
    ].join('')}</div></div></article></main></body></html>`;
    const { article } = extract(html, 'https://www.nj.example/entertainment/2019/11/slogan.html');
    expect(article.articleBody).toContain('Yes this is real and yes the state spent nearly half a million dollars on it');
    const cited = article.sources.filter((s) => s.kind === 'cited').map((s) => s.url);
    expect(cited).toContain('https://t.co/Nc0nKoXGBP');
    expect(cited.some((u) => u.startsWith('https://twitter.com/diannaeanderson/status/1196501054197649413'))).toBe(true);
  });

  it('falls back to JSON-LD articleBody when the page body has almost nothing', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of the story says something long enough to be prose, with details and more words.`).join(
      '\n',
    );
    const html = `<html lang="en"><head><title>Headline</title><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Headline',
      articleBody: body,
      datePublished: '2024-05-01T10:00:00Z',
      author: [{ name: 'A. Writer' }],
    })}</script></head><body><div id="app">Loading…</div></body></html>`;
    const { article } = extract(html, 'https://news.example/story');
    expect(article.extraction.method).toBe('json-ld');
    expect(article.blocks).toHaveLength(6);
    expect(article.title).toBe('Headline');
    expect(article.byline).toBe('A. Writer');
    expect(article.publishedTime).toBe('2024-05-01T10:00:00Z');
  });

  it('stops on huge pages and says the result is partial, without throwing', () => {
    const para = '<p>Word word word, word word word word. More words here.</p>';
    const html = `<html lang="en"><head><title>Huge</title></head><body><article>${para.repeat(6000)}</article></body></html>`;
    const { article } = extract(html, 'https://huge.example/a');
    expect(article.extraction.partial).toBe(true);
    expect(article.blocks.length).toBeGreaterThan(100);
  }, 60000);

  it('never throws, even on a document without a body', () => {
    const doc = document.implementation.createDocument(null, 'x', null) as unknown as Document;
    const article = extractArticle(doc, 'not a url');
    expect(article.extraction.method).toBe('none');
    expect(article.blocks).toEqual([]);
  });
});

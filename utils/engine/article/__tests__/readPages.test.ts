// @vitest-environment happy-dom
/**
 * "Read all pages" over the three-page fixtures (tests/fixtures/multipage), with a fake network:
 * what is asked for, the merged Article, and where reading stops (a failure, a loop, another
 * article, the cap).
 */
import { describe, expect, it } from 'vitest';
import ja1 from '../../../../tests/fixtures/multipage/ja/article.html?raw';
import ja2 from '../../../../tests/fixtures/multipage/ja/article_2.html?raw';
import ja3 from '../../../../tests/fixtures/multipage/ja/article_3.html?raw';
import en1 from '../../../../tests/fixtures/multipage/en/story.html?raw';
import en2 from '../../../../tests/fixtures/multipage/en/story-2.html?raw';
import en3 from '../../../../tests/fixtures/multipage/en/story-3.html?raw';
import { extractArticle } from '../extractArticle';
import { parsePage, readAllPages, type PageFetcher } from '../readPages';
import { summarize } from '../../summary/summarize';

const JA = 'https://news.example.jp/local/article.html';
const EN = 'https://gazette.example/city/story.html';
const SITE: Record<string, string> = {
  [JA]: ja1,
  'https://news.example.jp/local/article_2.html': ja2,
  'https://news.example.jp/local/article_3.html': ja3,
  [EN]: en1,
  'https://gazette.example/city/story-2.html': en2,
  'https://gazette.example/city/story-3.html': en3,
};

const parse = (html: string, url: string) => parsePage(new DOMParser(), html, url);
const read = (url: string) => extractArticle(parse(SITE[url], url), url);
/** A network of `pages`; `asked` lists what was fetched. */
function network(pages: Record<string, string>) {
  const asked: string[] = [];
  const fetchPage: PageFetcher = async (url) => {
    asked.push(url);
    const html = pages[url];
    if (html === undefined) throw new Error('HTTP 404');
    return { html, url };
  };
  return { asked, fetchPage };
}

describe('readAllPages', () => {
  it('Japanese: page 1 says "1 of 3"; all three pages read in order, merged, with their page numbers', async () => {
    const first = read(JA);
    expect(first.pagination).toEqual({ current: 1, total: 3, nextUrl: 'https://news.example.jp/local/article_2.html' });
    const net = network(SITE);
    const result = await readAllPages(first, { ...net, parse, extract: extractArticle });
    expect(net.asked).toEqual(['https://news.example.jp/local/article_2.html', 'https://news.example.jp/local/article_3.html']);
    expect(result.pagesRead).toBe(3);
    expect(result.stopped).toBeUndefined();
    const a = result.article;
    expect(a.pages?.map((p) => p.url)).toEqual([JA, 'https://news.example.jp/local/article_2.html', 'https://news.example.jp/local/article_3.html']);
    expect(a.pagination).toMatchObject({ current: 1, total: 3 });
    expect(a.nextPageUrl).toBeUndefined();
    expect(new Set(a.blocks.map((b) => b.page))).toEqual(new Set([1, 2, 3]));
    expect(a.blocks.every((b, i) => b.index === i)).toBe(true);
    expect(a.articleBody).toContain('観光列車の収益で地方鉄道の再生を支え');
    // The headline repeated over each page is read once.
    expect(a.blocks.filter((b) => b.text.startsWith('地方鉄道の再生、三つの町の挑戦')).length).toBeLessThanOrEqual(1);
    // Key points are chosen over the whole article: page 3 sums the story up.
    const pages = summarize(a, { points: 5 }).map((k) => a.blocks[k.blockIndex]?.page);
    expect(pages).toContain(3);
  });

  it('English over <link rel=next>: "Page 1 of 3" said in words, the same merge', async () => {
    const first = read(EN);
    expect(first.pagination).toEqual({ current: 1, total: 3, nextUrl: 'https://gazette.example/city/story-2.html' });
    const result = await readAllPages(first, { ...network(SITE), parse, extract: extractArticle });
    expect(result.pagesRead).toBe(3);
    expect(result.article.outline.length).toBeLessThanOrEqual(1);
  });

  it('a page that fails mid-way: what was read is kept, and the failure says which page', async () => {
    const { [`https://news.example.jp/local/article_3.html`]: _gone, ...rest } = SITE;
    const result = await readAllPages(read(JA), { ...network(rest), parse, extract: extractArticle });
    expect(result.pagesRead).toBe(2);
    expect(result.stopped).toEqual({ reason: 'failed', url: 'https://news.example.jp/local/article_3.html', page: 3, detail: 'HTTP 404' });
    expect(result.article.pages).toHaveLength(2);
    expect(result.article.nextPageUrl).toBe('https://news.example.jp/local/article_3.html');
  });

  it('stops at a loop, at another article and at the cap; never leaves the site', async () => {
    // Page 2 links back to page 1.
    const loop = { ...SITE, 'https://news.example.jp/local/article_2.html': ja2.replaceAll('article_3.html', 'article.html') };
    expect((await readAllPages(read(JA), { ...network(loop), parse, extract: extractArticle })).stopped?.reason).toBe('loop');
    // Page 2 is another story.
    const other = {
      ...SITE,
      'https://gazette.example/city/story-2.html': en2
        .replaceAll('City turns empty parking garages into 600 homes', 'Storm closes schools')
        .replace('Page 2 of 3', ''),
    };
    const stopped = await readAllPages(read(EN), { ...network(other), parse, extract: extractArticle });
    expect(stopped.stopped?.reason).toBe('other-article');
    expect(stopped.article.pages).toBeUndefined();
    const capped = await readAllPages(read(JA), { ...network(SITE), parse, extract: extractArticle, maxPages: 2 });
    expect(capped).toMatchObject({ pagesRead: 2, stopped: { reason: 'limit', page: 3 } });
    // A redirect to another site is refused.
    const moved: PageFetcher = async (url) => ({ html: SITE[url] ?? '', url: 'https://elsewhere.example/x' });
    expect((await readAllPages(read(JA), { fetchPage: moved, parse, extract: extractArticle })).stopped).toMatchObject({ reason: 'failed', page: 2 });
  });

  it('a single-page view is read instead of the pages when the page offers one', async () => {
    const whole = SITE[JA].replace('</article>', `${[ja2, ja3].map((h) => h.match(/<p>(?!架空)[^<]+<\/p>/g)?.join('') ?? '').join('')}</article>`);
    const first = read(JA);
    const withSingle = { ...first, pagination: { ...first.pagination!, singlePageUrl: 'https://news.example.jp/local/article.html?single=1' } };
    const net = network({ ...SITE, 'https://news.example.jp/local/article.html?single=1': whole });
    const result = await readAllPages(withSingle, { ...net, parse, extract: extractArticle });
    expect(net.asked).toEqual(['https://news.example.jp/local/article.html?single=1']);
    expect(result).toMatchObject({ singlePage: true, pagesRead: 1 });
    expect(result.article.url).toBe(JA);
    expect(result.article.articleBody).toContain('観光列車');
  });

  it("a fetched page's links resolve against its own address, or the <base> it declares", () => {
    // What the engine resolves links against (`baseURI`); a browser's `a.href` follows it too.
    const at = 'https://news.example.jp/local/2026/article_2.html';
    expect(parsePage(new DOMParser(), '<p><a href="article_3.html">次へ</a></p>', at).baseURI).toBe(at);
    const based = parsePage(new DOMParser(), '<head><base href="/archive/"></head><p><a href="article_3.html">次へ</a></p>', at);
    expect(based.baseURI).toBe('https://news.example.jp/archive/');
    expect(based.querySelectorAll('base')).toHaveLength(1);
  });
});

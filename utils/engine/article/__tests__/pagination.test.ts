// @vitest-environment happy-dom
/**
 * Pagination on minimal pages made from real ones (corpus and page named in each test) and on
 * generated ones: which link is the article's next page, how many pages it has, and what is another
 * article ("next post", "next chapter"), which must not read as a further page.
 */
import { describe, expect, it } from 'vitest';
import { findPagination } from '../pagination';

const page = (url: string, body: string, head = '') =>
  new DOMParser().parseFromString(`<html><head><base href="${url}">${head}</head><body>${body}</body></html>`, 'text/html');
const pagination = (url: string, body: string, head = '') => {
  const doc = page(url, body, head);
  return findPagination(doc, url, doc.querySelector('article'));
};

describe('findPagination', () => {
  it('a numbered list with its current page and a "次のページ" link (ja-news-dev www.vector.co.jp, 3 pages)', () => {
    const url = 'https://www.vector.co.jp/magazine/softnews/190424/n1904241.html';
    const dir = 'https://www.vector.co.jp/magazine/softnews/190424/';
    expect(
      pagination(
        url,
        `<article><p>レビュー本文。</p></article><div align="center"><b><a href="${dir}n1904241_reviewer.html">＞＞ 次のページ</a></b></div>` +
          `<div class="pagination"><ul><li>« 前へ</li><li><a href="${dir}n1904241.html" class="current">1</a></li><li><a href="${dir}n1904241_reviewer.html">2</a></li>` +
          `<li><a href="${dir}n1904241_author.html">3</a></li><li><a href="${dir}n1904241_reviewer.html">次へ »</a></li></ul></div>`,
      ),
    ).toEqual({ current: 1, total: 3, nextUrl: `${dir}n1904241_reviewer.html` });
  });

  it('<link rel=next> to /2/ of the same post, and WordPress\'s "Pages: 1 2 3 4" (trafilatura-dev luxuriousmagazine.com)', () => {
    const url = 'https://www.luxuriousmagazine.com/2019/06/royal-salute-polo-rome/';
    expect(pagination(url, '<article><p>Polo.</p></article>', `<link rel="next" href="${url}2/">`)).toEqual({ current: 1, nextUrl: `${url}2/` });
    expect(
      pagination(
        url,
        `<article><p>Polo.</p><div class="page-links">Pages: 1 <a href="${url}2/">2</a> <a href="${url}3/">3</a> <a href="${url}4/">4</a></div></article>`,
        `<link rel="next" href="${url}2/">`,
      ),
    ).toEqual({ current: 1, total: 4, nextUrl: `${url}2/` });
    // A counter's numbers count only where they link to further pages of this one.
    expect(pagination(url, '<article><p>Polo.</p><span class="page-views">12</span></article>')).toBeUndefined();
  });

  it("a blog's next post and a book's next chapter are other articles (aeb-dev kabarislamia.com, trafilatura-dev royalroad.com)", () => {
    expect(
      pagination(
        'https://kabarislamia.com/2015/03/30/jangan-membenci-satu-kaum-secara-berlebihan/',
        '<article><p>Teks.</p><a rel="next" href="https://kabarislamia.com/2015/03/30/location-of-najd-is-in-iraq-or-in-najd/">Next</a></article>',
      ),
    ).toBeUndefined();
    expect(
      pagination(
        'https://www.royalroad.com/fiction/34798/melas/chapter/540297/chapter-1-waking',
        '<article><p>Text.</p><a href="/fiction/34798/melas/chapter/540298/chapter-2-magic">Next page</a></article>',
      ),
    ).toBeUndefined();
    // Two numeric ids are two articles, not pages (ja-news-dev www.kateigaho.com).
    expect(pagination('https://www.kateigaho.com/food/45163/', '<article><p>本文。</p><a href="/food/45334/">次へ</a></article>')).toBeUndefined();
  });

  it('"?page=2" under a "次のページを読む" link (the seed page)', () => {
    const url = 'https://example.jp/articles/nichibei-domei-2025';
    expect(pagination(url, '<article><p>本文。</p><a href="?page=2">次のページを読む</a></article>')).toEqual({ current: 1, nextUrl: `${url}?page=2` });
  });

  it('counts pages said in words: "1/3", "Page 2 of 4", "全5ページ"', () => {
    const url = 'https://news.example/a/story';
    expect(pagination(url, '<article><p>x</p><div class="pager"><span>1/3</span> <a href="/a/story/2">次へ</a></div></article>')).toEqual({
      current: 1,
      total: 3,
      nextUrl: 'https://news.example/a/story/2',
    });
    expect(pagination(`${url}/2`, '<article><p>x</p><nav class="paging">Page 2 of 4 <a href="/a/story/3">Next page</a></nav></article>')).toEqual({
      current: 2,
      total: 4,
      nextUrl: 'https://news.example/a/story/3',
    });
    expect(pagination(url, '<article><p>x</p><p class="pagination">全5ページ <a href="/a/story?page=2">次ページ</a></p></article>')?.total).toBe(5);
  });

  it("a numbered list is the article's pages whatever their addresses; article-1 → article-2 counts up", () => {
    expect(
      pagination(
        'https://news.example/p/8812',
        '<article><p>x</p></article><ul class="pagination"><li><span class="current">1</span></li><li><a href="/p/9900">2</a></li></ul>',
      ),
    ).toEqual({ current: 1, total: 2, nextUrl: 'https://news.example/p/9900' });
    expect(pagination('https://news.example/story-1.html', '<article><p>x</p><a href="story-2.html">Next page</a></article>')?.nextUrl).toBe(
      'https://news.example/story-2.html',
    );
  });

  it('a link to the whole article on one page, same site only', () => {
    const url = 'https://news.example/a/story';
    expect(pagination(url, '<article><p>x</p><a href="/a/story?page=2">次へ</a> <a href="/a/story?single=1">1ページで表示</a></article>')).toEqual({
      current: 1,
      nextUrl: `${url}?page=2`,
      singlePageUrl: `${url}?single=1`,
    });
    expect(pagination(url, '<article><p>x</p><a href="/a/story/all">View as single page</a></article>')?.singlePageUrl).toBe(`${url}/all`);
    // By its address alone, whatever its words: `?single=1`-style.
    expect(pagination(url, '<article><p>x</p><a href="/a/story?page=2">次へ</a> <a href="/a/story?single=1">全文</a></article>')?.singlePageUrl).toBe(
      `${url}?single=1`,
    );
    expect(pagination(url, '<article><p>x</p><a href="/a/story?page=all">≫</a></article>')?.singlePageUrl).toBe(`${url}?page=all`);
    expect(pagination(url, '<article><p>x</p><a href="/other/story?single=1">x</a></article>')).toBeUndefined();
    // Page 1 of a numbered list is not the whole article.
    expect(pagination(`${url}?page=2`, '<article><p>x</p><a href="/a/story?page=1">1</a></article>')?.singlePageUrl).toBeUndefined();
    expect(pagination(url, '<article><p>x</p><a href="https://other.example/a/story?page=2">Next page</a></article>')).toBeUndefined();
  });

  it('a labelled link and a numbered list after the article; a next page on another site is none', () => {
    const url = 'https://site.example/a/story';
    expect(pagination(url, '<article><p>text</p><a href="/a/story/2">次へ</a></article>')?.nextUrl).toBe('https://site.example/a/story/2');
    expect(
      pagination(url, '<article><p>x</p></article><div class="pagination"><span class="current">1</span><a href="?page=2">2</a><a href="?page=3">3</a></div>'),
    ).toEqual({ current: 1, total: 3, nextUrl: 'https://site.example/a/story?page=2' });
    expect(pagination(url, '<article><a href="https://elsewhere.example/next">Next page</a></article>')).toBeUndefined();
  });

  it('no pages: an article on one page, and a date in the address is not a page number', () => {
    expect(pagination('https://news.example/2024/05/12/story', '<article><p>Prose.</p></article>')).toBeUndefined();
  });
});

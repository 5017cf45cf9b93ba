// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findSources } from '../findSources';
import { normalizeUrl, sameSite, urlKey } from '../normalizeUrl';

const PAGE = 'https://news.example.com/2025/story';

function region(html: string): Element {
  const doc = new DOMParser().parseFromString(`<html><head><base href="${PAGE}"></head><body><article>${html}</article></body></html>`, 'text/html');
  return doc.querySelector('article')!;
}

describe('normalizeUrl', () => {
  it('removes tracking parameters and the fragment, keeps the rest', () => {
    const u = normalizeUrl('https://a.example/x?id=3&utm_source=tw&utm_medium=s&fbclid=Z&gclid=Q&mc_cid=1&igshid=2#top');
    expect(u!.href).toBe('https://a.example/x?id=3');
  });
  it('refuses non-http(s) and resolves relative links', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('mailto:a@b.c')).toBeNull();
    expect(normalizeUrl('/a/b', PAGE)!.href).toBe('https://news.example.com/a/b');
  });
  it('gives one key to spellings of one address', () => {
    expect(urlKey(normalizeUrl('https://www.a.example/x/?b=2&a=1')!)).toBe(urlKey(normalizeUrl('http://a.example/x?a=1&b=2')!));
  });
  it('knows subdomains of one site', () => {
    expect(sameSite('www.asahi.com', 'digital.asahi.com')).toBe(true);
    expect(sameSite('news.yahoo.co.jp', 'www.yahoo.co.jp')).toBe(true);
    expect(sameSite('a.co.jp', 'b.co.jp')).toBe(false);
  });
});

describe('findSources', () => {
  it('classifies cited, related and internal links, with context', () => {
    const r = region(`
      <p>The ministry said prices rose, according to <a href="https://stats.example.org/cpi?utm_source=x">the statistics office</a>. More text.</p>
      <p>出典: <a href="https://www3.nhk.or.jp/news/html/1.html">NHK</a></p>
      <p>We covered this <a href="/2024/older-story">last year</a>.</p>
      <div class="related-articles"><a href="https://other.example.net/more">Another story</a></div>
      <p>Read more: <a href="https://blog.example.io/post">a blog post</a></p>`);
    const { sources } = findSources(r, PAGE);
    const by = Object.fromEntries(sources.map((s) => [s.domain, s]));
    expect(by['stats.example.org'].kind).toBe('cited');
    expect(by['stats.example.org'].url).toBe('https://stats.example.org/cpi');
    expect(by['stats.example.org'].context).toBe('The ministry said prices rose, according to the statistics office.');
    expect(by['www3.nhk.or.jp'.replace(/^www\d?\./, '')].kind).toBe('cited');
    expect(by['news.example.com'].kind).toBe('internal');
    expect(by['other.example.net'].kind).toBe('related');
    expect(by['blog.example.io'].kind).toBe('related');
  });

  it('finds bare URLs in text, trims trailing punctuation, and de-duplicates with links', () => {
    const r = region(`
      <p>画像元: https://example.jp/img/1.html。詳しくは記事へ。</p>
      <p>Source: https://data.example.org/set?id=7&utm_campaign=a.</p>
      <p><a href="https://data.example.org/set?id=7">the data set</a></p>`);
    const { sources } = findSources(r, PAGE);
    expect(sources).toHaveLength(2);
    const jp = sources.find((s) => s.domain === 'example.jp')!;
    expect(jp).toMatchObject({ url: 'https://example.jp/img/1.html', bare: true, kind: 'cited' });
    const data = sources.find((s) => s.domain === 'data.example.org')!;
    expect(data.url).toBe('https://data.example.org/set?id=7');
    expect(data.bare).toBe(false);
  });

  it('leaves out navigation, share buttons, comments, pagination, footers and same-page anchors', () => {
    const r = region(`
      <nav><a href="/politics">Politics</a></nav>
      <div class="share-buttons"><a href="https://twitter.com/intent/tweet?url=x">Tweet</a></div>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>
      <p>Body with a <a href="#section-2">jump</a> and <a href="${PAGE}?utm_source=rss">itself</a>.</p>
      <div class="comments"><p>Nice! <a href="https://spam.example/">my site</a></p></div>
      <div class="pagination"><a href="?page=2">2</a></div>
      <footer><a href="/privacy">Privacy</a></footer>
      <aside><a href="https://ads.example/">ad</a></aside>`);
    expect(findSources(r, PAGE).sources).toEqual([]);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findSources } from '../findSources';
import { normalizeUrl, sameSite, urlKey } from '../normalizeUrl';
import { collectBlocks } from '../../article/blocks';
import type { Source } from '../../model';
import { articleFromText } from '../../article/fromText';
import { citingSentences } from '../citedAt';

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

describe("findSources with the article's body: cited means in its text", () => {
  /** A page whose <article> holds `html`; the body is what collectBlocks finds in its first `bodyBlocks` blocks. */
  function run(html: string, bodyOnly: (el: Element) => boolean = () => true) {
    const r = region(html);
    const { blocks, links } = collectBlocks(r, { skip: (el) => !bodyOnly(el) });
    return { ...findSources(r, PAGE, { body: { blocks, links } }), blocks };
  }
  const bySite = (sources: Source[]) => Object.fromEntries(sources.map((s) => [s.domain, s]));

  it('records every place the text cites a source (block and offsets), its sentence as context, and the citing sentences', () => {
    const { sources, blocks } = run(`
      <p>Prices rose in May. The rise was the largest since 1990, according to <a href="https://stats.example.org/cpi">the statistics office</a>.</p>
      <p>Analysts had expected less. The <a href="https://stats.example.org/cpi?utm_source=x">office</a> revises its figures monthly.</p>`);
    const cpi = bySite(sources)['stats.example.org'];
    expect(cpi.kind).toBe('cited');
    expect(cpi.citedAt.map((c) => [c.blockIndex, blocks[c.blockIndex].text.slice(c.start, c.end)])).toEqual([
      [0, 'the statistics office'],
      [1, 'office'],
    ]);
    expect(cpi.context).toBe('The rise was the largest since 1990, according to the statistics office.');
    const article = { ...articleFromText('', { lang: 'en' }), blocks, sources };
    expect(citingSentences(article)[sources.indexOf(cpi)].map(({ blockIndex, sentenceIndex, text }) => ({ blockIndex, sentenceIndex, text }))).toEqual([
      { blockIndex: 0, sentenceIndex: 1, text: 'The rise was the largest since 1990, according to the statistics office.' },
      { blockIndex: 1, sentenceIndex: 1, text: 'The office revises its figures monthly.' },
    ]);
  });

  it("takes a URL written in the text as cited, with its place (the seed page's 出典/画像元: https://…)", () => {
    const { sources, blocks } = run('<p>尖閣諸島に関する共同文書の全文です。</p><p>出典/画像元: https://mainichi.jp/articles/20210316/k00/00m/010/230000c</p>');
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ domain: 'mainichi.jp', kind: 'cited', bare: true });
    const [at] = sources[0].citedAt;
    expect(at.blockIndex).toBe(1);
    expect(blocks[1].text.slice(at.start, at.end)).toBe('https://mainichi.jp/articles/20210316/k00/00m/010/230000c');
  });

  it('a link near the article but outside its text is related, unless it is labelled as a citation', () => {
    const { sources } = run(
      `<p>The ministry published the figures on Monday.</p>
       <div class="card"><p>Statistics Bureau <a href="https://www.stat.go.jp/data/cpi/">consumer prices</a></p></div>
       <div class="card"><p>出典: <a href="https://www3.nhk.or.jp/news/html/1.html">NHK</a></p></div>`,
      (el) => !el.classList.contains('card'),
    );
    const by = bySite(sources);
    expect(by['stat.go.jp']).toMatchObject({ kind: 'related', citedAt: [] });
    expect(by['www3.nhk.or.jp'.replace(/^www\d?\./, '')]).toMatchObject({ kind: 'cited', citedAt: [] });
  });

  it("a link in a photo's caption is cited only when labelled, as outside the text (wcxb-dev tj-0011)", () => {
    const { sources, blocks } = run(`
      <p>Spill and stain resistant fabrics like Crypton or Sunbrella work well in a family room.</p>
      <figure><img src="/sofa.jpg" alt=""><figcaption>Interior design by <a href="https://www.fletcherrhodes.example/">Fletcher Rhodes</a>, Sonoma CA. Photo: <a href="https://kuohphotography.example/">Thomas Kuoh</a>.</figcaption></figure>
      <figure><img src="/arhaus.jpg" alt=""><figcaption>Arhaus sectional sofa upholstered in stain resistant fabric. Source: <a href="https://www.crypton.example/">Crypton</a></figcaption></figure>`);
    expect(blocks.filter((b) => b.kind === 'caption')).toHaveLength(2);
    const by = bySite(sources);
    expect(by['fletcherrhodes.example'].kind).toBe('related');
    expect(by['kuohphotography.example'].kind).toBe('related');
    expect(by['crypton.example'].kind).toBe('cited');
  });

  it('follow links and author boxes are not sources; a post or an account the text cites is (aeb-dev abd9d629…, 3c6d3381…)', () => {
    const { sources } = run(`
      <p>Follow NBC Latino on <a href="https://www.facebook.com/NBCLatino">Facebook</a>, <a href="https://twitter.com/NBCLatino">Twitter</a> and <a href="https://instagram.com/nbclatino/">Instagram</a>.</p>
      <p>The recipe comes from a food blogger, <a href="https://www.instagram.com/darkzip/">@darkzip</a>, who posted it last year.</p>
      <p>The governor <a href="https://twitter.com/govkristinoem/status/1196553520201248768">wrote on Twitter</a> that the campaign was working.</p>`);
    const urls = sources.map((s) => s.url);
    expect(urls.some((u) => u.includes('NBCLatino') || u.includes('nbclatino'))).toBe(false);
    expect(bySite(sources)['instagram.com']?.kind).toBe('cited');
    expect(bySite(sources)['twitter.com']?.url).toContain('/status/');
  });

  it('calls to action, lookups beside a reference and adverts are not sources (wcxb-dev tj-0268, tj-2020; ja-news-dev phpspot.org)', () => {
    const { sources } = run(`
      <p>PMP is the best-known certification. <a href="https://amzn.to/3abc">Buy on Amazon</a></p>
      <p>&gt;&gt; Get Started: <a href="https://www.pmi.org/capm">Certified Associate in Project Management (CAPM)</a></p>
      <p>1. Huberty J. Efficacy of Calm. JMIR mHealth 2019;7(6):e14273. <a href="https://doi.org/10.2196/14273">CrossRef</a> <a href="https://pubmed.ncbi.nlm.nih.gov/31237213">Medline</a> <a href="https://scholar.google.com/scholar?q=calm">Google Scholar</a></p>
      <p><a href="https://ad.example.net/x">[PR] 英単語を忘却曲線アプリで覚える方法</a></p>`);
    expect(sources).toEqual([]);
  });

  it('share and subscribe links are never sources (ja-news-dev phpspot.org)', () => {
    const { sources } = run(
      '<p>Read it later. <a href="http://twitter.com/home?status=RT+%40phpspot">RT</a> <a href="https://example.org/subscribe">Subscribe</a></p>',
    );
    expect(sources).toEqual([]);
  });

  it('caps the links looked at on a page made of links', () => {
    const many = Array.from({ length: 5500 }, (_, i) => `<p>Claim ${i} stands on <a href="https://example.org/r/${i}">report ${i}</a>.</p>`).join('');
    const r = run(many);
    expect(r.partial).toBe(true);
    expect(r.sources.length).toBeLessThanOrEqual(5000);
  });
});

describe('findSources in the DOMs the CLI uses', () => {
  it('reads a link whose address has a broken escape without asking the DOM for .href (linkedom throws there; ja-news-dev phpspot.org)', async () => {
    const { parseHTML } = await import('linkedom');
    const html =
      '<html><body><article><p>A story about <a href="/search?q=%E3%81%">a search</a> and <a href="https://other.example/report">a report</a> on it.</p><p>Related: <a href="https://third.example/x%">more</a></p></article></body></html>';
    const { document } = parseHTML(html);
    const region = document.querySelector('article') as unknown as Element;
    const run = () => findSources(region, 'https://news.example/a');
    expect(run).not.toThrow();
    expect(run().sources.map((s) => s.url)).toContain('https://other.example/report');
  });
});

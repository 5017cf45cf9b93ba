/**
 * A multi-page article, as its first page tells it: the next page (`<link rel=next>`, `<a rel=next>`,
 * a link labelled "次のページ" / "次へ" / "Next page", or the number after the current one in a
 * numbered list), how many pages there are (the list's last number, "1/3", "Page 1 of 3", "全3ページ"),
 * and a link to the whole article on one page ("1ページで表示", "全文表示", "View as single page"),
 * which a reader of all pages prefers. Read-only over the document.
 */
import type { Pagination } from '../model';
import { normalizeUrl, sameSite } from '../sources/normalizeUrl';
import { now } from '../clock';

// ---- Tunables ------------------------------------------------------------------------------
/** A link's whole text is `words`, with arrows and guillemets around. */
const label = (words: string) => new RegExp(`^[\\s«»›>→⇒▶]*(?:${words})[\\s»›>→⇒▶]*$`, 'i');
/** Link texts that mean "the next page of this article". */
const NEXT_TEXT = label('次のページ(?:を読む|へ)?|次ページ|次へ|next\\s*page|下一[页頁]|다음\\s*페이지|page\\s*suivante|siguiente|nächste\\s*seite|weiter');
/** Link texts that open the whole article on one page ("1ページで表示", "全文を読む", "View as single page", "View all pages"). */
const SINGLE_PAGE_TEXT = label(
  '1ページ[でに](?:まとめて)?(?:表示|読む)|全(?:文|ページ)を?(?:表示|読む)|一括表示|(?:view|read|show)\\s+(?:(?:as|on)\\s+)?(?:a\\s+|one\\s+)?single[\\s-]page|single[\\s-]page\\s+view|(?:view|show)\\s+all\\s+pages',
);
/** An address that asks for the whole article on one page: `?single=1`, `?page=all`, `?view=all`, `?full=1`. */
const SINGLE_PAGE_QUERY = /[?&](?:(?:single(?:page)?|full)=(?:1|true)|(?:page|view)=all)(?:[&#]|$)/i;
/** Containers of pagination bars ("pagination", "wp-pagenavi", "pager", "paging", "page-numbers"). */
const PAGER = '[class*="paginat"], [class*="pagenav"], [class*="pager"], [class*="paging"], .page-nav, .page-numbers, nav[aria-label*="pagination" i]';
/** Elements that may say "Page 1 of 3" by themselves. */
const PAGE_COUNTER = '[class*="page" i]';
/** Longer than this, an element is more than a page counter. */
const MAX_COUNTER_CHARS = 60;
/** "1/3", "Page 1 of 3" (this page, then how many); "3ページ中1ページ" (how many, then this one); "全3ページ" (how many). */
const PAGE_OF = /(?:^|[^\d/])(\d\d?)\s*(?:\/|of)\s*(\d\d?)(?![\d/])|(\d\d?)\s*ページ中\s*(\d\d?)|全\s*(\d\d?)\s*ページ/i;
/** Links looked at when searching by text (huge pages). */
const MAX_LINKS = 3000;
/** Labels like "next page" are longer than this only in prose. */
const MAX_LABEL_CHARS = 30;
/** Pagination bars looked at. */
const MAX_BARS = 5;
/** A list of more pages than this is a list of something else (an archive, a search result). */
const MAX_LISTED_PAGES = 50;

/**
 * The article's pages as this page tells them, or undefined for an article on one page.
 * @param doc the document (live or parsed)
 * @param region where the article stands (links near the article are preferred)
 * @param deadline `performance.now()` past which only `<link rel=next>` is looked at (huge pages)
 */
export function findPagination(doc: Document, url: string, region: Element | null, deadline = Infinity): Pagination | undefined {
  const page = normalizeUrl(url);
  if (!page) return undefined;
  const base = doc.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : url;
  /** `href` as an address of this site other than this page's (`continues`: and one that continues this page's address). */
  const accept = (href: string | null | undefined, continues = true): string | undefined => {
    if (!href) return undefined;
    const u = normalizeUrl(href, base);
    if (!u || !sameSite(u.hostname, page.hostname) || u.href === page.href) return undefined;
    return !continues || continuesAddress(page, u) ? u.href : undefined;
  };

  let nextUrl = accept(doc.querySelector('link[rel~="next" i][href]')?.getAttribute('href'));
  if (now() > deadline) return nextUrl ? { current: currentPageNumber(page), nextUrl } : undefined;
  let nextLink: Element | null = null;
  let singlePageUrl: string | undefined;
  if (!nextUrl) {
    nextLink = (region ?? doc).querySelector('a[rel~="next" i][href]') ?? doc.querySelector('a[rel~="next" i][href]');
    nextUrl = accept(nextLink?.getAttribute('href'));
  }

  // Labelled links near the article only: a "next" in the site's menu is another story.
  const scope = region ?? doc.body;
  if (scope) {
    const links = scope.querySelectorAll('a[href]');
    const n = Math.min(links.length, MAX_LINKS);
    for (let i = 0; i < n && (!nextUrl || !singlePageUrl); i++) {
      const a = links[i];
      const text = (a.textContent ?? '').trim();
      if (text.length > MAX_LABEL_CHARS) continue;
      if (!nextUrl && NEXT_TEXT.test(text)) {
        nextUrl = accept(a.getAttribute('href'));
        if (nextUrl) nextLink = a;
      } else if (!singlePageUrl && (SINGLE_PAGE_TEXT.test(text) || SINGLE_PAGE_QUERY.test(a.getAttribute('href') ?? '')))
        singlePageUrl = accept(a.getAttribute('href'));
    }
  }

  // Numbered lists: the bars of the page, and the box around the next link.
  let current = currentPageNumber(page);
  let total: number | undefined;
  const bars = Array.from(doc.querySelectorAll(PAGER)).slice(0, MAX_BARS);
  // A short line whose class speaks of pages ("Page 1 of 3" under the story, WordPress's "Pages: 1 2 3"):
  // trusted for its words, and for numbers only where they link to further addresses of this page.
  const counters = new Set<Element>();
  for (const el of Array.from((region ?? doc).querySelectorAll(PAGE_COUNTER)).slice(0, MAX_BARS))
    if ((el.textContent ?? '').length <= MAX_COUNTER_CHARS && !bars.includes(el)) counters.add(el);
  bars.push(...counters);
  const around = nextLink?.parentElement;
  if (around && !bars.some((b) => b.contains(around))) bars.push(around.parentElement && numbersIn(around).length < 2 ? around.parentElement : around);
  for (const bar of bars) {
    const numbered = counters.has(bar) ? numbersIn(bar).filter((x) => x.href && accept(x.href)) : numbersIn(bar);
    const cur = bar.querySelector('[aria-current="page"], .current, .active, .is-current, span.page-numbers, strong, em');
    const curNo = Number((cur?.textContent ?? '').trim());
    if (Number.isInteger(curNo) && curNo > 0 && curNo <= MAX_LISTED_PAGES) current = curNo;
    if (!nextUrl) {
      const want = numbered.find((x) => x.n === current + 1 && x.href);
      // A numbered list is this article's pages whatever their addresses look like.
      nextUrl = accept(want?.href, false);
    }
    const said = pageOf(bar.textContent ?? '');
    const listed = Math.max(0, ...numbered.map((x) => x.n), cur ? current : 0);
    const most = said?.total ?? (numbered.length >= 1 && listed > 1 ? listed : undefined);
    if (said) current = said.current ?? current;
    if (most && most <= MAX_LISTED_PAGES && most >= current && (!total || most > total)) total = most;
  }
  if (!nextUrl && !singlePageUrl && !(total && total > current)) return undefined;
  if (total !== undefined && total <= 1) total = undefined;
  return { current, ...(total ? { total } : {}), ...(nextUrl ? { nextUrl } : {}), ...(singlePageUrl ? { singlePageUrl } : {}) };
}

/**
 * True when `next` reads as a further page of `page` rather than another article: "next" links and
 * `rel=next` also lead to the next post of a blog or the next chapter of a book. A further page
 * continues this page's address (/story → /story/2, n1904241.html → n1904241_reviewer.html,
 * /story.html → /story_2.html), changes only its query (?page=2), or counts up the one number that
 * differs in its last segment (article-1.html → article-2.html, /story/2 → /story/3).
 */
function continuesAddress(page: URL, next: URL): boolean {
  const stem = (u: URL) => u.pathname.replace(/\/+$/, '').replace(/\.(?:s?html?|php|aspx?|jsp|cgi)$/i, '');
  const a = stem(page);
  const b = stem(next);
  if (a === b) return next.search !== page.search;
  if (b.startsWith(a) && /^[/_\-.]/.test(b.slice(a.length))) return true;
  const cut = (p: string) => ({ dir: p.slice(0, p.lastIndexOf('/') + 1), last: p.slice(p.lastIndexOf('/') + 1) });
  const x = cut(a);
  const y = cut(b);
  if (x.dir !== y.dir) return false;
  // /story/2 → /story/3: page numbers, not ids (/food/45163 → /food/45334).
  if (/^\d+$/.test(x.last) && /^\d+$/.test(y.last)) return Number(y.last) === Number(x.last) + 1 && Number(y.last) <= MAX_LISTED_PAGES;
  if (!/\D/.test(x.last) || x.last.replace(/\d+/g, '#') !== y.last.replace(/\d+/g, '#')) return false;
  const nx = x.last.match(/\d+/g) ?? [];
  const ny = y.last.match(/\d+/g) ?? [];
  const differ = nx.flatMap((n, i) => (n === ny[i] ? [] : [[Number(n), Number(ny[i])]]));
  return differ.length === 1 && differ[0][1] === differ[0][0] + 1;
}

/** Links and marks of a bar whose whole text is a page number: 1, 2, 3 … */
function numbersIn(bar: Element): { n: number; href?: string }[] {
  const out: { n: number; href?: string }[] = [];
  for (const el of Array.from(bar.querySelectorAll('a, span, strong, em, li, b')).slice(0, 200)) {
    const text = (el.textContent ?? '').trim();
    if (!/^\d{1,2}$/.test(text)) continue;
    const n = Number(text);
    if (n < 1 || n > MAX_LISTED_PAGES) continue;
    out.push(el.tagName.toUpperCase() === 'A' ? { n, href: el.getAttribute('href') ?? undefined } : { n });
  }
  return out;
}

/** "1/3" → {current: 1, total: 3}; "全3ページ" → {total: 3}. */
function pageOf(text: string): { current?: number; total: number } | undefined {
  const m = PAGE_OF.exec(text.slice(0, 400));
  if (!m) return undefined;
  if (m[5]) return { total: Number(m[5]) };
  const a = Number(m[1] ?? m[4]);
  const b = Number(m[2] ?? m[3]);
  return a >= 1 && b >= a && b <= MAX_LISTED_PAGES ? { current: a, total: b } : undefined;
}

/**
 * The page number in the URL (?page=3, ?pg=3, /page/3, /3 at the end after a word), 1 when none.
 * Not `?p=` (a post's id on many blogs) nor a number after a number (a date: /2024/05/12/).
 */
function currentPageNumber(u: URL): number {
  const q = u.searchParams.get('page') ?? u.searchParams.get('pg');
  if (q && /^\d{1,2}$/.test(q) && Number(q) >= 1) return Number(q);
  const m = /\/([^/]*)\/(?:page\/)?(\d{1,2})\/?$/.exec(u.pathname);
  return m && !/^\d+$/.test(m[1]) && Number(m[2]) >= 1 ? Number(m[2]) : 1;
}

/**
 * The next page of a multi-page article: `<link rel=next>`, `<a rel=next>`, a link labelled
 * "次のページ" / "次へ" / "Next page", or the number after the current one in a pagination bar.
 * Read-only over the live page.
 */
import { normalizeUrl, sameSite } from '../sources/normalizeUrl';
import { now } from '../clock';

// ---- Tunables ------------------------------------------------------------------------------
/** Link texts that mean "the next page of this article". */
const NEXT_TEXT =
  /^[\s«»›>→⇒▶]*(?:次のページ(?:を読む|へ)?|次ページ|次へ|next\s*page|下一页|下一頁|다음\s*페이지|page\s*suivante|siguiente|nächste\s*seite|weiter)[\s»›>→⇒▶]*$/i;
/** Containers of pagination bars. */
const PAGER =
  '.pagination, .pager, .paging, .page-nav, .pagenavi, .wp-pagenavi, .page-numbers, nav[aria-label*="pagination" i], [class*="pagination"], [class*="pager"]';
/** Links looked at when searching by text (huge pages). */
const MAX_LINKS = 3000;
/** Labels like "next page" are longer than this only in prose. */
const MAX_LABEL_CHARS = 30;

/**
 * @param doc the live document
 * @param region where the article stands (links near the article are preferred)
 * @param deadline `performance.now()` past which only `<link rel=next>` is looked at (huge pages)
 */
export function findNextPage(doc: Document, url: string, region: Element | null, deadline = Infinity): string | undefined {
  const page = normalizeUrl(url);
  if (!page) return undefined;
  const accept = (href: string | null | undefined): string | undefined => {
    if (!href) return undefined;
    const u = normalizeUrl(href, doc.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : url);
    if (!u || !sameSite(u.hostname, page.hostname) || u.href === page.href) return undefined;
    return u.href;
  };

  const rel = accept(doc.querySelector('link[rel~="next" i][href]')?.getAttribute('href'));
  if (rel) return rel;
  if (now() > deadline) return undefined;
  const relA = accept(
    (region ?? doc).querySelector('a[rel~="next" i][href]')?.getAttribute('href') ?? doc.querySelector('a[rel~="next" i][href]')?.getAttribute('href'),
  );
  if (relA) return relA;

  // Labelled links near the article only: a "next" in the site's menu is another story.
  const scope = region ?? doc.body;
  if (scope) {
    const links = scope.querySelectorAll('a[href]');
    const n = Math.min(links.length, MAX_LINKS);
    for (let i = 0; i < n; i++) {
      const a = links[i];
      const text = (a.textContent ?? '').trim();
      if (text.length <= MAX_LABEL_CHARS && NEXT_TEXT.test(text)) {
        const hit = accept(a.getAttribute('href'));
        if (hit) return hit;
      }
    }
  }

  // Numbered pagination: the link whose number follows the current page's.
  const current = currentPageNumber(page);
  for (const bar of Array.from(doc.querySelectorAll(PAGER)).slice(0, 5)) {
    const cur = bar.querySelector('[aria-current="page"], .current, .active, .is-current, span.page-numbers');
    const curNo = cur ? Number((cur.textContent ?? '').trim()) : current;
    const want = (Number.isFinite(curNo) && curNo > 0 ? curNo : current) + 1;
    for (const a of Array.from(bar.querySelectorAll('a[href]'))) {
      if ((a.textContent ?? '').trim() === String(want)) {
        const hit = accept(a.getAttribute('href'));
        if (hit) return hit;
      }
    }
  }
  return undefined;
}

/** The page number in the URL (?page=3, ?p=3, /page/3, /3/ at the end), 1 when none. */
function currentPageNumber(u: URL): number {
  const q = u.searchParams.get('page') ?? u.searchParams.get('p') ?? u.searchParams.get('pg');
  if (q && /^\d+$/.test(q)) return Number(q);
  const m = /\/(?:page\/)?(\d{1,3})\/?$/.exec(u.pathname);
  return m ? Number(m[1]) : 1;
}

/**
 * One Article from the pages of an article read over several pages ("Read all pages"): blocks in
 * order, each with its page; the outline rebuilt over them; sources merged by address, with every
 * place that cites them; the author's points of page 1 first. What a page repeats from an earlier
 * one (the headline over each page, a standing lead box) is read once.
 */
import type { Article, Block, Source, SourceKind } from '../model';
import { articleBodyOf, buildOutline } from './blocks';
import { readingTime } from '../text/space';
import { normalizeUrl, urlKey } from '../sources/normalizeUrl';

const KIND_RANK: Record<SourceKind, number> = { cited: 3, related: 2, internal: 1 };

/**
 * `pages`: the article's pages in order, page 1 first, each as extractArticle read it. The result
 * is page 1's article (its address, title and metadata) over all of them, with `pages` and a
 * `page` on every block; a single page comes back unchanged.
 */
export function mergePages(pages: readonly Article[]): Article {
  const first = pages[0];
  if (!first) throw new Error('mergePages: no page');
  if (pages.length === 1) return first;

  const blocks: Block[] = [];
  const seen = new Set<string>();
  /** Per page, the merged index of each of its blocks (-1: repeated, left out). */
  const moved: number[][] = [];
  pages.forEach((a, p) => {
    moved.push(
      a.blocks.map((b) => {
        const key = `${b.kind}\u0001${b.text}`;
        if (p > 0 && seen.has(key)) return -1;
        seen.add(key);
        blocks.push({ ...b, index: blocks.length, page: p + 1 });
        return blocks.length - 1;
      }),
    );
  });

  const sources = new Map<string, Source>();
  pages.forEach((a, p) => {
    for (const s of a.sources) {
      const u = normalizeUrl(s.url);
      const key = u ? urlKey(u) : s.url;
      const citedAt = s.citedAt.flatMap((o) => (moved[p][o.blockIndex] >= 0 ? [{ ...o, blockIndex: moved[p][o.blockIndex] }] : []));
      const known = sources.get(key);
      if (!known) sources.set(key, { ...s, citedAt });
      else {
        known.citedAt.push(...citedAt);
        if (KIND_RANK[s.kind] > KIND_RANK[known.kind]) known.kind = s.kind;
      }
    }
  });

  const authorTexts = new Set<string>();
  const authorKeyPoints = pages.flatMap((a) => a.authorKeyPoints).filter((k) => !authorTexts.has(k.text) && authorTexts.add(k.text));
  const last = pages[pages.length - 1];
  const articleBody = articleBodyOf(blocks);
  const declared = first.pagination?.total;
  // What is left unread (the reading stopped at its cap): the last page's next page.
  const nextUrl = last.pagination?.nextUrl;
  const { nextPageUrl: _unread, ...page1 } = first;
  return {
    ...page1,
    blocks,
    articleBody,
    readingTimeMinutes: readingTime(articleBody, first.lang),
    outline: buildOutline(blocks),
    authorKeyPoints,
    sources: [...sources.values()],
    ...(nextUrl ? { nextPageUrl: nextUrl } : {}),
    pagination: {
      current: 1,
      total: Math.max(pages.length, declared ?? 0),
      ...(nextUrl ? { nextUrl } : {}),
    },
    pages: pages.map((a) => ({ url: a.url, title: a.title })),
    extraction: {
      ...first.extraction,
      partial: pages.some((a) => a.extraction.partial),
      ms: {
        readability: pages.reduce((t, a) => t + a.extraction.ms.readability, 0),
        total: pages.reduce((t, a) => t + a.extraction.ms.total, 0),
      },
    },
  };
}

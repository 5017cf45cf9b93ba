/**
 * The engine (utils/engine/): page → Article → key points, pure. It runs unchanged in the content
 * script, the popup and side panel, the CLI and the tests, so it imports nothing of the extension
 * runtime (utils/extension/) or the CLI (cli/), and no browser API beyond the DOM it is given
 * (tests/integration/layout.test.ts checks this).
 *
 * This file is its data model, shared by every part of Sift. All of it is plain data
 * (structured-cloneable), because an Article crosses from the content script to the popup and is
 * cached in `storage.session`.
 */

/** The numbers of key points a reader can ask for (the popup, the options, the CLI's --points). */
export const POINT_CHOICES = [3, 5, 7] as const;

/** What a block of the article body is. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'preformatted';

/** One block of the article body, in document order. */
export interface Block {
  /** Position in `Article.blocks`. */
  index: number;
  kind: BlockKind;
  /** Plain text, whitespace collapsed. Never markup. */
  text: string;
  /** Heading level 1–6, for `kind: 'heading'` only. */
  level?: number;
  /** The page of a multi-page article it stands on (1-based; `Article.pages`), when several were read. */
  page?: number;
}

/** A heading of the article, with the headings below it. */
export interface OutlineItem {
  text: string;
  level: number;
  /** Index of the heading's block in `Article.blocks`. */
  blockIndex: number;
  children: OutlineItem[];
}

/** A point from the author's own key-point box ("この記事で分かる事", "Key takeaways", 💡 lines…). */
export interface AuthorKeyPoint {
  text: string;
}

/**
 * Why a link is in the article:
 * - `cited`: the article stands on it: a link or a URL written in the article's own text to
 *   another site (its references and footnotes included), or a labelled citation (出典 / 引用元 /
 *   Source / via …) near it;
 * - `related`: "read more", related articles, and links near the article but outside its text
 *   (a photo's caption is not its text: a caption's link is cited only when labelled);
 * - `internal`: another page of the same site.
 */
export type SourceKind = 'cited' | 'related' | 'internal';

/**
 * Where the article's text cites a source: the block in `Article.blocks` and the offsets of the
 * link's text (or the URL written out) in the block's text. The citing sentence is the sentence of
 * the block that holds these offsets (`citingSentence` in utils/engine/sources/citedAt.ts), found with the
 * same splitter as the key points.
 */
export interface SourceOccurrence {
  blockIndex: number;
  start: number;
  end: number;
}

/** A citation found in the article's region of the page. */
export interface Source {
  /** Absolute http(s) URL, tracking parameters removed. */
  url: string;
  /** Host name without `www.`. */
  domain: string;
  /** The link's anchor text (the URL itself for a bare URL). */
  text: string;
  /** The sentence around the link, if any. */
  context: string;
  kind: SourceKind;
  /** True when the URL was written as text rather than as a link. */
  bare: boolean;
  /** Every place in the body text that links to it, in document order (empty when it stands outside the body). */
  citedAt: SourceOccurrence[];
}

/** A multi-page article, as a page of it tells (utils/engine/article/pagination.ts). */
export interface Pagination {
  /** This page's number, 1 when the page does not say. */
  current: number;
  /** How many pages, when the page says (a numbered list, "1/3", "全3ページ"). */
  total?: number;
  /** The next page, same site. */
  nextUrl?: string;
  /** The whole article on one page ("1ページで表示", "View as single page"), same site: read instead of the pages. */
  singlePageUrl?: string;
}

/** A page of an article read over several pages. */
export interface ArticlePage {
  url: string;
  title: string;
}

/** How the body was found. */
export type ExtractionMethod = 'readability' | 'json-ld' | 'main' | 'densest' | 'none';

export interface ExtractionInfo {
  method: ExtractionMethod;
  /** False when the page does not look like an article (the UI still shows outline and sources). */
  isArticle: boolean;
  /** True when a budget (time, size) cut the work short; what was found is still returned. */
  partial: boolean;
  /** Milliseconds spent. */
  ms: { readability: number; total: number };
}

/** Everything Sift knows about one page. */
export interface Article {
  url: string;
  canonicalUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601. */
  publishedTime?: string;
  /** BCP 47 primary language, e.g. `ja`, `en`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  excerpt?: string;
  readingTimeMinutes: number;
  blocks: Block[];
  /** The body blocks' text joined by newlines; captions stay in `blocks` but are left out here. */
  articleBody: string;
  outline: OutlineItem[];
  authorKeyPoints: AuthorKeyPoint[];
  sources: Source[];
  /** The next page of the article (`pagination.nextUrl`). */
  nextPageUrl?: string;
  /** Present when the page says the article goes on over other pages. */
  pagination?: Pagination;
  /**
   * Present when the article was read over several pages ("Read all pages"): each page read, in
   * order; blocks carry their `page`. Absent for an article read from one page.
   */
  pages?: ArticlePage[];
  extraction: ExtractionInfo;
}

/**
 * A direct quotation of the article ("…," said Jane Doe; 〜氏は「…」と述べた), found outside the content
 * script by utils/engine/quotes/findQuotes.ts.
 */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Who said it, as the article names them ("Jane Doe", "the ministry", "関係者"); absent when the text does not say. */
  speaker?: string;
  /** True when the speaker is an unnamed attribution ("a senior official", "関係者", "政府筋"). */
  anonymous: boolean;
  /** Where it stands: block index in `Article.blocks` and the quoted words' offsets in the block's text. */
  blockIndex: number;
  start: number;
  end: number;
}

/** A key point shown to the reader: always a sentence of the page or a point of the author's box. */
export interface KeyPoint {
  text: string;
  /** `author`: from the author's key-point box; `sift`: a sentence Sift picked from the body. */
  origin: 'author' | 'sift';
  /** Relative importance, higher is more central; author points score 1. */
  score: number;
  /** Where the sentence stands: block index in `Article.blocks`, -1 for author points. */
  blockIndex: number;
  /** Sentence index within its block. */
  sentenceIndex: number;
  /** Character offsets of the sentence within its block's text. */
  start: number;
  end: number;
  /**
   * Addresses of the sources the point stands on (`Source.url`): cited in its own sentence, else in
   * its paragraph; for an author point, the source of the source card that says the same. Absent
   * when none is near: that says nothing about the point's truth.
   */
  sources?: string[];
}

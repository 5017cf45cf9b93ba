/**
 * DOM → Article. Readability on one clone of the page is the base; around it:
 * - metadata from JSON-LD, Open Graph and friends (metadata.ts);
 * - the article's region in the live page, found by looking up the first and last paragraphs of
 *   Readability's output there (regionOf): sources and the author's key-point box are read in
 *   that region, because Readability drops source cards, comments and pagination;
 * - fallbacks when Readability finds nothing or too little: JSON-LD `articleBody`, then
 *   `main` / `article` / `[role=main]`, then the element with the most paragraph text.
 * Never changes the live page (all writes go to the clone). Written to handle any page without
 * throwing (the fuzz tests check it); an exception is a bug and reaches the reader as one.
 */
import type { Article, Block, ExtractionMethod } from '../model';
import { articleBodyOf, buildOutline, collectBlocks, reindex, type BlockLink, type CollectResult } from './blocks';
import { readMetadata, toIsoDate, type PageMetadata } from './metadata';
import { findAuthorKeyPoints, keyOf } from './keyPoints';
import { findPagination } from './pagination';
import { createZoneOf, isBoilerplateElement, isFurnitureElement } from './boilerplate';
import { articlePart, cleanBlocks } from './cleanBlocks';
import { headlineOf } from './title';
import { parseWithReadability, type ReadabilityResult } from './readability';
import { scanText } from './scanText';
import { findSources } from '../sources/findSources';
import { countsCharacters, detectLanguage, directionOf } from '../text/language';
import { collapse, countNonSpace, readingTime } from '../text/space';
import { headText } from './nodeText';
import { now } from '../clock';

// ---- Tunables ------------------------------------------------------------------------------
/** Paragraphs from each end of Readability's output looked for in the live page. */
const REGION_PROBES = 3;
/** Shorter paragraphs ("Advertisement", "—") are not distinctive enough to find again. */
const REGION_MIN_KEY = 20;
/** Live paragraphs searched at most (huge pages). */
const MAX_REGION_PARAGRAPHS = 20_000;
/** Body text (characters) below which Readability's answer is "too little" and fallbacks are tried. CJK text is denser. */
const MIN_BODY_CHARS = { cjk: 140, other: 400 };
/** An article has at least this much text (unless the page declares itself one). */
const MIN_ARTICLE_CHARS = { cjk: 300, other: 900 };
/** Share of the body's text inside links above which the page is a list of links, not an article. */
const MAX_LINK_DENSITY = 0.5;
/** Caps on the body walk (sets `partial`). */
const MAX_BLOCKS = 4000;
const MAX_BODY_CHARS = 400_000;
/** Blocks at the start of the body searched for a date stamp glued to their text. */
const STAMP_BLOCKS = 3;
/** <h1> elements looked at for the headline. */
const MAX_H1S = 8;
/** Fallback containers in the live page, best first. */
const MAIN_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
/** Paragraph elements looked at when searching the densest block. */
const MAX_DENSITY_PARAGRAPHS = 5000;
/**
 * Pages larger than this skip Readability (which cannot be interrupted: on 100,000 elements it
 * takes seconds, on a 5 MB paragraph its regexes and `textContent` calls take seconds) and go
 * straight to the bounded fallback body; the result is marked partial. The largest page of the
 * corpora (aeb-dev, readability-pages) has about 1/3 of either.
 */
const MAX_READABILITY_ELEMENTS = 30_000;
/** Characters of text (outside script/style) above which Readability is skipped (see above). */
const MAX_READABILITY_TEXT_CHARS = 1_000_000;
/**
 * Time, counted from the end of Readability, after which the walks (body, text scan, sources,
 * next page) stop and the result is marked partial: a safety net under the caps above, inside
 * the 2 s budget of the whole content-script path. Not counted from the start: on a loaded
 * machine Readability alone can take a second on a long normal page (wikipedia-2), whose body
 * must not be cut for it.
 */
const DEADLINE_MS = 1000;

/**
 * The page's Article. An exception here is a bug in Sift, and it is thrown, not turned into an
 * empty "not an article" result: the content script sends it to the UI's error state with a
 * detail the reader can report (utils/extension/protocol.ts, describeError).
 */
export function extractArticle(doc: Document, url: string): Article {
  const t0 = now();
  // 0. Huge pages skip Readability (see MAX_READABILITY_*).
  let partial = tooLargeForReadability(doc);

  // 1. Readability on a clone (Readability changes the document it reads).
  const tr = now();
  let parsed: ReadabilityResult | null = null;
  if (!partial) {
    try {
      parsed = parseWithReadability(doc);
    } catch {
      parsed = null;
    }
  }
  const readabilityMs = now() - tr;
  const deadline = now() + DEADLINE_MS;

  const meta = readMetadata(doc, url);
  const content = parsed?.content ?? null;
  let region = content ? regionOf(doc, content) : null;

  // 2. Body blocks: Readability's, or a fallback.
  let method: ExtractionMethod = 'none';
  let blocks: Block[] = [];
  /** Per block of `blocks`: its links, in document order. */
  let blockLinks: BlockLink[][] = [];
  let linkDensity: number | undefined;
  if (content) {
    const r = collectBlocks(content, { maxBlocks: MAX_BLOCKS, maxChars: MAX_BODY_CHARS, skip: isFurnitureElement, deadline, pageUrl: url });
    ({ blocks, blockLinks } = cleaned(r, parsed?.title ?? meta.title ?? '', url));
    linkDensity = r.textChars ? r.linkChars / r.textChars : 0;
    partial ||= r.partial;
    method = 'readability';
  }
  const declaredLang = meta.langs;
  let lang = detectLanguage(declaredLang, textSample(blocks) || doc.title);
  const cjkGuess = countsCharacters(lang);
  const minBody = cjkGuess ? MIN_BODY_CHARS.cjk : MIN_BODY_CHARS.other;
  if (textLength(blocks) < minBody) {
    const fb = fallbackBody(doc, meta, textLength(blocks), deadline, url);
    if (fb) {
      blocks = fb.blocks;
      blockLinks = fb.blockLinks;
      method = fb.method;
      partial ||= fb.partial;
      if (fb.region) region = fb.region;
      lang = detectLanguage(declaredLang, textSample(blocks) || doc.title);
    }
  }
  if (!region) region = doc.body ?? doc.documentElement;
  if (region.closest('article') && region.closest('article') !== region) region = region.closest('article')!;

  // 3. The author's key points, kept out of the body.
  const zoneOf = createZoneOf(region);
  const scan = scanText(region, deadline);
  partial ||= scan.partial;
  const kp = findAuthorKeyPoints(scan, zoneOf);
  if (kp.exclude.size) {
    const kept = blocks.map((b) => !isKeyPointBlock(b.text, kp.exclude));
    blocks = blocks.filter((_, i) => kept[i]);
    blockLinks = blockLinks.filter((_, i) => kept[i]);
  }
  blocks = reindex(blocks);
  const articleBody = articleBodyOf(blocks);

  // 4. Sources and next page, from the live page.
  const found = findSources(region, url, { body: { blocks, links: blockLinks }, urlTextNodes: scan.urlNodes, deadline, zoneOf });
  partial ||= found.partial;
  const pagination = findPagination(doc, url, region, deadline);
  if (now() > deadline) partial = true;

  // 5. Metadata.
  const siteName = collapse(parsed?.siteName || meta.siteName || '') || undefined;
  const title = headlineOf({ declared: [parsed?.title, meta.title, doc.title], h1s: h1Texts(doc), siteName, url });
  const byline = collapse(parsed?.byline || meta.byline || '') || undefined;
  const published = parsed?.publishedTime || meta.publishedTime;
  const isArticle = judgeArticle(meta, method, articleBody, linkDensity, url, lang);

  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline,
    siteName,
    publishedTime: published ? toIsoDate(published, lang) : undefined,
    lang,
    dir: directionOf(lang, parsed?.dir || meta.dir),
    excerpt: collapse(parsed?.excerpt || meta.excerpt || blocks.find((b) => b.kind === 'paragraph')?.text || '') || undefined,
    readingTimeMinutes: readingTime(articleBody, lang),
    blocks,
    articleBody,
    outline: buildOutline(blocks),
    authorKeyPoints: kp.points,
    sources: found.sources,
    ...(pagination?.nextUrl ? { nextPageUrl: pagination.nextUrl } : {}),
    ...(pagination ? { pagination } : {}),
    extraction: {
      method,
      isArticle,
      partial,
      ms: { readability: round(readabilityMs), total: round(now() - t0) },
    },
  };
}

/**
 * The live element that holds what Readability kept: the common ancestor of the live
 * paragraphs equal to the first and the last paragraph of its output. (Marking every clone
 * element with its position costs more than this short search.)
 */
function regionOf(doc: Document, content: Element): Element | null {
  const out = content.getElementsByTagName('p');
  const keys = (from: number, step: number) => {
    const set = new Set<string>();
    for (let i = from, n = 0; i >= 0 && i < out.length && n < REGION_PROBES; i += step) {
      const k = probeKey(out[i]);
      if (k) {
        set.add(k);
        n++;
      }
    }
    return set;
  };
  if (!out.length || !doc.body) return null;
  const firstKeys = keys(0, 1);
  const lastKeys = keys(out.length - 1, -1);
  const live = doc.body.getElementsByTagName('p');
  const n = Math.min(live.length, MAX_REGION_PARAGRAPHS);
  let first: Element | null = null;
  let last: Element | null = null;
  for (let i = 0; i < n && !first; i++) if (firstKeys.has(probeKey(live[i]))) first = live[i];
  for (let i = n - 1; i >= 0 && !last; i--) if (lastKeys.has(probeKey(live[i]))) last = live[i];
  if (!first || !last) return first ?? last;
  return commonAncestor(first, last);
}

/** A paragraph's identity for the search above: its first characters, whitespace removed ('' if too short). */
function probeKey(p: Element): string {
  const t = headText(p, 200).replace(/\s+/g, '');
  return t.length >= REGION_MIN_KEY ? t.slice(0, 80) : '';
}

/**
 * True when the page is too large for Readability: more than MAX_READABILITY_ELEMENTS elements,
 * or more than MAX_READABILITY_TEXT_CHARS characters of text (counted until the limit only).
 */
function tooLargeForReadability(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    chars += (t as Text).length;
    if (chars > MAX_READABILITY_TEXT_CHARS) return true;
  }
  return false;
}

/** Texts of the page's first <h1> elements (the headline is among them when the page has one). */
function h1Texts(doc: Document): string[] {
  const h1s = doc.getElementsByTagName('h1');
  const out: string[] = [];
  for (let i = 0; i < h1s.length && i < MAX_H1S; i++) out.push(collapse(headText(h1s[i], 300)));
  return out;
}

function commonAncestor(a: Element, b: Element): Element {
  const up = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) up.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (up.has(e)) return e;
  return a.ownerDocument.documentElement;
}

interface Fallback {
  blocks: Block[];
  blockLinks: BlockLink[][];
  method: ExtractionMethod;
  partial: boolean;
  region: Element | null;
}

/** The blocks cleanBlocks keeps, each cut to its article part, with their links (offsets moved with the cut). */
function cleaned(r: CollectResult, title: string, url: string): { blocks: Block[]; blockLinks: BlockLink[][] } {
  const keep = cleanBlocks(r.blocks, title, r, url);
  const blocks: Block[] = [];
  const blockLinks: BlockLink[][] = [];
  for (const i of keep) {
    const b = r.blocks[i];
    const { start, end } = articlePart(b.text, blocks.length < STAMP_BLOCKS);
    if (start === 0 && end === b.text.length) {
      blocks.push(b);
      blockLinks.push(r.links[i]);
      continue;
    }
    blocks.push({ ...b, text: b.text.slice(start, end).trim() });
    const shift = start + (b.text.slice(start, end).length - b.text.slice(start, end).trimStart().length);
    blockLinks.push(r.links[i].filter((l) => l.start >= start && l.end <= end).map((l) => ({ ...l, start: l.start - shift, end: l.end - shift })));
  }
  return { blocks, blockLinks };
}

/** JSON-LD articleBody, then main/article, then the densest block: the first that beats what we have. */
function fallbackBody(doc: Document, meta: PageMetadata, have: number, deadline: number, url: string): Fallback | null {
  const candidates: Fallback[] = [];
  const title = meta.title ?? '';
  if (meta.jsonLdBody) {
    const blocks = meta.jsonLdBody
      .split(/\n+/)
      .map((t) => collapse(t.replace(/<[^>]+>/g, ' ')))
      .filter(Boolean)
      .map((text, index): Block => ({ index, kind: 'paragraph', text }));
    candidates.push({ blocks, blockLinks: blocks.map(() => []), method: 'json-ld', partial: false, region: null });
  }
  let main: Element | null = null;
  for (const sel of MAIN_SELECTORS) {
    main = doc.querySelector(sel);
    if (!main) continue;
    const r = collectBlocks(main, { maxBlocks: MAX_BLOCKS, maxChars: MAX_BODY_CHARS, skip: isBoilerplateElement, deadline, pageUrl: url });
    candidates.push({ ...cleaned(r, title, url), method: 'main', partial: r.partial, region: main });
    break;
  }
  const dense = densestElement(doc);
  // The densest element is often the main element itself: same blocks, which would not win.
  if (dense && dense !== main) {
    const r = collectBlocks(dense, { maxBlocks: MAX_BLOCKS, maxChars: MAX_BODY_CHARS, skip: isBoilerplateElement, deadline, pageUrl: url });
    candidates.push({ ...cleaned(r, title, url), method: 'densest', partial: r.partial, region: dense });
  }
  let best: Fallback | null = null;
  for (const c of candidates) if (textLength(c.blocks) > Math.max(have, best ? textLength(best.blocks) * 1.5 : 0)) best = c;
  return best;
}

/** The element whose direct paragraph children hold the most text. */
function densestElement(doc: Document): Element | null {
  const ps = doc.querySelectorAll('p, br');
  const score = new Map<Element, number>();
  const n = Math.min(ps.length, MAX_DENSITY_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i];
    const parent = p.parentElement;
    if (!parent) continue;
    const len = p.tagName.toUpperCase() === 'BR' ? textSize(p.previousSibling) : textSize(p);
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let top = 0;
  for (const [el, s] of score) if (s > top && !isBoilerplateElement(el)) [best, top] = [el, s];
  return best;
}

/** Characters of a node's text, without building the text of a large subtree more than once. */
function textSize(node: Node | null): number {
  if (!node) return 0;
  if (node.nodeType === 3) return (node as Text).length;
  return node.textContent?.length ?? 0;
}

/**
 * @param linkDensity share of the Readability body's characters inside links (undefined for
 *   the fallbacks, which are not judged by it).
 */
function judgeArticle(meta: PageMetadata, method: ExtractionMethod, body: string, linkDensity: number | undefined, url: string, lang: string): boolean {
  if (method === 'none' || !body) return false;
  if (meta.declaredNonArticle && !meta.declaredArticle) return false;
  const cjk = countsCharacters(lang);
  const size = cjk ? countNonSpace(body) : body.length;
  const min = cjk ? MIN_ARTICLE_CHARS.cjk : MIN_ARTICLE_CHARS.other;
  if (meta.declaredArticle && size >= min / 3) return true;
  if (linkDensity !== undefined && linkDensity > MAX_LINK_DENSITY) return false;
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep '/' */
  }
  if (path === '/' || /^\/(index\.\w+)?$/.test(path)) return false;
  return size >= min;
}

function isKeyPointBlock(text: string, exclude: Set<string>): boolean {
  let k = keyOf(text);
  if (exclude.has(k)) return true;
  // A block that is several key points run together (lines of one <p> split by <br>).
  for (const e of exclude) if (e && k.includes(e)) k = k.replace(e, '');
  return k.length <= 2;
}

function textLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

function textSample(blocks: Block[]): string {
  let s = '';
  for (const b of blocks) {
    s += `${b.text}\n`;
    if (s.length > 2000) break;
  }
  return s;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

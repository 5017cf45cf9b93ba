/**
 * The in-page half of `npm run eval:pages`: bundled into one IIFE (global `SiftEval`) by
 * scripts/lib/bundleForPage.mjs and evaluated in each corpus page, beside the extension's own
 * content script. Two things Sift's answer cannot give:
 * - the baseline: Readability alone, unmodified (`new Readability(document.cloneNode(true)).parse()`),
 *   in the same browser on the same page, its content turned into text block by block;
 * - every link of the page with its anchor text and the sentence around it, from which the scorer
 *   tells which links stand inside the true body (the truth of cited-source recall).
 * Not part of the extension; it reads the page and changes nothing.
 */
import { Readability } from '@mozilla/readability';

/** A link as a reader sees it: absolute address, anchor text, and the sentence it stands in. */
export interface PageLink {
  href: string;
  text: string;
  context: string;
}

export interface ReadabilityAlone {
  found: boolean;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  /** The content's text, one block a line. */
  body: string;
  /** Links inside the content. */
  links: PageLink[];
  error?: string;
}

/** Elements that start a new line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements whose text is never read. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements whose text is the sentence context of a link inside them. */
const CONTEXT_BLOCK = 'p,li,dd,dt,td,th,blockquote,figcaption,h1,h2,h3,h4,h5,h6,pre';
const MAX_CONTEXT = 400;

/** Text of an element, a line per block element, whitespace collapsed within lines. */
export function blockText(root: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const tag = (n as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) out += '\n';
        walk(n);
        if (block) out += '\n';
      }
    }
  };
  walk(root);
  return out
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The sentence of `block` that holds `needle` (the block's text when the needle is not found). */
export function sentenceAround(block: string, needle: string): string {
  const at = needle ? block.indexOf(needle) : -1;
  if (at < 0) return block.slice(0, MAX_CONTEXT);
  const before = block.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(/[.!?](?=\s)|[。！？]/g)) start = (m.index ?? 0) + m[0].length;
  const after = block.slice(at + needle.length);
  const end = after.search(/[.!?](?=\s|$)|[。！？]/);
  return block
    .slice(start, end < 0 ? block.length : at + needle.length + end + 1)
    .trim()
    .slice(0, MAX_CONTEXT);
}

/** The link's absolute address ('' when it has none that parses). */
function absoluteHref(a: Element): string {
  try {
    return new URL(a.getAttribute('href') ?? '', a.ownerDocument?.baseURI ?? undefined).href;
  } catch {
    return '';
  }
}

function linksOf(root: Element | Document): PageLink[] {
  const out: PageLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = absoluteHref(a);
    if (!/^https?:/i.test(href)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const block = a.closest(CONTEXT_BLOCK) ?? a.parentElement;
    const blockTextOf = block ? (block.textContent ?? '').replace(/\s+/g, ' ').trim() : text;
    out.push({ href, text, context: sentenceAround(blockTextOf, text) });
  }
  return out;
}

/** Every http(s) link of the page, with its text and sentence. */
export function pageLinks(doc: Document = document): PageLink[] {
  return linksOf(doc);
}

/** Readability alone, unmodified, on a clone of the page. */
export function readabilityAlone(): ReadabilityAlone {
  const empty: ReadabilityAlone = { found: false, title: '', byline: null, siteName: null, lang: null, publishedTime: null, body: '', links: [] };
  try {
    const clone = document.cloneNode(true) as Document;
    // Relative links of the content resolve against the page, as in the page itself.
    const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
    if (!parsed) return empty;
    const content = parsed.content;
    return {
      found: true,
      title: parsed.title ?? '',
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      lang: parsed.lang ?? null,
      publishedTime: parsed.publishedTime ?? null,
      body: content ? blockText(content) : (parsed.textContent ?? ''),
      links: content ? linksOf(content) : [],
    };
  } catch (e) {
    return { ...empty, error: e instanceof Error ? e.message : String(e) };
  }
}

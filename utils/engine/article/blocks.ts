/**
 * Ordered text blocks (heading, paragraph, list item, quote, caption, preformatted) from an
 * element: Readability's output, or a region of the live page when Readability found nothing.
 * Read-only: it never changes the element it walks.
 */
import type { Block, BlockKind, OutlineItem } from '../model';
import { collapse, countNonSpace } from '../text/space';
import { now } from '../clock';

// ---- Tunables ------------------------------------------------------------------------------
/** Elements whose whole text is one block of the given kind. */
const LEAF_KIND: Record<string, BlockKind> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  P: 'paragraph',
  PRE: 'preformatted',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
};
/** Containers whose loose text (outside child blocks) takes a kind other than paragraph. */
const CONTAINER_KIND: Record<string, BlockKind> = { LI: 'list-item', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption', DT: 'paragraph', DD: 'paragraph' };
/** Never text of the article. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'MATH',
  'HEAD',
]);
/** Inline (phrasing) elements: their text joins the surrounding run of text. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'DEL',
  'INS',
  'BIG',
  'TT',
  'STRIKE',
  'NOBR',
  'PICTURE',
  'SOURCE',
]);
/**
 * Blocks longer than this are cut at a sentence or word boundary, and the result is marked
 * partial (a single "paragraph" of a megabyte is a broken page, not prose; the longest real
 * paragraph of the corpora is under 5,000 characters).
 */
export const MAX_BLOCK_CHARS = 20_000;
/**
 * Raw characters (before whitespace is collapsed) read into one block at most: reading a 5 MB
 * paragraph whole, then collapsing it, costs hundreds of milliseconds; twice the cut leaves room
 * for indentation.
 */
const MAX_BLOCK_RAW_CHARS = 2 * MAX_BLOCK_CHARS;
/** Where a cut block may end: this many characters before the cap are searched for a sentence end, then a space. */
const CUT_SEARCH_CHARS = 2000;
/** Anchor text read at most to place a link in its block (longer anchors are cut there too). */
const MAX_ANCHOR_CHARS = 1000;
/** Nodes visited between two looks at the clock (performance.now() is not free). */
const DEADLINE_CHECK_EVERY = 256;

export interface CollectOptions {
  /** Stop after this many blocks (sets `partial`). */
  maxBlocks?: number;
  /** Stop after this many characters of text (sets `partial`). */
  maxChars?: number;
  /** Elements to leave out with everything inside them (boilerplate in the live page). */
  skip?: (el: Element) => boolean;
  /** `performance.now()` past which the walk stops (sets `partial`). */
  deadline?: number;
  /** The page's address: a link to it with a fragment is a link within the page (Readability writes "#list" out in full). */
  pageUrl?: string;
}

/** A link inside a block: where its anchor text stands in the block's text. */
export interface BlockLink {
  /** The `href` as written (relative links resolve against the document). */
  href: string;
  /** Anchor text, whitespace collapsed ('' for an image link). */
  text: string;
  /** Offsets of the anchor text in the block's text (both 0 when it has no text). */
  start: number;
  end: number;
}

export interface CollectResult {
  blocks: Block[];
  /** Per block: share of its characters inside links (boilerplate lists are all links). */
  linkShare: number[];
  /** Per block: its links (`<a href>`), in document order. */
  links: BlockLink[][];
  /** Characters (whitespace left out) of all blocks, and of those inside links: the body's link density. */
  textChars: number;
  linkChars: number;
  /** A cap (blocks, characters, one block's length, time) cut the walk short. */
  partial: boolean;
}

export function collectBlocks(root: Element, options: CollectOptions = {}): CollectResult {
  const maxBlocks = options.maxBlocks ?? 5000;
  const maxChars = options.maxChars ?? 1_000_000;
  const blocks: Block[] = [];
  const linkShare: number[] = [];
  const links: BlockLink[][] = [];
  const deadline = options.deadline ?? Infinity;
  let chars = 0;
  let textChars = 0;
  let allLinkChars = 0;
  let steps = 0;
  /** Stops the walk (a cap or the deadline was hit). */
  let partial = false;
  /** A block was cut (the walk goes on). */
  let truncated = false;

  const push = (kind: BlockKind, raw: string, level?: number, linkChars = 0, anchors: Element[] = NO_ANCHORS) => {
    if (partial) return;
    const text = collapse(raw);
    if (!text) return;
    if (blocks.length >= maxBlocks || chars >= maxChars) {
      partial = true;
      return;
    }
    let t = text;
    if (t.length > MAX_BLOCK_CHARS || raw.length >= MAX_BLOCK_RAW_CHARS) {
      t = cutText(t, MAX_BLOCK_CHARS);
      truncated = true;
    }
    chars += t.length;
    const solid = countNonSpace(raw);
    textChars += solid;
    allLinkChars += Math.min(solid, linkChars);
    linkShare.push(Math.min(1, linkChars / Math.max(1, solid)));
    links.push(anchors.length ? placeLinks(t, anchors, options.skip) : NO_LINKS);
    blocks.push(kind === 'heading' ? { index: blocks.length, kind, text: t, level } : { index: blocks.length, kind, text: t });
  };

  const visit = (el: Element, inherited: BlockKind) => {
    let run = '';
    let runLinks = 0;
    let runAnchors: Element[] = [];
    const flush = () => {
      if (run.trim()) push(inherited, run, undefined, runLinks, runAnchors);
      run = '';
      runLinks = 0;
      runAnchors = [];
    };
    for (let n = el.firstChild; n && !partial; n = n.nextSibling) {
      if (++steps % DEADLINE_CHECK_EVERY === 0 && now() > deadline) {
        partial = true;
        break;
      }
      if (n.nodeType === 3) {
        if (run.length < MAX_BLOCK_RAW_CHARS) run += bounded(n.nodeValue ?? '', MAX_BLOCK_RAW_CHARS - run.length);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || options.skip?.(child)) continue;
      if (tag === 'BR') {
        run += '\n';
        continue;
      }
      if (INLINE_TAGS.has(tag) && isInlinePopover(child)) continue;
      if (tag === 'A' && !run.trim() && isJumpLink(child, options.pageUrl)) continue;
      if (INLINE_TAGS.has(tag) && !hasBlockChild(child)) {
        // A caption set as an inline element between blocks (a span after a picture) is a block of its own.
        if (isCaptionBox(child)) {
          flush();
          const anchors: Element[] = [];
          push('caption', textOf(child, options, MAX_BLOCK_RAW_CHARS), undefined, anchorsIn(child, anchors), anchors);
          continue;
        }
        if (run.length >= MAX_BLOCK_RAW_CHARS) continue;
        const t = textOf(child, options, MAX_BLOCK_RAW_CHARS - run.length);
        run += t;
        if (tag === 'A') {
          if (child.hasAttribute('href')) {
            runLinks += countNonSpace(t);
            runAnchors.push(child);
          }
        } else if (child.firstElementChild) runLinks += anchorsIn(child, runAnchors);
        continue;
      }
      const leaf = LEAF_KIND[tag];
      if (leaf && !hasBlockChild(child)) {
        flush();
        const anchors: Element[] = [];
        const inLinks = anchorsIn(child, anchors);
        const text = textOf(child, options, MAX_BLOCK_RAW_CHARS);
        if (leaf === 'heading') push('heading', text, Number(tag[1]), inLinks, anchors);
        else push(isCaptionBox(child) ? 'caption' : inherited !== 'paragraph' && leaf === 'paragraph' ? inherited : leaf, text, undefined, inLinks, anchors);
        continue;
      }
      flush();
      visit(child, CONTAINER_KIND[tag] ?? (isCaptionBox(child) ? 'caption' : leaf === 'heading' ? 'paragraph' : (leaf ?? inherited)));
    }
    flush();
  };
  visit(root, CONTAINER_KIND[root.tagName.toUpperCase()] ?? 'paragraph');
  markAltCaptions(root, blocks);
  return { blocks, linkShare, links, textChars, linkChars: allLinkChars, partial: partial || truncated };
}

/** Images whose alt text is compared with the blocks (a caption that repeats it is a caption). */
const MAX_ALT_IMAGES = 200;
/** Shortest alt text taken for a caption's (shorter ones are "photo", "logo"). */
const MIN_ALT_CHARS = 20;

/**
 * A paragraph that repeats an image's alt text is the image's caption, whatever its markup says
 * (Readability turns a `<div class="caption">` into a bare `<p>`): such blocks become `caption`.
 */
function markAltCaptions(root: Element, blocks: Block[]): void {
  const imgs = root.getElementsByTagName('img');
  if (!imgs.length) return;
  const alts = new Set<string>();
  for (let i = 0; i < imgs.length && i < MAX_ALT_IMAGES; i++) {
    const alt = collapse(imgs[i].getAttribute('alt'));
    if (alt.length >= MIN_ALT_CHARS) alts.add(alt);
  }
  if (!alts.size) return;
  for (const b of blocks) if (b.kind === 'paragraph' && alts.has(b.text)) b.kind = 'caption';
}

const NO_ANCHORS: Element[] = [];
const NO_LINKS: BlockLink[] = [];

/**
 * The block's links, each placed on its anchor text in the block's text (searched in order, so a
 * repeated anchor text is placed on its own occurrence). A link left out of the text (inside
 * skipped boilerplate) is left out.
 */
function placeLinks(text: string, anchors: Element[], skip: ((el: Element) => boolean) | undefined): BlockLink[] {
  const out: BlockLink[] = [];
  let from = 0;
  for (const a of anchors) {
    const anchorText = collapse(textOf(a, { skip }, MAX_ANCHOR_CHARS));
    const href = a.getAttribute('href') ?? '';
    if (!anchorText) {
      out.push({ href, text: '', start: 0, end: 0 });
      continue;
    }
    const at = text.indexOf(anchorText, from);
    if (at < 0) continue;
    out.push({ href, text: anchorText, start: at, end: at + anchorText.length });
    from = at + anchorText.length;
  }
  return out;
}

/** `s`, or its first `max` characters. */
function bounded(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/**
 * `text` cut to at most `max` characters: after the last sentence end in the last
 * CUT_SEARCH_CHARS characters, else at the last space there, else at `max` (never inside a
 * surrogate pair).
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const from = Math.max(0, max - CUT_SEARCH_CHARS);
  const window = text.slice(from, max + 1);
  let end = -1;
  const re = /[.!?。！？](?:["'”’」』)）]*)(?=\s|$)|[。！？]/g;
  for (let m = re.exec(window); m; m = re.exec(window)) if (m.index + m[0].length <= max - from) end = from + m.index + m[0].length;
  if (end < 0) {
    const sp = window.lastIndexOf(' ', max - from);
    end = sp > 0 ? from + sp : max;
  }
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/**
 * Adds the links (`<a href>`; an `<a name>` is not a link) inside an element to `into` and returns
 * the characters (whitespace left out) of their text.
 */
function anchorsIn(el: Element, into: Element[]): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    if (!links[i].hasAttribute('href')) continue;
    into.push(links[i]);
    n += countNonSpace(links[i].textContent ?? '');
  }
  return n;
}

/**
 * A box whose class names it a caption ("caption-text", "image_caption", "wp-caption-text",
 * "newsCaption"): its text describes a picture. The word starts the class, follows a separator or
 * starts a camelCase word; it ends the class or comes before a separator.
 */
const CAPTION_CLASS = /(?:(?:^|[\s_-])(?:[Cc]aption|[Ff]igcaption|[Pp]hoto-credit)|(?<=[a-z])Caption)(?=$|[\s_-])/;
function isCaptionBox(el: Element): boolean {
  const c = el.getAttribute('class');
  return !!c && (c.includes('aption') || c.includes('redit')) && CAPTION_CLASS.test(c);
}

/**
 * A card shown on hover or focus beside a term or a name ("rollover-people-block" with a person's
 * latest stories, "Term_tooltip" with a glossary entry, `role="tooltip"`): an inline box that
 * follows what it explains, inside the sentence in the markup but not part of it. The term is not
 * the card: a box that opens its parent, carries its tip in a `title`, or holds the term and then
 * the card (`<span class="tooltip">term<span class="tooltiptext">…`) is the term, and stays.
 */
const POPOVER_CLASS = /(?:^|[\s_-])(?:tooltip|tooltiptext|popover|rollover|hovercard)(?=$|[\s_-])/i;
function isInlinePopover(el: Element): boolean {
  if (!el.previousSibling || el.hasAttribute('title')) return false;
  if (el.getAttribute('role') === 'tooltip') return true;
  const c = el.getAttribute('class');
  if (!c || !POPOVER_CLASS.test(c)) return false;
  // A wrapper: the term, then its card.
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) if (k.previousSibling && POPOVER_CLASS.test(k.getAttribute('class') ?? '')) return false;
  return true;
}

/**
 * A link within the page that opens a paragraph and says where it jumps ("JUMP TO THE LIST ⤵",
 * "Skip to the recipe ↓"): navigation set before the first sentence, not part of it.
 */
const JUMP_TEXT = /^(?:(?:jump|skip|go|scroll) (?:down |straight )?to\b.{0,40}|.{1,40}[⤵↓⬇▼])$/iu;
function isJumpLink(a: Element, pageUrl = ''): boolean {
  // "#list", or the page's own address with a fragment: Readability writes in-page links out in full.
  const href = a.getAttribute('href') ?? '';
  const hash = href.indexOf('#');
  if (hash < 0 || (hash > 0 && href.slice(0, hash) !== pageUrl.split('#')[0])) return false;
  const text = collapse(a.textContent ?? '');
  return text.length <= 50 && JUMP_TEXT.test(text);
}

/** True when an element has a child that starts a new block (a P inside a SPAN, a DIV inside an A…). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (!INLINE_TAGS.has(tag) && tag !== 'BR' && !SKIP_TAGS.has(tag)) return true;
  }
  return false;
}

/**
 * Text of an element without script/style (and without skipped boilerplate), its first `max`
 * characters at most. A caption set inline in a paragraph (an image's caption and credit in a
 * `<span class="caption">` before the text) is not the paragraph's text, nor is a hover card.
 */
function textOf(el: Element, options: Pick<CollectOptions, 'skip' | 'pageUrl'>, max: number): string {
  const { skip } = options;
  let out = '';
  for (let n = el.firstChild; n && out.length < max; n = n.nextSibling) {
    if (n.nodeType === 3) out += bounded(n.nodeValue ?? '', max - out.length);
    else if (n.nodeType === 1) {
      const c = n as Element;
      const tag = c.tagName.toUpperCase();
      if (tag === 'BR') out += ' ';
      else if (tag === 'A' && !out.trim() && isJumpLink(c, options.pageUrl)) continue;
      else if (!SKIP_TAGS.has(tag) && !skip?.(c) && !(INLINE_TAGS.has(tag) && (isCaptionBox(c) || isInlinePopover(c))))
        out += textOf(c, options, max - out.length);
    }
  }
  return out;
}

/** Headings as a tree: each heading holds the headings of lower rank that follow it. */
export function buildOutline(blocks: Block[]): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const item: OutlineItem = { text: b.text, level: b.level ?? 2, blockIndex: b.index, children: [] };
    while (stack.length && stack[stack.length - 1].level >= item.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(item);
    stack.push(item);
  }
  return roots;
}

/**
 * The article's plain-text body: its blocks, one a line. Captions describe pictures, not the
 * story: they stay blocks but are left out of the body.
 */
export function articleBodyOf(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'caption')
    .map((b) => b.text)
    .join('\n');
}

/** Renumbers blocks after some were removed, so that `index` is the position again. */
export function reindex(blocks: Block[]): Block[] {
  return blocks.map((b, i) => (b.index === i ? b : { ...b, index: i }));
}

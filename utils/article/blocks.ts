/**
 * Ordered text blocks (heading, paragraph, list item, quote, caption, preformatted) from an
 * element: Readability's output, or a region of the live page when Readability found nothing.
 * Read-only: it never changes the element it walks.
 */
import type { Block, BlockKind, OutlineItem } from './types';

// ---- Tunables ------------------------------------------------------------------------------
/** Elements whose whole text is one block of the given kind. */
const LEAF_KIND: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', PRE: 'preformatted', FIGCAPTION: 'caption', CAPTION: 'caption',
};
/** Containers whose loose text (outside child blocks) takes a kind other than paragraph. */
const CONTAINER_KIND: Record<string, BlockKind> = { LI: 'list-item', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption', DT: 'paragraph', DD: 'paragraph' };
/** Never text of the article. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'MATH', 'HEAD']);
/** Inline (phrasing) elements: their text joins the surrounding run of text. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'LABEL', 'MARK', 'Q', 'RP', 'RT',
  'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'BIG', 'TT', 'STRIKE', 'NOBR', 'PICTURE', 'SOURCE',
]);
/** Blocks longer than this are cut (a single "paragraph" of a megabyte is a broken page, not prose). */
const MAX_BLOCK_CHARS = 20_000;

export interface CollectOptions {
  /** Stop after this many blocks (sets `partial`). */
  maxBlocks?: number;
  /** Stop after this many characters of text (sets `partial`). */
  maxChars?: number;
  /** Elements to leave out with everything inside them (boilerplate in the live page). */
  skip?: (el: Element) => boolean;
}

export interface CollectResult {
  blocks: Block[];
  /** Per block: share of its characters inside links (boilerplate lists are all links). */
  linkShare: number[];
  partial: boolean;
}

export function collectBlocks(root: Element, options: CollectOptions = {}): CollectResult {
  const maxBlocks = options.maxBlocks ?? 5000;
  const maxChars = options.maxChars ?? 1_000_000;
  const blocks: Block[] = [];
  const linkShare: number[] = [];
  let chars = 0;
  let partial = false;

  const push = (kind: BlockKind, raw: string, level?: number, linkChars = 0) => {
    const text = collapse(raw);
    if (!text || partial) return;
    if (blocks.length >= maxBlocks || chars >= maxChars) {
      partial = true;
      return;
    }
    const t = text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text;
    chars += t.length;
    linkShare.push(Math.min(1, linkChars / Math.max(1, raw.replace(/\s+/g, '').length)));
    blocks.push(kind === 'heading' ? { index: blocks.length, kind, text: t, level } : { index: blocks.length, kind, text: t });
  };

  const visit = (el: Element, inherited: BlockKind) => {
    let run = '';
    let runLinks = 0;
    const flush = () => {
      if (run.trim()) push(inherited, run, undefined, runLinks);
      run = '';
      runLinks = 0;
    };
    for (let n = el.firstChild; n && !partial; n = n.nextSibling) {
      if (n.nodeType === 3) {
        run += n.nodeValue ?? '';
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || (options.skip && options.skip(child))) continue;
      if (tag === 'BR') {
        run += '\n';
        continue;
      }
      if (INLINE_TAGS.has(tag) && !hasBlockChild(child)) {
        const t = textOf(child, options.skip);
        run += t;
        if (tag === 'A') runLinks += t.replace(/\s+/g, '').length;
        else if (child.firstElementChild) runLinks += linkChars(child);
        continue;
      }
      const leaf = LEAF_KIND[tag];
      if (leaf && !hasBlockChild(child)) {
        flush();
        if (leaf === 'heading') push('heading', textOf(child, options.skip), Number(tag[1]));
        else push(inherited !== 'paragraph' && leaf === 'paragraph' ? inherited : leaf, textOf(child, options.skip), undefined, linkChars(child));
        continue;
      }
      flush();
      visit(child, CONTAINER_KIND[tag] ?? (leaf === 'heading' ? 'paragraph' : leaf ?? inherited));
    }
    flush();
  };
  visit(root, CONTAINER_KIND[root.tagName.toUpperCase()] ?? 'paragraph');
  return { blocks, linkShare, partial };
}

/** Characters (whitespace left out) of the links inside an element. */
function linkChars(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i].textContent ?? '').replace(/\s+/g, '').length;
  return n;
}

/** True when an element has a child that starts a new block (a P inside a SPAN, a DIV inside an A…). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (!INLINE_TAGS.has(tag) && tag !== 'BR' && !SKIP_TAGS.has(tag)) return true;
  }
  return false;
}

/** Text of an element without script/style (and without skipped boilerplate). */
function textOf(el: Element, skip?: (el: Element) => boolean): string {
  if (!el.firstElementChild) return el.textContent ?? '';
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const c = n as Element;
      const tag = c.tagName.toUpperCase();
      if (tag === 'BR') out += ' ';
      else if (!SKIP_TAGS.has(tag) && !(skip && skip(c))) out += textOf(c, skip);
    }
  }
  return out;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
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

/** Renumbers blocks after some were removed, so that `index` is the position again. */
export function reindex(blocks: Block[]): Block[] {
  return blocks.map((b, i) => (b.index === i ? b : { ...b, index: i }));
}

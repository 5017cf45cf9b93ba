/**
 * Finding a piece of the article again in the live page, by its text. Key points, headings
 * and anchor texts are the page's own text with whitespace collapsed, so a whitespace-folding
 * search over the page's text nodes finds them without any id or path stored at extraction.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg']);
/** Stop indexing after this many characters: a highlight is not worth freezing a huge page. */
const MAX_INDEXED_CHARS = 5_000_000;

interface TextIndex {
  /** The page's text, whitespace runs folded to one space. */
  text: string;
  /** For each character of `text`: the node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

function buildIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let lastWasSpace = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (parent && (SKIP_TAGS.has(parent.tagName) || parent.closest('script,style,noscript,template,textarea'))) continue;
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      const space = /\s/.test(ch);
      if (space && lastWasSpace) continue;
      text += space ? ' ' : ch;
      nodes.push(n);
      offsets.push(i);
      lastWasSpace = space;
    }
    if (text.length > MAX_INDEXED_CHARS) break;
  }
  return { text, nodes, offsets };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A Range over the first occurrence of `needle` under `root` (whitespace-insensitive), or null. */
export function findTextRange(root: Node, needle: string): Range | null {
  const target = fold(needle);
  if (!target) return null;
  const index = buildIndex(root);
  const at = index.text.indexOf(target);
  if (at < 0) return null;
  const end = at + target.length - 1;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(index.nodes[at], index.offsets[at]);
  range.setEnd(index.nodes[end], index.offsets[end] + 1);
  return range;
}

/** The first link under `root` whose resolved address is `url` (ignoring the fragment). */
export function findLink(root: ParentNode, url: string): HTMLAnchorElement | null {
  const wanted = stripHash(url);
  for (const a of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (stripHash(a.href) === wanted) return a;
  }
  return null;
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

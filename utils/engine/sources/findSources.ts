/**
 * Sources: what the article links to, in one list, de-duplicated and classified.
 * - In the article's own text (its body blocks): every link and every URL written out (出典:
 *   https://…), each occurrence recorded with its block and place in it (`citedAt`). Those to another
 *   site are `cited`; "read more" lines are `related`; same-site links are `internal`.
 * - Elsewhere in the article's region of the live page (source cards, boxes the body leaves out):
 *   `cited` only when labelled as a citation (出典 / 引用元 / Source: / via …), else `related` or
 *   `internal`.
 * What kind each link is, or whether it is page furniture (share buttons, "follow us" and sign-in
 * links, calls to action), is decided in one place: classify.ts. Anything in the page's
 * navigation, footers, sidebars and comments is skipped here, before it is asked. Reads the page,
 * never changes it.
 */
import type { Block, Source, SourceKind } from '../model';
import type { BlockLink } from '../article/blocks';
import { createZoneOf, type Zone } from '../article/boilerplate';
import { domainOf, normalizeUrl, urlKey } from './normalizeUrl';
import { classifyLink, isShareUrl } from './classify';
import { isLabelOnly } from './label';
import { collapse } from '../text/space';
import { headText, tailText } from '../article/nodeText';
import { now } from '../clock';

// ---- Tunables ------------------------------------------------------------------------------
/** URLs written as text. Stops at whitespace, quotes, brackets and CJK punctuation. */
const BARE_URL = /https?:\/\/[^\s<>"'`()[\]{}「」『』（）【】、。，！？]+/gi;
/** Trailing punctuation that belongs to the sentence, not the URL. */
const URL_TRAILING = /[.,;:!?。、…»›]+$/;
/** How much text before a link is searched for a label (出典: … / Source: …). */
const LEAD_IN_CHARS = 40;
/** Sentence context is cut to this many characters. */
const MAX_CONTEXT_CHARS = 300;
/**
 * Caps for huge pages (sets `partial`): links looked at, in the body and the region together
 * (a long Wikipedia article has 3,000–4,000, most of them to its own site, and its references
 * come last: at 2,000 they were cut), text nodes searched for URLs when the caller has not, URLs
 * written as text.
 */
const MAX_LINKS = 5000;
const MAX_TEXT_NODES = 20_000;
const MAX_BARE_URLS = 500;
/** Links between two looks at the clock. */
const DEADLINE_CHECK_EVERY = 64;
/** Rank of kinds when the same URL is found twice. */
const KIND_RANK: Record<SourceKind, number> = { cited: 3, related: 2, internal: 1 };

export interface FindSourcesResult {
  sources: Source[];
  partial: boolean;
}

/** The article's own text: its blocks and, per block, the links collectBlocks found in it. */
export interface BodyText {
  blocks: readonly Block[];
  links: readonly (readonly BlockLink[])[];
}

export interface FindSourcesOptions {
  /**
   * The body. Without it, the region's own text is taken as the article's (its links outside
   * boilerplate are in the text); places in the body are then unknown.
   */
  body?: BodyText;
  /** Text nodes with URLs in them, if the caller has found them already. */
  urlTextNodes?: Node[];
  /** `performance.now()` past which the search stops (sets `partial`). */
  deadline?: number;
  /** The region's zones, when the caller has them already (createZoneOf(region)). */
  zoneOf?: (el: Element) => Zone;
}

/** Where a source's sentence context can be read: the link (or the text's parent) and what to look for in its block. */
interface ContextSpot {
  el: Element;
  needle: string;
}

/** An occurrence in the body: block (its position in `body.blocks`) and the offsets of the link's text in it. */
interface BodyHit {
  blockIndex: number;
  at: number;
  end: number;
}

/**
 * @param region the article's region in the live page (searched, not changed)
 * @param pageUrl the page's URL (relative links resolve against the document's base URL)
 */
export function findSources(region: Element, pageUrl: string, options: FindSourcesOptions = {}): FindSourcesResult {
  const { body, deadline = Infinity } = options;
  const zoneOf = options.zoneOf ?? createZoneOf(region);
  const doc = region.ownerDocument;
  const base = doc?.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : pageUrl;
  const page = normalizeUrl(pageUrl);
  const pageKey = page ? urlKey(page) : '';
  const pageHost = page?.hostname ?? '';
  const byKey = new Map<string, Source>();
  const hits = new Map<string, BodyHit[]>();
  // The context sentence of a source outside the body is worked out at the end, for the sources kept only.
  const spots = new Map<string, ContextSpot[]>();
  const contextCache = new Map<Element, string>();
  const urlCache = new Map<string, URL | null>();
  let partial = false;

  const resolve = (href: string): URL | null => {
    let u = urlCache.get(href);
    if (u === undefined) {
      u = normalizeUrl(href, base);
      if (u && isShareUrl(u)) u = null;
      urlCache.set(href, u);
    }
    return u;
  };

  const add = (u: URL, text: string, kind: SourceKind | null, bare: boolean, where: BodyHit | ContextSpot): void => {
    if (!kind) return;
    const key = urlKey(u);
    if (key === pageKey) return;
    const prev = byKey.get(key);
    const inBody = 'blockIndex' in where;
    if (!prev || KIND_RANK[kind] > KIND_RANK[prev.kind] || (prev.bare && !bare && KIND_RANK[kind] === KIND_RANK[prev.kind])) {
      byKey.set(key, { url: u.href, domain: domainOf(u), text: text || u.href, context: '', kind, bare, citedAt: [] });
    }
    if (inBody) {
      const list = hits.get(key) ?? [];
      list.push(where);
      hits.set(key, list);
    } else {
      const list = spots.get(key) ?? [];
      // The better link's sentence first, or the earlier one's when the new link has none.
      if (prev && byKey.get(key) !== prev) list.unshift(where);
      else list.push(where);
      spots.set(key, list);
    }
  };

  // 1. The article's own text: its links and the URLs written in it.
  let seen = 0;
  let bareUrls = 0;
  if (body) {
    blocks: for (let b = 0; b < body.blocks.length; b++) {
      const text = body.blocks[b].text;
      // A caption is not the article's text (Article.articleBody leaves it out): its links (who
      // took the photo, whose room it shows) are cited only when labelled, as outside the text.
      const inText = body.blocks[b].kind !== 'caption';
      const links = body.links[b] ?? [];
      for (const l of links) {
        if (++seen > MAX_LINKS || (seen % DEADLINE_CHECK_EVERY === 0 && now() > deadline)) {
          partial = true;
          break blocks;
        }
        const u = resolve(l.href);
        if (!u) continue;
        const label = `${text.slice(Math.max(0, l.start - LEAD_IN_CHARS), l.start)} ${l.text}`;
        add(u, l.text, classifyLink(u, { pageHost, label, anchor: l.text, inText, relatedZone: false }), false, {
          blockIndex: b,
          at: l.start,
          end: l.end,
        });
      }
      if (!text.includes('http')) continue;
      for (const m of text.matchAll(BARE_URL)) {
        if (++bareUrls > MAX_BARE_URLS) {
          partial = true;
          break blocks;
        }
        const at = m.index ?? 0;
        if (links.some((l) => at >= l.start && at < l.end)) continue; // the link's own text
        const url = m[0].replace(URL_TRAILING, '');
        const u = resolve(url);
        if (!u) continue;
        add(u, url, classifyLink(u, { pageHost, label: text.slice(Math.max(0, at - LEAD_IN_CHARS), at), anchor: url, inText, relatedZone: false }), true, {
          blockIndex: b,
          at,
          end: at + url.length,
        });
      }
    }
  }

  // 2. The rest of the region in the live page: links, then URLs written as text. A link whose
  // address the body already has is skipped before its address is parsed again.
  const known = new Set(byKey.keys());
  const bodyHrefs = new Set(body ? body.links.flatMap((ls) => ls.map((l) => l.href)) : []);
  const links = region.querySelectorAll('a[href], area[href]');
  const nLinks = Math.min(links.length, Math.max(0, MAX_LINKS - seen));
  if (links.length > nLinks) partial = true;
  for (let i = 0; i < nLinks; i++) {
    if (i % DEADLINE_CHECK_EVERY === 0 && i && now() > deadline) {
      partial = true;
      break;
    }
    const a = links[i];
    const zone = zoneOf(a);
    if (zone === 'boilerplate') continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || bodyHrefs.has(href) || /^\s*(javascript|mailto|tel|data):/i.test(href)) continue;
    const u = resolve(href);
    if (!u || known.has(urlKey(u))) continue;
    const text = collapse(headText(a, 300)) || collapse(a.querySelector('img[alt]')?.getAttribute('alt')) || collapse(a.getAttribute('title'));
    add(u, text, classifyLink(u, { pageHost, label: `${leadInOf(a)} ${text}`, anchor: text, inText: !body, relatedZone: zone === 'related' }), false, {
      el: a,
      needle: text,
    });
  }
  bare: for (const n of partial ? [] : (options.urlTextNodes ?? urlTextNodesOf(region))) {
    if (now() > deadline) {
      partial = true;
      break;
    }
    const value = n.nodeValue ?? '';
    const parent = n.parentElement;
    if (!parent || parent.closest('a,script,style,noscript,textarea') || zoneOf(parent) === 'boilerplate') continue;
    for (const m of value.matchAll(BARE_URL)) {
      if (++bareUrls > MAX_BARE_URLS) {
        partial = true;
        break bare;
      }
      const url = m[0].replace(URL_TRAILING, '');
      const u = resolve(url);
      if (!u || known.has(urlKey(u))) continue;
      const before = value.slice(Math.max(0, (m.index ?? 0) - LEAD_IN_CHARS), m.index);
      add(
        u,
        url,
        classifyLink(u, { pageHost, label: `${leadInOf(parent)} ${before}`, anchor: url, inText: !body, relatedZone: zoneOf(parent) === 'related' }),
        true,
        { el: parent, needle: url },
      );
    }
  }

  // 3. Context: the sentence of the first place the body cites a source, else of its link in the page.
  const sources = [...byKey.entries()].map(([key, src]) => {
    const list = hits.get(key);
    if (list && body) {
      const first = list[0];
      const text = body.blocks[first.blockIndex].text;
      return {
        ...src,
        citedAt: list.map((h) => ({ blockIndex: body.blocks[h.blockIndex].index, start: h.at, end: h.end })),
        context: sentenceAround(text, first.at, first.end),
      };
    }
    for (const spot of spots.get(key) ?? []) {
      const context = contextOf(spot.el, spot.needle, contextCache);
      if (context) return { ...src, context };
    }
    return src;
  });
  return { sources, partial };
}

/** Text nodes with a URL in them (when the caller has not scanned the region already). */
function urlTextNodesOf(region: Element): Node[] {
  const out: Node[] = [];
  const doc = region.ownerDocument;
  if (!doc) return out;
  const walker = doc.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && ++seen <= MAX_TEXT_NODES; n = walker.nextNode()) {
    if (/https?:\/\//i.test(n.nodeValue ?? '')) out.push(n);
  }
  return out;
}

/**
 * Up to LEAD_IN_CHARS of text just before an element inside its block (where "出典:" would
 * stand). Bounded: reads text nodes backwards, never a whole sibling's textContent.
 */
function leadInOf(el: Element): string {
  let out = '';
  let node: Node | null = el;
  for (let hops = 0; node && out.length < LEAD_IN_CHARS && hops < 4; hops++) {
    for (let s = node.previousSibling; s && out.length < LEAD_IN_CHARS; s = s.previousSibling) {
      if (s.nodeType === 1 && BLOCK_BREAK.test((s as Element).tagName)) return collapse(out);
      out = tailText(s, LEAD_IN_CHARS - out.length) + out;
    }
    node = node.parentElement;
    if (!node || BLOCK_BREAK.test((node as Element).tagName)) break;
  }
  return collapse(out.slice(-LEAD_IN_CHARS));
}

/** Elements that end a run of text (the lead-in does not cross them). */
const BLOCK_BREAK = /^(P|LI|DIV|H[1-6]|UL|OL|TABLE|SECTION|ARTICLE|BLOCKQUOTE|FIGURE|HEADER|FOOTER|ASIDE|NAV)$/i;
/** Block elements whose whole text is the context of a link inside them. */
const CONTEXT_LEAF = 'p,li,dd,dt,td,th,blockquote,figcaption,h1,h2,h3,h4,h5,h6';

/** The sentence of the link's block that contains `needle` (the whole block if no sentence fits). */
function contextOf(el: Element, needle: string, cache: Map<Element, string>): string {
  const block = el.closest(CONTEXT_LEAF);
  let text: string;
  if (block) {
    const known = cache.get(block);
    text = known ?? collapse(headText(block, 5000));
    if (known === undefined) cache.set(block, text);
  } else {
    // Loose text in a container: the text right around the link, bounded.
    let before = '';
    for (let s = el.previousSibling; s && before.length < MAX_CONTEXT_CHARS; s = s.previousSibling) {
      if (s.nodeType === 1 && BLOCK_BREAK.test((s as Element).tagName)) break;
      before = tailText(s, MAX_CONTEXT_CHARS - before.length) + before;
    }
    let after = '';
    for (let s = el.nextSibling; s && after.length < MAX_CONTEXT_CHARS; s = s.nextSibling) {
      if (s.nodeType === 1 && BLOCK_BREAK.test((s as Element).tagName)) break;
      after += headText(s, MAX_CONTEXT_CHARS - after.length);
    }
    text = collapse(`${before}${headText(el, MAX_CONTEXT_CHARS)}${after}`);
  }
  const at = needle ? text.indexOf(needle) : -1;
  const own = at < 0 ? cut(text) : sentenceAround(text, at, at + needle.length);
  // A line that is only a label and the link ("さらに読む ⇒出典/画像元: https://…") closes a source
  // card: the card's first point speaks for it.
  const first = isLabelOnly(own.replace(needle, '')) && block?.parentElement?.querySelector('p,li');
  return first && first !== block ? cut(collapse(headText(first, MAX_CONTEXT_CHARS))) : own;
}

/**
 * The sentence of `text` around the span [from, to): from the last sentence end before it to
 * the first after it (a full stop counts before a capital; 。！？ always), cut to MAX_CONTEXT_CHARS.
 */
function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(lastBoundary(text.slice(0, from)), 0);
  const endRel = text.slice(to).search(/[。！？!?](?=\s|$)|[.](?=\s+[A-Z"“])/);
  const end = endRel < 0 ? text.length : to + endRel + 1;
  return cut(text.slice(start, end).trim());
}

function lastBoundary(s: string): number {
  let idx = -1;
  for (const m of s.matchAll(/[。！？!?](?=\s|\S)|\.(?=\s+[A-Z"“])/g)) idx = (m.index ?? 0) + 1;
  return Math.max(idx, 0);
}

function cut(s: string): string {
  return s.length > MAX_CONTEXT_CHARS ? `${s.slice(0, MAX_CONTEXT_CHARS - 1)}…` : s;
}

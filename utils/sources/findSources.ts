/**
 * Sources: every citation in the article's region of the live page — `<a>` links and URLs
 * written as text (`出典: https://…`) — normalised, de-duplicated and classified as `cited`,
 * `related` or `internal`. Reads the page, never changes it.
 */
import type { Source, SourceKind } from '../article/types';
import { createZoneOf, type Zone } from '../article/boilerplate';
import { domainOf, normalizeUrl, sameSite, urlKey } from './normalizeUrl';

// ---- Tunables ------------------------------------------------------------------------------
/** Labels that say "the article stands on this": the link, or the text just before it, carries one. */
const CITED_LABEL = /出典|引用元|引用|参考|参照|画像元|情報元|ソース|取材元|来源|出处|資料來源|\bsources?\b\s*[:：]?|\bvia\b|according to|reported by|\bh\/t\b|\bcredit\b|\bcited\b|\bsee the (?:study|report|paper)\b|\bquelle\b|\bfuente\b/i;
/** Labels of "more reading" links. */
const RELATED_LABEL = /read more|related|see also|more on this|more from|recommended|you (?:may|might) also|also read|関連記事|関連リンク|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事|続きを読む|もっと見る|次の記事|前の記事|延伸阅读|相关/i;
/** Share buttons and intents: links that post the page somewhere, not sources. */
const SHARE_URL = /(?:twitter\.com|x\.com)\/(?:intent|share)|facebook\.com\/(?:sharer|share\.php|dialog)|line\.me\/R\/msg|social-plugins\.line\.me|timeline\.line\.me\/social-plugin|b\.hatena\.ne\.jp\/(?:entry|add)|linkedin\.com\/(?:share|shareArticle|cws\/share)|reddit\.com\/submit|pinterest\.[a-z.]+\/pin\/create|getpocket\.com\/(?:save|edit)|wa\.me\/|api\.whatsapp\.com\/send|t\.me\/share|tumblr\.com\/(?:share|widgets\/share)|plus\.google\.com\/share|mix\.jp\/share|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|service\.weibo\.com\/share/i;
/** URLs written as text. Stops at whitespace, quotes, brackets and CJK punctuation. */
const BARE_URL = /https?:\/\/[^\s<>"'`()\[\]{}「」『』（）【】、。，！？]+/gi;
/** Trailing punctuation that belongs to the sentence, not the URL. */
const URL_TRAILING = /[.,;:!?。、…»›]+$/;
/** How much text before a link is searched for a label (出典: … / Source: …). */
const LEAD_IN_CHARS = 40;
/** Sentence context is cut to this many characters. */
const MAX_CONTEXT_CHARS = 300;
/**
 * Caps for huge pages (sets `partial`): links looked at (the longest article of the corpora has
 * a few hundred), text nodes searched for URLs when the caller has not, URLs written as text.
 */
const MAX_LINKS = 2000;
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

/** Where a source's sentence context can be read: the link (or the text's parent) and what to look for in its block. */
interface ContextSpot {
  el: Element;
  needle: string;
}

/**
 * @param region the article's region in the live page (searched, not changed)
 * @param pageUrl the page's URL (relative links resolve against the document's base URL)
 * @param urlTextNodes text nodes with URLs in them, if the caller has found them already
 * @param deadline `performance.now()` past which the search stops (sets `partial`)
 * @param zoneOf the region's zones, when the caller has them already (createZoneOf(region))
 */
export function findSources(
  region: Element,
  pageUrl: string,
  urlTextNodes?: Node[],
  deadline = Infinity,
  zoneOf: (el: Element) => Zone = createZoneOf(region),
): FindSourcesResult {
  const doc = region.ownerDocument;
  const base = doc?.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : pageUrl;
  const page = normalizeUrl(pageUrl);
  const pageKey = page ? urlKey(page) : '';
  const pageHost = page?.hostname ?? '';
  const byKey = new Map<string, Source>();
  // The context sentence is worked out at the end, for the sources kept only: where to read it, best first.
  const spots = new Map<string, ContextSpot[]>();
  const contextCache = new Map<Element, string>();
  const urlCache = new Map<string, URL | null>();
  let partial = false;

  const add = (href: string, text: string, anchor: Element, bare: boolean, leadIn: string, related: boolean) => {
    let u = urlCache.get(href);
    if (u === undefined) {
      u = normalizeUrl(href, base);
      if (u && SHARE_URL.test(u.href)) u = null;
      urlCache.set(href, u);
    }
    if (!u) return;
    const key = urlKey(u);
    if (key === pageKey) return;
    const label = `${leadIn} ${text}`;
    const kind: SourceKind = CITED_LABEL.test(label)
      ? 'cited'
      : related || RELATED_LABEL.test(label)
        ? 'related'
        : sameSite(u.hostname, pageHost)
          ? 'internal'
          : 'cited';
    const src: Source = {
      url: u.href,
      domain: domainOf(u),
      text: text || u.href,
      context: '',
      kind,
      bare,
    };
    const spot = { el: anchor, needle: bare ? href : text };
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, src);
      spots.set(key, [spot]);
    } else if (KIND_RANK[kind] > KIND_RANK[prev.kind] || (prev.bare && !bare && KIND_RANK[kind] === KIND_RANK[prev.kind])) {
      // The new link's sentence, or the earlier one's when the new link has none.
      byKey.set(key, src);
      spots.get(key)!.unshift(spot);
    }
  };

  // Links.
  const links = region.querySelectorAll('a[href], area[href]');
  const nLinks = Math.min(links.length, MAX_LINKS);
  if (links.length > MAX_LINKS) partial = true;
  for (let i = 0; i < nLinks; i++) {
    if (i % DEADLINE_CHECK_EVERY === 0 && i && now() > deadline) {
      partial = true;
      break;
    }
    const a = links[i];
    const zone = zoneOf(a);
    if (zone === 'boilerplate') continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || /^\s*(javascript|mailto|tel|data):/i.test(href)) continue;
    const text = clean(headText(a, 300)) || clean(a.querySelector('img[alt]')?.getAttribute('alt')) || clean(a.getAttribute('title'));
    add(href, text, a, false, leadInOf(a), zone === 'related');
  }

  // URLs written as text (text nodes found by the caller's scan, or found here).
  let bareUrls = 0;
  bare: for (const n of partial ? [] : urlTextNodes ?? urlTextNodesOf(region)) {
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
      const before = value.slice(Math.max(0, (m.index ?? 0) - LEAD_IN_CHARS), m.index);
      add(url, url, parent, true, `${leadInOf(parent)} ${before}`, zoneOf(parent) === 'related');
    }
  }

  const sources = [...byKey.entries()].map(([key, src]) => {
    for (const spot of spots.get(key)!) {
      const context = contextOf(spot.el, spot.needle, contextCache);
      if (context) return context === src.context ? src : { ...src, context };
    }
    return src;
  });
  return { sources, partial };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
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
      if (s.nodeType === 1 && BLOCK_BREAK.test((s as Element).tagName)) return clean(out);
      out = tailText(s, LEAD_IN_CHARS - out.length) + out;
    }
    node = node.parentElement;
    if (!node || BLOCK_BREAK.test((node as Element).tagName)) break;
  }
  return clean(out.slice(-LEAD_IN_CHARS));
}

/** Elements that end a run of text (the lead-in does not cross them). */
const BLOCK_BREAK = /^(P|LI|DIV|H[1-6]|UL|OL|TABLE|SECTION|ARTICLE|BLOCKQUOTE|FIGURE|HEADER|FOOTER|ASIDE|NAV)$/i;
/** Block elements whose whole text is the context of a link inside them. */
const CONTEXT_LEAF = 'p,li,dd,dt,td,th,blockquote,figcaption,h1,h2,h3,h4,h5,h6';

/** The last `max` characters of a node's text, reading backwards (bounded work). */
function tailText(node: Node, max: number): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').slice(-max);
  if (node.nodeType !== 1) return '';
  let out = '';
  for (let c = node.lastChild; c && out.length < max; c = c.previousSibling) out = tailText(c, max - out.length) + out;
  return out;
}

/** The first `max` characters of a node's text (bounded work). */
function headText(node: Node, max: number): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').slice(0, max);
  if (node.nodeType !== 1) return '';
  let out = '';
  for (let c = node.firstChild; c && out.length < max; c = c.nextSibling) out += headText(c, max - out.length);
  return out;
}

/** The sentence of the link's block that contains `needle` (the whole block if no sentence fits). */
function contextOf(el: Element, needle: string, cache: Map<Element, string>): string {
  const block = el.closest(CONTEXT_LEAF);
  let text: string;
  if (block) {
    const known = cache.get(block);
    text = known ?? clean(headText(block, 5000));
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
    text = clean(`${before}${headText(el, MAX_CONTEXT_CHARS)}${after}`);
  }
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return cut(text);
  const start = Math.max(lastBoundary(text.slice(0, at)), 0);
  const endRel = text.slice(at + needle.length).search(/[。！？!?](?=\s|$)|[.](?=\s+[A-Z"“])/);
  const end = endRel < 0 ? text.length : at + needle.length + endRel + 1;
  return cut(text.slice(start, end).trim());
}

function lastBoundary(s: string): number {
  let idx = -1;
  for (const m of s.matchAll(/[。！？!?](?=\s|\S)|\.(?=\s+[A-Z"“])/g)) idx = (m.index ?? 0) + 1;
  return idx < 0 ? 0 : idx;
}

function cut(s: string): string {
  return s.length > MAX_CONTEXT_CHARS ? `${s.slice(0, MAX_CONTEXT_CHARS - 1)}…` : s;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

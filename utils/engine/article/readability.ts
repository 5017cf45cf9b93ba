/**
 * Readability (@mozilla/readability 0.6.0, pinned) on a clone of the page, as Sift runs it.
 *
 * Sift reads the text of Readability's content, not its markup: the parse returns the content
 * element itself (no HTML serialization) and keeps class attributes (stripping them is a walk
 * over the whole content).
 *
 * Readability also does work whose result Sift gets cheaper. Four of its internal steps are
 * replaced, on Sift's instance only, by steps with the same result (__tests__/readability.test.ts
 * checks each against the original, and the whole parse against an unmodified one):
 * - `_grabArticle` keeps `body.innerHTML` in case it must start again with looser rules, which
 *   serializes the whole page on every parse (about 6 % of a parse) although a retry is rare.
 *   Here the body hands out a token instead; only when Readability starts again is the body
 *   rebuilt, from the live page and the same preparation steps Readability ran before keeping it.
 * - `_isValidByline` builds the text of every element it looks at before it checks the element's
 *   class, id, rel and itemprop; here the text is built only for an element that could be one.
 * - `_isElementWithoutContent` builds the whole text of every div, section and header it looks
 *   at, the page's outer wrappers included; here the walk stops at the first non-space text.
 * - `_isProbablyVisible` reads `node.style`, which makes an inline style object for every
 *   element; here it is read only when the element has a style attribute (without one, the
 *   inline `display` and `visibility` are '').
 * If Readability changes, `readabilityInternalsPresent` fails its test before anything else.
 *
 * One change to the clone is deliberate and changes the result: posts embedded from social
 * networks are lifted out of their wrappers first (liftEmbeddedPosts), which Readability takes for
 * page furniture.
 */
// The class alone: the package's index also loads isProbablyReaderable, which Sift does not use
// and which, being CommonJS, no bundler can leave out (about 0.5 KB gzip in every read).
import Readability from '@mozilla/readability/Readability.js';

export type ReadabilityResult = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** The parts of a Readability instance that Sift replaces or calls. */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _grabArticle(page?: Element | null): Element | null;
}

/**
 * True when Readability still has the internal steps this module replaces and calls. Named as
 * properties, not strings: the injected scripts' minifier renames `_`-prefixed properties, the
 * same way here and in Readability (wxt.config.ts).
 */
export function readabilityInternalsPresent(): boolean {
  const p = Readability.prototype as unknown as { [K in keyof ReadabilityInternals]?: unknown };
  return [p._isValidByline, p._isElementWithoutContent, p._isProbablyVisible, p._unwrapNoscriptImages, p._removeScripts, p._prepDocument, p._grabArticle].every(
    (f) => typeof f === 'function',
  );
}

/** Readability's parse of a clone of `doc`; `doc` itself is not changed. Throws what Readability throws. */
export function parseWithReadability(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  liftEmbeddedPosts(clone);
  const reader = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true });
  if (readabilityInternalsPresent()) speedUp(reader as unknown as ReadabilityInternals, clone, doc);
  return reader.parse();
}

/**
 * A post from a social network that the article quotes, in the markup its network gives to embed
 * it (the post's text in a blockquote, replaced by a frame only when the network's script runs):
 * Twitter/X `twitter-tweet`, Instagram `instagram-media`, Threads `text-post-media`, TikTok
 * `tiktok-embed`, Bluesky `bluesky-embed`, Reddit `reddit-embed-bq`.
 */
const EMBEDDED_POST = 'blockquote[class*=tweet],blockquote[class*=-media],blockquote[class*=embed]';
/** Wrappers an embedded post is lifted out of: never a sidebar, header or footer (aside, nav…). */
const POST_WRAPPER = /^(DIV|FIGURE|P|SPAN)$/;

/**
 * Puts each embedded post in the place of the wrappers that hold nothing but it. Pages wrap the
 * posts they quote in a box named for what it is ("social-media-embed", "embed-twitter"), and
 * Readability takes "social" and "media" for page furniture and drops the box, the post with it,
 * although the story quotes it: on news pages the post is often what the story reports. The post
 * itself (a blockquote) is not a block Readability cleans away.
 */
export function liftEmbeddedPosts(doc: ParentNode): void {
  for (const post of doc.querySelectorAll(EMBEDDED_POST)) {
    const own = post.textContent!.trim().length;
    let wrapper: Element = post;
    for (let p = post.parentElement; p && POST_WRAPPER.test(p.tagName) && p.textContent!.trim().length === own; p = p.parentElement) wrapper = p;
    if (wrapper !== post) wrapper.replaceWith(post);
  }
}

function speedUp(reader: ReadabilityInternals, clone: Document, live: Document): void {
  const byline = reader.REGEXPS.byline;
  reader._isValidByline = (node, matchString) => isValidByline(node, matchString, byline);
  reader._isElementWithoutContent = isElementWithoutContent;
  reader._isProbablyVisible = isProbablyVisible;
  deferBodySnapshot(reader, clone, live);
}

/** Readability's `_isValidByline` with its checks in a cheaper order. */
export function isValidByline(node: Element, matchString: string, byline: RegExp): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || itemprop?.includes('author') || byline.test(matchString))) return false;
  const length = node.textContent!.trim().length;
  return !!length && length < 100;
}

/** Readability's `_isElementWithoutContent`: an element with only white space and <br>/<hr> in it. */
export function isElementWithoutContent(node: Node): boolean {
  if (node.nodeType !== 1 || hasNonSpaceText(node)) return false;
  const el = node as Element;
  return !el.children.length || el.children.length === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
}

const NON_SPACE = /\S/;

/**
 * `node.textContent.trim() !== ''`, without building the text: true at the first descendant text
 * with a character that is not white space (`\s` and `trim` remove the same characters). The
 * browser's own walker steps over elements, nested thousands deep or not.
 */
export function hasNonSpaceText(node: Node): boolean {
  const doc = node.ownerDocument;
  if (!doc) return NON_SPACE.test(node.textContent ?? '');
  const walker = doc.createTreeWalker(node, 4 | 8 /* NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (NON_SPACE.test((t as CharacterData).data)) return true;
  return false;
}

/** Readability's `_isProbablyVisible`, reading the inline style only when there is one. */
export function isProbablyVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : undefined;
  return (
    style?.display !== 'none' &&
    style?.visibility !== 'hidden' &&
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') !== 'true' ||
      !!(node.className && (node.className as unknown as { includes?: unknown }).includes && node.className.includes('fallback-image')))
  );
}

/**
 * Makes `_grabArticle`'s `page.innerHTML` (read to start again from, written back when it does)
 * cost nothing until it is written back: reading the clone's body gives a token; writing the
 * token back rebuilds the body as it was when it was read, from a fresh copy of the live body
 * and Readability's own preparation steps (the ones `parse` runs before `_grabArticle`).
 */
function deferBodySnapshot(reader: ReadabilityInternals, clone: Document, live: Document): void {
  const body = clone.body;
  const liveBody = live.body;
  if (!body || !liveBody) return;
  const token = `sift:deferred-body:${Math.random()}`;
  const grab = reader._grabArticle;
  reader._grabArticle = function (page) {
    if (page || !deferred(body, token, () => rebuildBody(reader, clone, body, liveBody))) return grab.call(this, page);
    try {
      return grab.call(this, page);
    } finally {
      delete (body as { innerHTML?: string }).innerHTML;
    }
  };
}

/**
 * Puts the token accessor on the body; false (and the body as it was) where the DOM does not let
 * an own property stand in front of `innerHTML` (a wrapper that resolves its native properties
 * first, as Firefox's content-script view of a page may): Readability then serializes as usual.
 */
function deferred(body: HTMLElement, token: string, rebuild: () => void): boolean {
  try {
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => token,
      set: (html: string) => {
        // Readability writes back only what it read. Sift never assigns page HTML, so anything
        // else ends the parse (extractArticle then uses its fallbacks).
        if (html !== token) throw new Error('Readability wrote unexpected HTML to the body');
        rebuild();
      },
    });
    if (body.innerHTML === token) return true;
    delete (body as { innerHTML?: string }).innerHTML;
  } catch {
    /* not definable */
  }
  return false;
}

function rebuildBody(reader: ReadabilityInternals, clone: Document, body: HTMLElement, liveBody: HTMLElement): void {
  const fresh = clone.importNode(liveBody, true);
  while (body.firstChild) body.removeChild(body.firstChild);
  while (fresh.firstChild) body.appendChild(fresh.firstChild);
  liftEmbeddedPosts(body);
  // What parse() ran on the document before _grabArticle; on the rest of the clone (already
  // prepared) they find nothing more to do.
  reader._unwrapNoscriptImages(clone);
  reader._removeScripts(clone);
  reader._prepDocument();
}

/**
 * What in the live page is not the article: site navigation, header, footer, sidebars, share
 * buttons, ads, comment forms and pagination. Used to keep such links out of the sources and
 * such text out of a fallback body. Judged by tag, ARIA role, class/id tokens and `hidden`.
 */

// ---- Tunables ------------------------------------------------------------------------------
/** Tags that are chrome around an article, never the article or its citations. */
const BOILERPLATE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'DIALOG', 'MENU', 'SELECT']);
/** ARIA landmarks and widgets of the same kind. */
const BOILERPLATE_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|toolbar|tablist)$/i;
/**
 * class/id tokens (split on space, `-`, `_`) of boilerplate containers. Token-based so that
 * "article-header-image" is not a header but "site-header" is: the token must stand alone.
 */
export const BOILERPLATE_TOKENS = new Set([
  'nav',
  'navi',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'footer',
  'header',
  'masthead',
  'sidebar',
  'sidebox',
  'widget',
  'widgets',
  'share',
  'sharing',
  'shares',
  'social',
  'sns',
  'comment',
  'comments',
  'disqus',
  'respond',
  'pagination',
  'pager',
  'paging',
  'pagenav',
  'ad',
  'ads',
  'adsbygoogle',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'promo',
  'cta',
  'newsletter',
  'subscribe',
  'signup',
  'cookie',
  'popup',
  'modal',
  'toolbar',
  'tags',
  'tagcloud',
  'bio',
  'ranking',
  'banner',
]);
/** Class/id tokens of "related / read more" boxes: kept, but their links are `related` sources. */
export const RELATED_TOKENS = new Set([
  'related',
  'recommend',
  'recommended',
  'recommendation',
  'readmore',
  'more',
  'also',
  'relatedposts',
  'kanren',
  'osusume',
  'pickup',
]);

/**
 * class/id tokens that mark page furniture even inside the article's own container, where
 * Readability keeps it (its output keeps class names): bylines and author boxes, the headline's
 * standfirst (a dek or excerpt set under it: the page's pitch, said again by the story), date stamps,
 * disclaimers, newsletter and promotion boxes, share bars ("social" is left out: it also names
 * embedded posts the article quotes), ads, dialogs, galleries, breadcrumbs,
 * comment threads and related-post lists. Narrower than BOILERPLATE_TOKENS on purpose: inside an
 * article, "header", "footer", "widget" or "meta" also wrap the story itself. Read from class
 * names only (isFurnitureElement).
 */
const FURNITURE_TOKENS = new Set([
  'byline',
  'dek',
  'standfirst',
  'excerpt',
  'bio',
  'author',
  'dateline',
  'timestamp',
  'disclaimer',
  'newsletter',
  'subscribe',
  'signup',
  'promo',
  'cta',
  'share',
  'sharing',
  'sponsor',
  'sponsored',
  'ad',
  'ads',
  'advertisement',
  'modal',
  'popup',
  'cookie',
  'tooltip',
  'breadcrumb',
  'breadcrumbs',
  'gallery',
  'comments',
  'nav',
  'related',
  'relatedposts',
  'recommended',
  'kanren',
  'osusume',
]);

export function tokensOf(el: Element): string[] {
  const s = classAndId(el);
  return s ? s.split(/[\s_-]+/).filter(Boolean) : [];
}

function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.id;
  return cls ? (id ? `${cls} ${id}` : cls).toLowerCase() : id ? id.toLowerCase() : '';
}

/** A regex that tells whether a class/id string holds one of `tokens` as a whole token (as tokensOf splits it). */
function tokenTest(tokens: Set<string>): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${[...tokens].join('|')})(?=$|[\\s_-])`);
}
// Every element of a region is asked: one regex test instead of splitting its class list.
const BOILERPLATE_TOKEN = tokenTest(BOILERPLATE_TOKENS);
const RELATED_TOKEN = tokenTest(RELATED_TOKENS);

/** True for an element that is, by itself, page chrome (not looking at its ancestors). */
export function isBoilerplateElement(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.test(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const s = classAndId(el);
  return !!s && BOILERPLATE_TOKEN.test(s);
}

/** Inline (phrasing) elements are part of a sentence: furniture is judged on block elements only. */
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const FURNITURE_TOKEN = tokenTest(FURNITURE_TOKENS);

/** True for a block element, inside the article's container, that is page furniture by its class. */
export function isFurnitureElement(el: Element): boolean {
  // Class names only: inside an article, ids are often made from headings ("sharing-with-a-team").
  const s = el.getAttribute('class');
  return !!s && !INLINE.has(el.tagName.toUpperCase()) && FURNITURE_TOKEN.test(s.toLowerCase());
}

export function isRelatedElement(el: Element): boolean {
  const s = classAndId(el);
  return !!s && RELATED_TOKEN.test(s);
}

export type Zone = 'content' | 'boilerplate' | 'related';

/**
 * Classifies elements by their ancestors up to `root` (not included), memoised so that
 * asking for every link of a region walks each ancestor once.
 */
export function createZoneOf(root: Element): (el: Element) => Zone {
  const memo = new Map<Element, Zone>();
  const zoneOf = (el: Element | null): Zone => {
    if (!el || el === root) return 'content';
    const known = memo.get(el);
    if (known) return known;
    let zone: Zone;
    if (isBoilerplateElement(el)) zone = 'boilerplate';
    else {
      const up = zoneOf(el.parentElement);
      zone = up !== 'content' ? up : isRelatedElement(el) ? 'related' : 'content';
    }
    memo.set(el, zone);
    return zone;
  };
  return zoneOf;
}

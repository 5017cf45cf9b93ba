/**
 * Page metadata from JSON-LD, Open Graph / article:* / Dublin Core / Parse.ly meta tags and
 * `<time>` elements. Read-only over the live document: one `querySelectorAll` for meta tags,
 * one for JSON-LD scripts.
 */

import { collapse } from '../text/space';

// ---- Tunables ------------------------------------------------------------------------------
/** JSON-LD types that are articles (schema.org Article and its news/blog subtypes). */
const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|Review)$/;
/** JSON-LD scripts larger than this are skipped (some sites inline whole catalogues). */
const MAX_JSONLD_CHARS = 2_000_000;
/** Meta keys (name/property, lowercased) for each field, best first. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterm:title', 'parsely-title', 'title'],
  byline: ['author', 'article:author', 'dc.creator', 'dcterm:creator', 'parsely-author', 'sailthru.author', 'byl'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title'],
  published: [
    'article:published_time',
    'og:article:published_time',
    'parsely-pub-date',
    'pubdate',
    'publishdate',
    'publish-date',
    'date',
    'dc.date',
    'dc.date.issued',
    'dcterm:created',
    'sailthru.date',
    'article.published',
    'cxenseparse:recs:publishtime',
  ],
  excerpt: ['og:description', 'description', 'twitter:description', 'dc.description'],
  locale: ['og:locale', 'content-language', 'dc.language', 'language'],
  type: ['og:type'],
} as const;

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  excerpt?: string;
  canonicalUrl?: string;
  /** Declared language tags, best first. */
  langs: string[];
  dir?: string;
  /** JSON-LD `articleBody`, if any. */
  jsonLdBody?: string;
  /** The page declares itself an article (JSON-LD Article type or og:type article). */
  declaredArticle: boolean;
  /** The page declares itself something else (og:type website, JSON-LD WebSite/CollectionPage only). */
  declaredNonArticle: boolean;
}

type Json = Record<string, unknown>;

export function readMetadata(doc: Document, url: string): PageMetadata {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = collapse(el.getAttribute('content'));
    if (!content) continue;
    const keys = `${el.getAttribute('property') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('http-equiv') ?? ''}`;
    for (const k of keys.toLowerCase().split(/\s+/)) if (k && !meta.has(k)) meta.set(k, content);
  }
  const pick = (keys: readonly string[]) => keys.map((k) => meta.get(k)).find(Boolean);

  const ld = readJsonLd(doc);
  const ldArticle = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const ldAny = ldArticle ?? ld.find((o) => typeof o.headline === 'string' || typeof o.datePublished === 'string');

  const html = doc.documentElement;
  const canonicalHref = (doc.head ?? doc).querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? pick(['og:url']);
  let published = str(ldAny?.datePublished) ?? pick(META_KEYS.published);
  if (!published) {
    // Only when nothing better: this one searches the whole body.
    const timeEl = doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]');
    published = timeEl?.getAttribute('datetime') ?? undefined;
  }
  const ogType = (pick(META_KEYS.type) ?? '').toLowerCase();
  return {
    title: collapse(str(ldAny?.headline) ?? str(ldAny?.name)) || pick(META_KEYS.title) || collapse(doc.title) || undefined,
    byline: authorName(ldAny?.author) ?? pick(META_KEYS.byline),
    siteName: pick(META_KEYS.siteName) ?? orgName(ldAny?.publisher),
    publishedTime: published ? toIsoDate(published, html.lang) : undefined,
    excerpt: pick(META_KEYS.excerpt) ?? (collapse(str(ldAny?.description)) || undefined),
    canonicalUrl: absoluteHttp(canonicalHref, url),
    langs: [html.getAttribute('lang'), html.getAttribute('xml:lang'), str(ldAny?.inLanguage), pick(META_KEYS.locale)].filter((x): x is string => !!x),
    dir: html.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? undefined,
    jsonLdBody: str(ldArticle?.articleBody) ?? str(ldArticle?.text),
    declaredArticle: !!ldArticle || ogType === 'article' || ogType.startsWith('article'),
    declaredNonArticle:
      !ldArticle && (ogType === 'website' || ld.some((o) => types(o).some((t) => /^(WebSite|CollectionPage|SearchResultsPage|ItemList)$/.test(t)))),
  };
}

/** All JSON-LD objects of the page, `@graph`s and arrays flattened. Broken JSON is skipped. */
function readJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) add(x, depth + 1);
      return;
    }
    const o = v as Json;
    out.push(o);
    if (o['@graph']) add(o['@graph'], depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') add(o.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = s.textContent ?? '';
    if (!text || text.length > MAX_JSONLD_CHARS) continue;
    try {
      add(JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  return out;
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function authorName(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : undefined));
  const names = list.filter((x): x is string => !!x).map((x) => collapse(x));
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

function orgName(v: unknown): string | undefined {
  const o = Array.isArray(v) ? v[0] : v;
  return o && typeof o === 'object' ? collapse(str((o as Json).name)) || undefined : undefined;
}

function absoluteHttp(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A date as ISO 8601. Strings already in ISO form are kept as written (with their offset);
 * Japanese and Chinese dates (2025年3月30日 9:00) are read as local time of the page's zone
 * when known (+09:00 for ja); anything else `Date` can parse becomes UTC ISO.
 */
export function toIsoDate(raw: string, lang = ''): string | undefined {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s;
  const cjk = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\D{0,6}?(\d{1,2})[:時](\d{2}))?/.exec(s);
  if (cjk) {
    const [, y, mo, d, h, mi] = cjk;
    const pad = (x: string | undefined) => (x ?? '0').padStart(2, '0');
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (!h) return date;
    const zone = lang.toLowerCase().startsWith('ja') ? '+09:00' : lang.toLowerCase().startsWith('zh') ? '+08:00' : '';
    return `${date}T${pad(h)}:${pad(mi)}:00${zone}`;
  }
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/**
 * The CLI's outputs: text for a terminal, JSON for scripts (Markdown is `toMarkdown` from
 * utils/engine/exportArticle.ts, the same as the extension's "Copy as Markdown"). Pure.
 */
import type { Article, KeyPoint, Source } from '../utils/engine/model';
import { sourcesInOrder } from '../utils/engine/sources/order';
import { sourceCategory } from '../utils/engine/sources/category';
import { quotesBySpeaker } from '../utils/engine/quotes/bySpeaker';
import { bylineForDisplay } from '../utils/engine/article/byline';
import { sourcesOfPoint } from '../utils/engine/sources/sourcesOfPoint';
import { attribute, type Attribution } from '../utils/engine/attribution';
import { stringWidth, wrap } from './width';

export interface TextOptions {
  /** ANSI colour and bold. */
  color: boolean;
  /** Terminal columns (80 when not a terminal). */
  width: number;
}

const STYLE = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  underline: ['\u001b[4m', '\u001b[24m'],
} as const;
type Style = keyof typeof STYLE;

/**
 * Page text must never reach a terminal as control sequences: a page could otherwise
 * move the cursor, retitle the window or hide text. C0/C1 controls (but tab and newline,
 * which become spaces downstream) and bidi overrides are removed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const SEQUENCE = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]/g;
export function stripControls(text: string): string {
  // Whole sequences first (OSC "ESC ] … BEL", CSI "ESC [ … m"), so that no half of one is left to read.
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/** A deep copy of `value` with every string stripped of control characters. */
export function sanitize<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map(sanitize) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitize(v);
    return out as T;
  }
  return value;
}

/** Sources a reader wants to see, in the one order (utils/engine/sources/order.ts); same-site links are navigation. */
function visibleSources(sources: Source[]): Source[] {
  return sourcesInOrder(sources);
}

/**
 * Title, site · byline · date, URL, key points (the author's marked), sources with their
 * domains; every paragraph wrapped to `width` columns with a hanging indent.
 */
export function formatText(article: Article, keyPoints: KeyPoint[], options: TextOptions, attribution?: Attribution): string {
  const width = Math.max(20, options.width);
  const paint = (style: Style, text: string) => (options.color && text ? STYLE[style][0] + text + STYLE[style][1] : text);
  const out: string[] = [];
  const block = (text: string, first: string, rest: string, style?: Style) => {
    const lines = wrap(stripControls(text), width - stringWidth(first));
    lines.forEach((line, i) => {
      out.push((i === 0 ? first : rest) + (style ? paint(style, line) : line));
    });
  };

  block(article.title || '(untitled)', '', '', 'bold');
  const date = article.publishedTime?.slice(0, 10);
  const pages = article.pages
    ? `${article.pages.length} pages`
    : article.pagination
      ? article.pagination.total
        ? `page ${article.pagination.current} of ${article.pagination.total}`
        : 'continues on further pages'
      : '';
  const meta = [
    article.siteName,
    article.byline && bylineForDisplay(article.byline),
    date,
    article.lang,
    article.readingTimeMinutes ? `${article.readingTimeMinutes} min read` : '',
    pages,
  ]
    .filter(Boolean)
    .map((s) => stripControls(String(s)));
  if (meta.length) block(meta.join(' · '), '', '', 'dim');
  const address = article.canonicalUrl ?? article.url;
  if (address && address !== 'about:blank') out.push(paint('dim', stripControls(address)));

  out.push('', paint('bold', 'Key points'));
  if (keyPoints.length === 0) out.push(`  ${paint('dim', '(none found)')}`);
  for (const p of keyPoints) {
    const bullet = '  • ';
    if (p.origin === 'author') {
      const tag = '[author] ';
      const lines = wrap(stripControls(p.text), width - stringWidth(bullet) - tag.length);
      lines.forEach((line, i) => {
        out.push((i === 0 ? bullet + paint('yellow', tag) : ' '.repeat(bullet.length + tag.length)) + line);
      });
    } else {
      block(p.text, bullet, '    ');
    }
    // What the point stands on: the domains of the sources cited next to it.
    const on = sourcesOfPoint(article.sources, p).map((s) => `${stripControls(s.domain)} (${sourceCategory(s)})`);
    if (on.length) out.push(`    ${paint('dim', `↳ ${on.join(', ')}`)}`);
  }

  const sources = visibleSources(article.sources);
  if (sources.length) {
    out.push('', paint('bold', `Sources (${sources.length})`));
    for (const s of sources) {
      // Bare URLs are their own anchor text; "Source: https://…" says the URL twice.
      const label = stripControls(
        (s.text ?? '')
          .split(s.url)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/\s*[:：]$/, ''),
      );
      const domain = stripControls(s.domain);
      block(`${label ? `${label} — ${domain}` : domain} · ${sourceCategory(s)}`, '  • ', '    ');
      // A URL is one unit a terminal can click: never wrapped, only indented.
      out.push(`    ${paint('cyan', stripControls(s.url))}`);
    }
  }

  const quotes = attribution?.quotes ?? [];
  if (quotes.length) {
    out.push('', paint('bold', `Quotes (${quotes.length})`));
    for (const g of quotesBySpeaker(quotes)) {
      out.push(`  ${paint('yellow', stripControls(g.speaker ?? 'Speaker not named'))}${g.anonymous ? paint('dim', ' (unnamed source)') : ''}`);
      for (const q of g.quotes) block(`“${q.text}”`, '    • ', '      ');
    }
  }
  return `${out.join('\n')}\n`;
}

/** Version of the JSON schema below; bump on any incompatible change. */
const JSON_SCHEMA = 'sift/1';

/**
 * `{schema, generator, points, article, keyPoints, quotes}` with a fixed set and order of fields;
 * optional Article fields are `null` when absent, timings are left out so that the same page
 * always gives the same bytes. Documented in docs/cli.md.
 */
function toJsonDocument(article: Article, keyPoints: KeyPoint[], meta: { version: string; points: number }, attribution: Attribution) {
  const citing = attribution.citing;
  /** The page a block stands on (1 for an article read from one page, and for the author's points). */
  const pageOf = (blockIndex: number | undefined) => (blockIndex === undefined ? 1 : (article.blocks[blockIndex]?.page ?? 1));
  return {
    schema: JSON_SCHEMA,
    generator: { name: 'sift', version: meta.version },
    points: meta.points,
    article: {
      url: article.url,
      canonicalUrl: article.canonicalUrl ?? null,
      title: article.title,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      publishedTime: article.publishedTime ?? null,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt ?? null,
      readingTimeMinutes: article.readingTimeMinutes,
      nextPageUrl: article.nextPageUrl ?? null,
      pagination: article.pagination
        ? {
            current: article.pagination.current,
            total: article.pagination.total ?? null,
            nextUrl: article.pagination.nextUrl ?? null,
            singlePageUrl: article.pagination.singlePageUrl ?? null,
          }
        : null,
      pages: (article.pages ?? [{ url: article.url, title: article.title }]).map((p) => ({ url: p.url, title: p.title })),
      extraction: {
        method: article.extraction.method,
        isArticle: article.extraction.isArticle,
        partial: article.extraction.partial,
      },
      authorKeyPoints: article.authorKeyPoints.map((p) => ({ text: p.text })),
      outline: article.outline.map(outlineItem),
      sources: article.sources.map((s, i) => ({
        url: s.url,
        domain: s.domain,
        text: s.text,
        context: s.context,
        kind: s.kind,
        category: sourceCategory(s),
        bare: s.bare,
        page: pageOf(s.citedAt[0]?.blockIndex),
        citedAt: (citing[i] ?? []).map((c) => ({
          blockIndex: c.blockIndex,
          sentenceIndex: c.sentenceIndex,
          start: c.start,
          end: c.end,
          text: c.text,
          textBlockIndex: c.textBlockIndex,
        })),
      })),
      blocks: article.blocks.map((b) => ({ index: b.index, kind: b.kind, text: b.text, level: b.level ?? null, page: b.page ?? 1 })),
      articleBody: article.articleBody,
    },
    keyPoints: keyPoints.map((p) => ({
      text: p.text,
      origin: p.origin,
      score: Math.round(p.score * 1e4) / 1e4,
      blockIndex: p.blockIndex,
      sentenceIndex: p.sentenceIndex,
      start: p.start,
      end: p.end,
      page: pageOf(p.blockIndex),
      sources: p.sources ?? [],
    })),
    quotes: attribution.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker ?? null,
      anonymous: q.anonymous,
      blockIndex: q.blockIndex,
      start: q.start,
      end: q.end,
      page: pageOf(q.blockIndex),
    })),
  };
}

export type JsonOutline = { text: string; level: number; blockIndex: number; children: JsonOutline[] };
function outlineItem(o: Article['outline'][number]): JsonOutline {
  return { text: o.text, level: o.level, blockIndex: o.blockIndex, children: o.children.map(outlineItem) };
}

export function formatJson(
  article: Article,
  keyPoints: KeyPoint[],
  meta: { version: string; points: number },
  attribution: Attribution = attribute(article),
): string {
  return `${JSON.stringify(toJsonDocument(article, keyPoints, meta, attribution), null, 2)}\n`;
}

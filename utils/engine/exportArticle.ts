import type { Article, KeyPoint, Quote, Source } from './model';
import { sourcesInOrder } from './sources/order';
import { sourceCategory } from './sources/category';
import { quotesBySpeaker } from './quotes/bySpeaker';
import { bylineForDisplay } from './article/byline';
import { sourcesOfPoint } from './sources/sourcesOfPoint';
import { safeHttpUrl } from './safeUrl';

/**
 * The article as Markdown or plain text for the clipboard: title, URL, key points (each with the
 * sources it stands on), sources with their category, and who said what when the quotations are
 * known. Page text is escaped so that it cannot turn into Markdown structure or links it never was.
 */
export function toMarkdown(article: Article, keyPoints: KeyPoint[], labels: Partial<ExportLabels> = {}, quotes?: readonly Quote[]): string {
  const l = { ...DEFAULT_LABELS, ...labels };
  const lines = [`# ${escapeMarkdown(article.title || article.url)}`, '', `<${article.canonicalUrl ?? article.url}>`];
  const meta = [article.siteName, article.byline && bylineForDisplay(article.byline), article.publishedTime?.slice(0, 10)].filter(Boolean).map(String);
  if (meta.length) lines.push('', escapeMarkdown(meta.join(' · ')));
  if (keyPoints.length) {
    lines.push('', `## ${l.keyPoints}`, '');
    for (const p of keyPoints) {
      lines.push(`- ${p.origin === 'author' ? `(${l.author}) ` : ''}${escapeMarkdown(p.text)}`);
      const links = pointSources(article, p).map((s) => `[${escapeMarkdown(s.domain)}](${escapeUrl(s.url)})`);
      if (links.length) lines.push(`  - ${l.sources}: ${links.join(', ')}`);
    }
  }
  const sources = sourcesInOrder(article.sources);
  if (sources.length) {
    lines.push('', `## ${l.sources}`, '');
    for (const s of sources) lines.push(`- [${escapeMarkdown(s.text || s.domain)}](${escapeUrl(s.url)}) — ${escapeMarkdown(s.domain)} · ${sourceCategory(s)}`);
  }
  if (quotes?.length) {
    lines.push('', `## ${l.quotes}`);
    for (const g of quotesBySpeaker(quotes)) {
      lines.push('', `**${escapeMarkdown(g.speaker ?? l.noSpeaker)}**${g.anonymous ? ` (${l.unnamed})` : ''}`, '');
      for (const q of g.quotes) lines.push(`- “${escapeMarkdown(q.text)}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function toPlainText(article: Article, keyPoints: KeyPoint[], labels: Partial<ExportLabels> = {}, quotes?: readonly Quote[]): string {
  const l = { ...DEFAULT_LABELS, ...labels };
  const lines = [article.title || article.url, article.canonicalUrl ?? article.url];
  if (keyPoints.length) {
    lines.push('', `${l.keyPoints}:`);
    for (const p of keyPoints) {
      lines.push(`• ${p.origin === 'author' ? `(${l.author}) ` : ''}${p.text}`);
      const links = pointSources(article, p).map((s) => s.url);
      if (links.length) lines.push(`  ${l.sources}: ${links.join(' ')}`);
    }
  }
  const sources = sourcesInOrder(article.sources);
  if (sources.length) {
    lines.push('', `${l.sources}:`);
    for (const s of sources) lines.push(`• ${s.text || s.domain} — ${s.url} (${sourceCategory(s)})`);
  }
  if (quotes?.length) {
    lines.push('', `${l.quotes}:`);
    for (const g of quotesBySpeaker(quotes)) {
      lines.push(`${g.speaker ?? l.noSpeaker}${g.anonymous ? ` (${l.unnamed})` : ''}:`);
      for (const q of g.quotes) lines.push(`• “${q.text}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface ExportLabels {
  keyPoints: string;
  sources: string;
  author: string;
  quotes: string;
  unnamed: string;
  noSpeaker: string;
}
const DEFAULT_LABELS: ExportLabels = {
  keyPoints: 'Key points',
  sources: 'Sources',
  author: 'Author',
  quotes: 'Quotes',
  unnamed: 'unnamed source',
  noSpeaker: 'Speaker not named',
};

/** The sources a point stands on, those with a safe address. */
function pointSources(article: Article, p: KeyPoint): Source[] {
  return sourcesOfPoint(article.sources, p).filter((s) => safeHttpUrl(s.url));
}

function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

import type { Article, KeyPoint } from './model';
import { sourcesInOrder } from './sources/order';

/**
 * The article as Markdown or plain text for the clipboard: title, URL, key points, sources.
 * Page text is escaped so that it cannot turn into Markdown structure or links it never was.
 */
export function toMarkdown(article: Article, keyPoints: KeyPoint[], labels = DEFAULT_LABELS): string {
  const lines = [`# ${escapeMarkdown(article.title || article.url)}`, '', `<${article.canonicalUrl ?? article.url}>`];
  const meta = [article.siteName, article.byline, article.publishedTime?.slice(0, 10)].filter(Boolean).map(String);
  if (meta.length) lines.push('', escapeMarkdown(meta.join(' · ')));
  if (keyPoints.length) {
    lines.push('', `## ${labels.keyPoints}`, '');
    for (const p of keyPoints) lines.push(`- ${p.origin === 'author' ? `(${labels.author}) ` : ''}${escapeMarkdown(p.text)}`);
  }
  const sources = sourcesInOrder(article.sources);
  if (sources.length) {
    lines.push('', `## ${labels.sources}`, '');
    for (const s of sources) lines.push(`- [${escapeMarkdown(s.text || s.domain)}](${escapeUrl(s.url)}) — ${escapeMarkdown(s.domain)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function toPlainText(article: Article, keyPoints: KeyPoint[], labels = DEFAULT_LABELS): string {
  const lines = [article.title || article.url, article.canonicalUrl ?? article.url];
  if (keyPoints.length) {
    lines.push('', `${labels.keyPoints}:`);
    for (const p of keyPoints) lines.push(`• ${p.origin === 'author' ? `(${labels.author}) ` : ''}${p.text}`);
  }
  const sources = sourcesInOrder(article.sources);
  if (sources.length) {
    lines.push('', `${labels.sources}:`);
    for (const s of sources) lines.push(`• ${s.text || s.domain} — ${s.url}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface ExportLabels {
  keyPoints: string;
  sources: string;
  author: string;
}
const DEFAULT_LABELS: ExportLabels = { keyPoints: 'Key points', sources: 'Sources', author: 'Author' };

function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

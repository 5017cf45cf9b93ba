import type { Article } from '@/utils/engine/model';
import { capText } from '@/utils/engine/safeUrl';
import { t } from '@/utils/extension/i18n';

/** Title, site, byline, date and reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  const date = formatDate(article.publishedTime, article.lang);
  const meta = [
    article.siteName,
    article.byline && t('by', capText(article.byline, 120)),
    date,
    article.readingTimeMinutes > 0 && t('readingTime', String(article.readingTimeMinutes)),
  ].filter(Boolean) as string[];
  return (
    <header class="article-header" lang={article.lang} dir={article.dir}>
      <h1 class="article-title" data-testid="article-title">
        {capText(article.title || article.url, 300)}
      </h1>
      {meta.length > 0 && (
        <p class="article-meta" data-testid="article-meta">
          {meta.map((m, i) => (
            <span key={i}>{capText(m, 160)}</span>
          ))}
        </p>
      )}
    </header>
  );
}

function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  try {
    return d.toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' });
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

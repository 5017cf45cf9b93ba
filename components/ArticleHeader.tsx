import type { Article } from '@/utils/engine/model';
import type { PagesStopped } from '@/utils/extension/protocol';
import { capText } from '@/utils/engine/safeUrl';
import { t } from '@/utils/extension/i18n';
import { bylineForDisplay } from '@/utils/engine/article/byline';

/** "Read all pages": the click, whether it is under way, and how it ended. */
export interface PagesControl {
  read: () => void;
  reading: boolean;
  stopped?: PagesStopped;
  failed?: string;
}

/** Title, site, byline, date and reading time; for an article over several pages, how many, and "Read all pages". */
export function ArticleHeader({ article, pages }: { article: Article; pages?: PagesControl }) {
  const date = formatDate(article.publishedTime, article.lang);
  const meta = [
    article.siteName,
    article.byline && t('by', capText(bylineForDisplay(article.byline), 120)),
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
      <PagesLine article={article} pages={pages} />
    </header>
  );
}

/** Why reading all pages stopped short, by the message that says it. */
const STOPPED = { failed: 'pageFailed', limit: 'pagesLimit' } as const;

/** "Page 1 of 3" and "Read all pages"; "All 3 pages" once read; why reading stopped short. */
function PagesLine({ article, pages }: { article: Article; pages?: PagesControl }) {
  const p = article.pagination;
  if (!p && !article.pages) return null;
  const s = pages?.stopped;
  return (
    <div class="pages-line" data-testid="pages">
      <span data-testid="pages-said">
        {article.pages ? t('pagesRead', String(article.pages.length)) : p?.total ? t('pageOf', [String(p.current), String(p.total)]) : t('continues')}
      </span>
      {pages && !article.pages && (p?.nextUrl || p?.singlePageUrl) && (
        <button type="button" class="link-button" data-testid="read-all-pages" disabled={pages.reading} onClick={pages.read}>
          {t(pages.reading ? 'readingPages' : 'readAllPages')}
        </button>
      )}
      {(s || pages?.failed) && (
        <p class="notice" role="status" data-testid="pages-stopped">
          {s ? t(STOPPED[s.reason as keyof typeof STOPPED] ?? 'pagesOther', [String(s.page), capText(s.detail ?? '', 80)]) : pages?.failed}
        </p>
      )}
    </div>
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

import { useState } from 'preact/hooks';
import type { Article, KeyPoint } from '@/utils/engine/model';
import type { Attribution } from '@/utils/engine/attribution';
import type { HighlightTarget } from '@/utils/engine/page/highlighter';
import type { Settings } from '@/utils/extension/settings';
import { toMarkdown, toPlainText } from '@/utils/engine/exportArticle';
import { ArticleHeader, type PagesControl } from './ArticleHeader';
import { StatusMessage } from './StatusMessage';
import { CopyButtons } from './CopyButtons';
import { VIEWS, viewNamed, type ViewName, type ViewProps } from './views';
import { t } from '@/utils/extension/i18n';

interface Props {
  article: Article;
  keyPoints: KeyPoint[];
  /** Where the sources are cited and who said what; undefined until the background has read them. */
  attribution?: Attribution;
  /** Why the attribution could not be read. */
  attributionError?: string;
  points: Settings['points'];
  onPointsChange: (points: Settings['points']) => void;
  onShow: (target: HighlightTarget) => Promise<boolean>;
  /** The view that opens first (the reader's setting; an unknown name opens the first view). */
  initialView?: string;
  /** "Read all pages" of a multi-page article. */
  pages?: PagesControl;
}

/** An article: header, its views (views.tsx) behind tabs, and an action bar that stays in view. */
export function ArticleView({ article, keyPoints, attribution, attributionError, points, onPointsChange, onShow, initialView, pages }: Props) {
  const [view, setView] = useState<ViewName>(viewNamed(initialView).name);
  const [notFound, setNotFound] = useState(false);

  const show = async (target: HighlightTarget) => {
    setNotFound(!(await onShow(target)));
  };

  const onTabKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.name === view);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % VIEWS.length;
    else if (e.key === 'ArrowLeft') next = (i + VIEWS.length - 1) % VIEWS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = VIEWS.length - 1;
    if (next < 0) return;
    e.preventDefault();
    setView(VIEWS[next].name);
    document.getElementById(`tab-${VIEWS[next].name}`)?.focus();
  };

  const labels = {
    keyPoints: t('keyPoints'),
    sources: t('sources'),
    author: t('authorBadge'),
    quotes: t('quotesHeading'),
    unnamed: t('unnamedSource'),
    noSpeaker: t('noSpeaker'),
  };
  const props: ViewProps = { article, keyPoints, attribution, attributionError, points, onPointsChange, show };
  const Body = viewNamed(view).Body;

  return (
    <div class="article">
      <ArticleHeader article={article} pages={pages} />
      {!article.extraction.isArticle && <StatusMessage tone="info">{t('notArticle')}</StatusMessage>}
      {article.extraction.partial && <StatusMessage tone="info">{t('partial')}</StatusMessage>}
      <div class="tabs" role="tablist" aria-label={t('views')} onKeyDown={onTabKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v.name}
            id={`tab-${v.name}`}
            type="button"
            role="tab"
            aria-selected={view === v.name}
            aria-controls={`panel-${v.name}`}
            tabIndex={view === v.name ? 0 : -1}
            onClick={() => setView(v.name)}
          >
            {t(v.label)}
            {v.count(props) !== undefined && <span class="count">{v.count(props)}</span>}
          </button>
        ))}
      </div>
      {notFound && (
        <p class="notice" role="status">
          {t('notFoundInPage')}
        </p>
      )}
      <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="panel">
        <Body {...props} />
      </div>
      <footer class="action-bar">
        <CopyButtons
          markdown={() => toMarkdown(article, keyPoints, labels, attribution?.quotes)}
          plainText={() => toPlainText(article, keyPoints, labels, attribution?.quotes)}
          pending={!attribution && attributionError === undefined}
        />
      </footer>
    </div>
  );
}

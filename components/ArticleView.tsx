import { useState } from 'preact/hooks';
import type { Article, KeyPoint, OutlineItem, Source } from '@/utils/engine/model';
import type { HighlightTarget } from '@/utils/extension/protocol';
import type { Settings } from '@/utils/extension/settings';
import { toMarkdown, toPlainText } from '@/utils/engine/exportArticle';
import { ArticleHeader } from './ArticleHeader';
import { KeyPointList } from './KeyPointList';
import { SourceList } from './SourceList';
import { OutlineList } from './OutlineList';
import { StatusMessage } from './StatusMessage';
import { PointsControl } from './PointsControl';
import { CopyButtons } from './CopyButtons';
import { t } from '@/utils/extension/i18n';

export type ViewName = Settings['firstView'];

interface Props {
  article: Article;
  keyPoints: KeyPoint[];
  points: Settings['points'];
  onPointsChange: (points: Settings['points']) => void;
  onShow: (target: HighlightTarget) => Promise<boolean>;
  initialView?: ViewName;
}

const VIEWS: { name: ViewName; label: string }[] = [
  { name: 'points', label: 'keyPoints' },
  { name: 'sources', label: 'sources' },
  { name: 'outline', label: 'outline' },
];

/** An article: header, three views (key points, sources, outline) behind tabs, and an action bar that stays in view. */
export function ArticleView({ article, keyPoints, points, onPointsChange, onShow, initialView = 'points' }: Props) {
  const [view, setView] = useState<ViewName>(initialView);
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

  const labels = { keyPoints: t('keyPoints'), sources: t('sources'), author: t('authorBadge') };

  return (
    <div class="article">
      <ArticleHeader article={article} />
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
            <span class="count">{countFor(v.name, article, keyPoints)}</span>
          </button>
        ))}
      </div>
      {notFound && (
        <p class="notice" role="status">
          {t('notFoundInPage')}
        </p>
      )}
      <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="panel">
        {view === 'points' && (
          <>
            <PointsControl value={points} onChange={onPointsChange} />
            <KeyPointList points={keyPoints} lang={article.lang} onShow={(p: KeyPoint) => show({ text: p.text })} />
          </>
        )}
        {view === 'sources' && (
          <SourceList sources={article.sources} onShow={(s: Source) => show({ text: s.text, url: s.url })} />
        )}
        {view === 'outline' && (
          <OutlineList outline={article.outline} onShow={(o: OutlineItem) => show({ text: o.text })} />
        )}
      </div>
      <footer class="action-bar">
        <CopyButtons
          markdown={() => toMarkdown(article, keyPoints, labels)}
          plainText={() => toPlainText(article, keyPoints, labels)}
        />
      </footer>
    </div>
  );
}

function countFor(view: ViewName, article: Article, keyPoints: KeyPoint[]): number {
  if (view === 'points') return keyPoints.length;
  if (view === 'sources') return article.sources.length;
  let n = 0;
  const walk = (items: Article['outline']) =>
    items.forEach((i) => {
      n++;
      walk(i.children);
    });
  walk(article.outline);
  return n;
}

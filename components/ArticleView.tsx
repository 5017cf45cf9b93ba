import { useState } from 'preact/hooks';
import type { Article, KeyPoint, OutlineItem, Source } from '@/utils/article/types';
import type { HighlightTarget } from '@/utils/messaging';
import { ArticleHeader } from './ArticleHeader';
import { KeyPointList } from './KeyPointList';
import { SourceList } from './SourceList';
import { OutlineList } from './OutlineList';
import { StatusMessage } from './StatusMessage';
import { t } from '@/utils/i18n';

export type ViewName = 'points' | 'sources' | 'outline';

interface Props {
  article: Article;
  keyPoints: KeyPoint[];
  onShow: (target: HighlightTarget) => Promise<boolean>;
  initialView?: ViewName;
}

const VIEWS: { name: ViewName; label: string }[] = [
  { name: 'points', label: 'keyPoints' },
  { name: 'sources', label: 'sources' },
  { name: 'outline', label: 'outline' },
];

/** An article: header, then one of three views (key points, sources, outline) chosen by tabs. */
export function ArticleView({ article, keyPoints, onShow, initialView = 'points' }: Props) {
  const [view, setView] = useState<ViewName>(initialView);
  const [notFound, setNotFound] = useState(false);

  const show = async (target: HighlightTarget) => {
    setNotFound(!(await onShow(target)));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.name === view);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -2;
    if (next === -2) return;
    e.preventDefault();
    const v = VIEWS[(next + VIEWS.length) % VIEWS.length];
    setView(v.name);
    document.getElementById(`tab-${v.name}`)?.focus();
  };

  return (
    <div class="article">
      <ArticleHeader article={article} />
      {!article.extraction.isArticle && <StatusMessage tone="info">{t('notArticle')}</StatusMessage>}
      <div class="tabs" role="tablist" aria-label={t('views')} onKeyDown={onKeyDown}>
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
      {notFound && <p class="notice" role="status">{t('notFoundInPage')}</p>}
      <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="panel">
        {view === 'points' && (
          <KeyPointList points={keyPoints} lang={article.lang} onShow={(p: KeyPoint) => show({ text: p.text })} />
        )}
        {view === 'sources' && (
          <SourceList sources={article.sources} onShow={(s: Source) => show({ text: s.text, url: s.url })} />
        )}
        {view === 'outline' && (
          <OutlineList outline={article.outline} onShow={(o: OutlineItem) => show({ text: o.text })} />
        )}
      </div>
    </div>
  );
}

function countFor(view: ViewName, article: Article, keyPoints: KeyPoint[]): number {
  if (view === 'points') return keyPoints.length;
  if (view === 'sources') return article.sources.length;
  let n = 0;
  const walk = (items: Article['outline']) => items.forEach((i) => { n++; walk(i.children); });
  walk(article.outline);
  return n;
}

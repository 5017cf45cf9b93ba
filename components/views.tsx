import type { JSX } from 'preact';
import type { Article, KeyPoint, OutlineItem, Quote, Source } from '@/utils/engine/model';
import type { Attribution } from '@/utils/engine/attribution';
import type { HighlightTarget } from '@/utils/engine/page/highlighter';
import type { Settings } from '@/utils/extension/settings';
import type { MessageKey } from '@/utils/extension/i18n';
import { KeyPointList } from './KeyPointList';
import { SourceList } from './SourceList';
import { OutlineList } from './OutlineList';
import { QuoteList } from './QuoteList';
import { PointsControl } from './PointsControl';

/** What every view is given. */
export interface ViewProps {
  article: Article;
  keyPoints: KeyPoint[];
  /** Where the sources are cited and who said what, once the background has read them. */
  attribution?: Attribution;
  /** Why the attribution could not be read (the Quotes view says so). */
  attributionError?: string;
  points: Settings['points'];
  onPointsChange: (points: Settings['points']) => void;
  /** Shows a piece of the article in the page. */
  show: (target: HighlightTarget) => void;
}

interface View {
  /** Its name in the settings ("the view that opens first") and in element ids. */
  name: string;
  /** Its tab's label (a message key: a wrong key fails the type check). */
  label: MessageKey;
  /** The number beside its label (none while it is not known yet). */
  count: (p: ViewProps) => number | undefined;
  Body: (p: ViewProps) => JSX.Element;
}

/**
 * The article's views, in tab order, declared once: the popup's and side panel's tabs and the
 * options page's "first view" come from here. A new view is an entry here and its messages.
 */
export const VIEWS = [
  {
    name: 'points',
    label: 'keyPoints',
    count: (p) => p.keyPoints.length,
    Body: (p) => (
      <>
        <PointsControl value={p.points} onChange={p.onPointsChange} />
        <KeyPointList
          points={p.keyPoints}
          lang={p.article.lang}
          sources={p.article.sources}
          onShow={(k: KeyPoint) => p.show({ text: k.text, blockIndex: k.blockIndex })}
        />
      </>
    ),
  },
  {
    name: 'sources',
    label: 'sources',
    count: (p) => p.article.sources.length,
    Body: (p) => (
      <SourceList
        sources={p.article.sources}
        citing={p.attribution?.citing}
        onShow={(s: Source) => p.show({ text: s.text, url: s.url, blockIndex: s.citedAt[0]?.blockIndex })}
        onShowPlace={(c) => p.show({ text: c.text, blockIndex: c.textBlockIndex })}
      />
    ),
  },
  {
    name: 'quotes',
    label: 'quotes',
    count: (p) => p.attribution?.quotes.length,
    Body: (p) => (
      <QuoteList
        quotes={p.attribution?.quotes}
        error={p.attributionError}
        lang={p.article.lang}
        onShow={(q: Quote) => p.show({ text: q.text, blockIndex: q.blockIndex })}
      />
    ),
  },
  {
    name: 'outline',
    label: 'outline',
    count: (p) => countItems(p.article.outline),
    Body: (p) => <OutlineList outline={p.article.outline} onShow={(o: OutlineItem) => p.show({ text: o.text, blockIndex: o.blockIndex })} />,
  },
] as const satisfies readonly View[];

export type ViewName = (typeof VIEWS)[number]['name'];

/** The view of that name (a setting from storage may name one that no longer exists): else the first. */
export function viewNamed(name: string | undefined): (typeof VIEWS)[number] {
  return VIEWS.find((v) => v.name === name) ?? VIEWS[0];
}

function countItems(items: readonly OutlineItem[]): number {
  let n = 0;
  for (const i of items) n += 1 + countItems(i.children);
  return n;
}

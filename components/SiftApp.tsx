import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import type { ArticleClient } from '@/utils/extension/articleClient';
import { describeError, type LoadOutcome } from '@/utils/extension/protocol';
import type { Settings, SettingsStore } from '@/utils/extension/settings';
import type { Article, KeyPoint } from '@/utils/engine/model';
import type { Attribution } from '@/utils/engine/attribution';
import { ArticleView } from './ArticleView';
import { StatusMessage } from './StatusMessage';
import { ErrorState } from './ErrorState';
import { t } from '@/utils/extension/i18n';

interface Props {
  client: ArticleClient;
  settings: SettingsStore;
  /** The tab to show; null while the host is still finding it. */
  tabId: number | null;
  /** Changes whenever the host wants the tab read again (navigation, a tab switch). */
  reloadToken?: number;
  /** Popup only: opens the side panel. */
  onOpenSidePanel?: () => void;
  /** Side panel only: asks for access to a tab Sift cannot read yet. */
  onRequestAccess?: () => void;
  /** Opens the options page. */
  onOpenOptions?: () => void;
}

type State = { kind: 'loading' } | LoadOutcome;
/** What each outcome without an article says to the reader (the same words as the states below). */
const OUTCOME_MESSAGE = { restricted: 'restricted', gone: 'gone', timeout: 'timeout', 'no-access': 'noAccess' } as const;
/** Where an article's sources are cited and who said what (or why that could not be read). */
type Attributed = { article: Article; attribution?: Attribution; error?: string };
/** Key points picked for an article (or why they could not be). */
type Picked = { article: Article; keyPoints: KeyPoint[]; failure?: { message: string; detail?: string } };

/** The whole UI for one tab, shared by the popup and the side panel. */
export function SiftApp({ client, settings, tabId, reloadToken = 0, onOpenSidePanel, onRequestAccess, onOpenOptions }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [prefs, setPrefs] = useState<Settings | null>(null);
  /** "Read all pages": under way, or why it could not be done. */
  const [pages, setPages] = useState<{ reading: boolean; failed?: string }>({ reading: false });

  useEffect(() => {
    settings.get().then(setPrefs);
    return settings.watch(setPrefs);
  }, [settings]);

  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    setState({ kind: 'loading' });
    setPages({ reading: false });
    client
      .loadArticle(tabId, { force: attempt > 0 })
      .then((outcome) => {
        if (cancelled) return;
        // With sift:popup-start and sift:first-key-point: where the popup's time goes (npm run bench).
        if (outcome.kind === 'article') performance.mark('sift:article');
        setState(outcome);
      })
      .catch((e: unknown) => !cancelled && setState({ kind: 'error', ...describeError(e, 'load') }));
    return () => {
      cancelled = true;
    };
  }, [client, tabId, reloadToken, attempt]);

  // Waiting for access: show the article as soon as another Sift page (the popup) reads this tab.
  useEffect(() => {
    if (tabId === null || state.kind !== 'no-access') return;
    return client.watchArticle(tabId, (article) => setState({ kind: 'article', article, fromCache: true }));
  }, [client, tabId, state.kind]);

  // Escape in Sift's page clears the highlight in the tab, as Escape in the tab does.
  useEffect(() => {
    if (tabId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') client.clearHighlight(tabId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [client, tabId]);

  const article = state.kind === 'article' ? state.article : null;
  // Nothing is shown before the reader's settings arrive, so nothing is picked before then either
  // (a pick for the default number of points would be thrown away when the reader chose another).
  const points = prefs?.points;
  // Key points picked by the background with the read (toolbar click) are used when they are for this many points;
  // otherwise the background picks them (utils/extension/keyPointService.ts): the summarizer is not in this page.
  const ready = state.kind === 'article' ? state.summary : undefined;
  const [picked, setPicked] = useState<Picked | null>(null);
  useEffect(() => {
    if (!article || points === undefined) return;
    if (ready?.points === points) {
      setPicked({ article, keyPoints: ready.keyPoints });
      return;
    }
    let cancelled = false;
    client.keyPoints(article, points).then(
      // A summarizer that throws is a bug: the error state says so, with its detail, instead of a blank panel.
      (answer) =>
        !cancelled &&
        setPicked(answer.ok ? { article, keyPoints: answer.keyPoints } : { article, keyPoints: [], failure: { message: answer.error, detail: answer.detail } }),
      (e: unknown) => !cancelled && setPicked({ article, keyPoints: [], failure: describeError(e, 'summarize') }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, article, ready, points]);
  // Another article's points are never shown for this one; a new number of points keeps the old ones until the new arrive.
  const shown = picked?.article === article ? picked : null;

  useEffect(() => {
    if (article && prefs && shown) performance.mark('sift:first-key-point');
  }, [article, prefs, shown]);

  // Where the sources are cited and who said what: asked for once the key points are on screen.
  const [attributed, setAttributed] = useState<Attributed | null>(null);
  const hasPoints = !!shown;
  useEffect(() => {
    if (!article || !hasPoints) return;
    let cancelled = false;
    client.attribution(article).then(
      (answer) =>
        !cancelled && setAttributed(answer.ok ? { article, attribution: { citing: answer.citing, quotes: answer.quotes } } : { article, error: answer.error }),
      (e: unknown) => !cancelled && setAttributed({ article, error: describeError(e, 'attribute').message }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, article, hasPoints]);
  const attribution = attributed?.article === article ? attributed : null;

  // An exception while drawing the article (a bug) shows the error state instead of a blank panel.
  const [renderError, resetRenderError] = useErrorBoundary();
  const retry = () => {
    // The article that broke is not drawn again while the page is read afresh (it would break again).
    setState({ kind: 'loading' });
    resetRenderError();
    setAttempt((n) => n + 1);
  };
  const failure = shown?.failure ?? (renderError ? describeError(renderError, 'render') : undefined);

  // Nothing is fetched before this click, in the automatic mode too.
  const readAllPages = () => {
    if (tabId === null || pages.reading) return;
    setPages({ reading: true });
    client.readAllPages(tabId).then(
      (outcome) => {
        setPages({
          reading: false,
          failed: outcome.kind === 'article' ? undefined : outcome.kind === 'error' ? outcome.message : t(OUTCOME_MESSAGE[outcome.kind]),
        });
        if (outcome.kind === 'article') setState(outcome);
      },
      (e: unknown) => setPages({ reading: false, failed: describeError(e, 'read pages').message }),
    );
  };
  /** A point on another page of an article read over several pages is shown on that page. */
  const pageUrlOf = (blockIndex: number | undefined) => {
    const page = blockIndex !== undefined && article ? article.blocks[blockIndex]?.page : undefined;
    return page && page > 1 ? article?.pages?.[page - 1]?.url : undefined;
  };

  return (
    <main class="sift" aria-busy={state.kind === 'loading'}>
      <div class="toolbar">
        {onOpenSidePanel && (
          <button type="button" class="link-button" data-testid="open-side-panel" onClick={onOpenSidePanel}>
            {t('openSidePanel')}
          </button>
        )}
        {onOpenOptions && (
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('settings')}
          </button>
        )}
      </div>
      {(state.kind === 'loading' || (article && (!prefs || !shown))) && (
        <>
          <StatusMessage tone="loading">{t('loading')}</StatusMessage>
          <div class="skeleton" aria-hidden="true">
            <div />
            <div />
            <div />
          </div>
        </>
      )}
      {state.kind === 'restricted' && <StatusMessage tone="info">{t(OUTCOME_MESSAGE.restricted)}</StatusMessage>}
      {state.kind === 'gone' && <StatusMessage tone="info">{t(OUTCOME_MESSAGE.gone)}</StatusMessage>}
      {state.kind === 'timeout' && (
        <StatusMessage tone="error">
          <p>{t(OUTCOME_MESSAGE.timeout)}</p>
          <button type="button" class="primary" onClick={retry}>
            {t('retry')}
          </button>
        </StatusMessage>
      )}
      {state.kind === 'no-access' && (
        <StatusMessage tone="info">
          <p>{t(OUTCOME_MESSAGE['no-access'])}</p>
          <button type="button" class="primary" data-testid="summarize-tab" onClick={onRequestAccess ?? retry}>
            {t('summarizeThisTab')}
          </button>
          <p class="hint">{t('noAccessHint', 'Alt+Shift+S')}</p>
        </StatusMessage>
      )}
      {state.kind === 'error' && <ErrorState message={state.message} detail={state.detail} onRetry={retry} />}
      {failure && <ErrorState message={failure.message} detail={failure.detail} onRetry={retry} />}
      {article && prefs && shown && tabId !== null && !failure && (
        <ArticleView
          key={`${tabId}:${article.url}`}
          article={article}
          keyPoints={shown.keyPoints}
          attribution={attribution?.attribution}
          attributionError={attribution?.error}
          points={prefs.points}
          initialView={prefs.firstView}
          onPointsChange={(n) => settings.update({ points: n })}
          onShow={async (target) => (await client.highlight(tabId, { ...target, lang: article.lang }, pageUrlOf(target.blockIndex))).found}
          pages={{ ...pages, stopped: state.kind === 'article' ? state.pages?.stopped : undefined, read: readAllPages }}
        />
      )}
    </main>
  );
}

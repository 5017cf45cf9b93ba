import type { Quote } from '@/utils/engine/model';
import { quotesBySpeaker } from '@/utils/engine/quotes/bySpeaker';
import { capText } from '@/utils/engine/safeUrl';
import { t } from '@/utils/extension/i18n';

interface Props {
  /** The article's quotations; undefined while the background reads them. */
  quotes: Quote[] | undefined;
  /** Why they could not be read. */
  error?: string;
  lang: string;
  onShow: (quote: Quote) => void;
}

/**
 * Who said what: the article's direct quotations grouped by speaker (named speakers first, then
 * unnamed sources, marked as such, then quotations whose speaker the text does not name); each
 * shows its place in the page.
 */
export function QuoteList({ quotes, error, lang, onShow }: Props) {
  if (error) return <p class="empty">{t('quotesFailed', error)}</p>;
  if (!quotes) return <p class="empty">{t('findingQuotes')}</p>;
  if (quotes.length === 0) return <p class="empty">{t('noQuotes')}</p>;
  return (
    <div>
      {quotesBySpeaker(quotes).map((g) => (
        <section key={g.speaker ?? ''} class="speaker-group" aria-label={g.speaker ?? t('noSpeaker')}>
          <h2 class="speaker" lang={lang}>
            {g.speaker ? capText(g.speaker, 120) : t('noSpeaker')}
            {g.anonymous && <span class="badge">{t('unnamedSource')}</span>}
          </h2>
          <ul class="quotes" lang={lang}>
            {g.quotes.map((q) => (
              <li key={`${q.blockIndex}:${q.start}`}>
                <button type="button" class="quote" data-testid="quote" title={t('showInPage')} onClick={() => onShow(q)}>
                  {capText(q.text, 600)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

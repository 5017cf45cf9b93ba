import { useState } from 'preact/hooks';
import type { Source } from '@/utils/engine/model';
import type { CitingSentence } from '@/utils/engine/sources/citedAt';
import { capText, safeHttpUrl } from '@/utils/engine/safeUrl';
import { SOURCE_KIND_ORDER } from '@/utils/engine/sources/order';
import { categoryProfile, sourceCategory, type SourceCategory } from '@/utils/engine/sources/category';
import { t } from '@/utils/extension/i18n';
import { CATEGORY_LABEL, CategoryBadge } from './SourceChips';
import { useCopy } from './useCopy';

interface Props {
  sources: Source[];
  /** Per source of `sources` (same order), the places that cite it, once the background has read them. */
  citing?: CitingSentence[][];
  /** Shows where the article links to a source. */
  onShow: (source: Source) => void;
  /** Shows one citing sentence in the page. */
  onShowPlace: (place: CitingSentence) => void;
}

/** Past this many sources a filter box helps more than it clutters. */
const FILTER_THRESHOLD = 6;
/** Citing sentences listed under a source at most (the count says how many there are). */
const MAX_PLACES = 5;

/**
 * Sources by kind in the one order (cited, related, same site); within each, grouped by domain.
 * Above them, a one-line profile of their categories ("2 primary · 3 news · 1 social") that also
 * filters by category. Each source opens in a new tab, copies its link, or shows where the article
 * links to it; its citing sentences, each shown in the page on a click.
 */
export function SourceList({ sources, citing, onShow, onShowPlace }: Props) {
  const [filter, setFilter] = useState('');
  const [category, setCategory] = useState<SourceCategory | null>(null);
  const { copied: copiedUrl, copy } = useCopy();
  const safe = sources.filter((s) => safeHttpUrl(s.url));
  if (safe.length === 0) return <p class="empty">{t('noSources')}</p>;
  const placesOf = new Map(sources.map((s, i) => [s, citing?.[i] ?? []]));
  const profile = categoryProfile(safe);
  const needle = filter.trim().toLowerCase();
  const shown = safe.filter(
    (s) => (!category || sourceCategory(s) === category) && (!needle || `${s.text} ${s.domain} ${s.context} ${s.url}`.toLowerCase().includes(needle)),
  );

  return (
    <div>
      <p class="profile">
        <span class="sr-only">{t('sourceProfile')}: </span>
        <span data-testid="source-profile">{profile.map(([c, n]) => `${n} ${t(CATEGORY_LABEL[c])}`).join(' · ')}</span>
      </p>
      {profile.length > 1 && (
        <fieldset class="category-filter">
          <legend class="sr-only">{t('categoryFilter')}</legend>
          <button type="button" aria-pressed={category === null} onClick={() => setCategory(null)}>
            {t('allCategories')}
          </button>
          {profile.map(([c, n]) => (
            <button key={c} type="button" data-category={c} aria-pressed={category === c} onClick={() => setCategory(category === c ? null : c)}>
              {t(CATEGORY_LABEL[c])} <span class="count">{n}</span>
            </button>
          ))}
        </fieldset>
      )}
      {safe.length > FILTER_THRESHOLD && (
        <input
          type="search"
          class="filter"
          placeholder={t('filterSources')}
          aria-label={t('filterSources')}
          value={filter}
          onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
        />
      )}
      {shown.length === 0 && <p class="empty">{t('noMatch')}</p>}
      {SOURCE_KIND_ORDER.map((kind) => {
        const group = shown.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={t(kind)}>
            <h2 class="group-title">{t(kind)}</h2>
            {byDomain(group).map(([domain, items]) => (
              <div key={domain} class="domain-group">
                <h3 class="domain">{capText(domain, 100)}</h3>
                <ul class="sources">
                  {items.map((s) => {
                    const places = placesOf.get(s) ?? [];
                    return (
                      <li key={s.url} class="source" data-kind={s.kind}>
                        <a data-testid="source-link" href={safeHttpUrl(s.url)} target="_blank" rel="noopener noreferrer">
                          {capText(s.text || s.url, 200)}
                        </a>{' '}
                        <CategoryBadge source={s} />
                        {places.length > 0 ? (
                          <div class="places">
                            <p class="places-count">{places.length === 1 ? t('citedOnce') : t('citedPlaces', String(places.length))}</p>
                            <ol>
                              {places.slice(0, MAX_PLACES).map((p) => (
                                <li key={`${p.blockIndex}:${p.start}`}>
                                  <button type="button" class="place" data-testid="citing-sentence" title={t('showInPage')} onClick={() => onShowPlace(p)}>
                                    {capText(p.text, 300)}
                                  </button>
                                </li>
                              ))}
                            </ol>
                          </div>
                        ) : (
                          s.context && <p class="context">{capText(s.context, 300)}</p>
                        )}
                        <div class="source-actions">
                          <button type="button" class="link-button" onClick={() => onShow(s)}>
                            {t('showInPage')}
                          </button>
                          <button type="button" class="link-button" onClick={() => copy(s.url)}>
                            {copiedUrl === s.url ? t('copied') : t('copyLink')}
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** Groups sources by domain, keeping the order in which each domain first appears. */
function byDomain(sources: Source[]): [string, Source[]][] {
  const groups = new Map<string, Source[]>();
  for (const s of sources) {
    const list = groups.get(s.domain);
    if (list) list.push(s);
    else groups.set(s.domain, [s]);
  }
  return [...groups];
}

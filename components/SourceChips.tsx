import type { Source } from '@/utils/engine/model';
import { capText, safeHttpUrl } from '@/utils/engine/safeUrl';
import { sourceCategory, type SourceCategory } from '@/utils/engine/sources/category';
import { t, type MessageKey } from '@/utils/extension/i18n';
import { useCopy } from './useCopy';

/** The message of each category (the UI's words for it). */
export const CATEGORY_LABEL: Record<SourceCategory, MessageKey> = {
  primary: 'cat_primary',
  news: 'cat_news',
  social: 'cat_social',
  reference: 'cat_reference',
  'same-site': 'cat_sameSite',
  other: 'cat_other',
};

/** A source's category as a small label. */
export function CategoryBadge({ source }: { source: Pick<Source, 'url' | 'kind'> }) {
  const category = sourceCategory(source);
  return (
    <span class="category" data-category={category}>
      {t(CATEGORY_LABEL[category])}
    </span>
  );
}

/**
 * The sources a key point stands on, as chips: the domain and the category; a click opens the
 * source in a new tab, the button beside it copies the link. Only http(s) addresses become links.
 */
export function SourceChips({ sources }: { sources: readonly Source[] }) {
  const { copied, copy } = useCopy();
  const chips = sources.filter((s) => safeHttpUrl(s.url));
  if (chips.length === 0) return null;
  return (
    <div class="chips-row">
      <ul class="chips" aria-label={t('pointSources')}>
        {chips.map((s) => (
          <li key={s.url} class="chip">
            <a data-testid="point-source" href={safeHttpUrl(s.url)} target="_blank" rel="noopener noreferrer" title={capText(s.url, 300)}>
              {capText(s.domain, 80)}
              <CategoryBadge source={s} />
            </a>
            <button type="button" class="chip-copy" aria-label={t('copyLinkOf', capText(s.domain, 80))} title={t('copyLink')} onClick={() => copy(s.url)}>
              {copied === s.url ? '✓' : <CopyIcon />}
            </button>
          </li>
        ))}
      </ul>
      <span class="sr-only" role="status">
        {copied ? t('copied') : ''}
      </span>
    </div>
  );
}

/** Two overlapping sheets: "copy" (drawn, so that it needs no font to have the glyph). */
function CopyIcon() {
  return (
    <svg class="icon" width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}

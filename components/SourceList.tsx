import { useState } from 'preact/hooks';
import type { Source } from '@/utils/engine/model';
import { capText, safeHttpUrl } from '@/utils/engine/safeUrl';
import { SOURCE_KIND_ORDER } from '@/utils/engine/sources/order';
import { t } from '@/utils/extension/i18n';

interface Props {
  sources: Source[];
  onShow: (source: Source) => void;
}

/** Past this many sources a filter box helps more than it clutters. */
const FILTER_THRESHOLD = 6;

/**
 * Sources by kind in the one order (cited, related, same site); within each, grouped by domain.
 * Each opens in a new tab, copies its link, or shows where the article cites it.
 */
export function SourceList({ sources, onShow }: Props) {
  const [filter, setFilter] = useState('');
  const [copiedUrl, setCopiedUrl] = useState<string | null>(null);
  const safe = sources.filter((s) => safeHttpUrl(s.url));
  if (safe.length === 0) return <p class="empty">{t('noSources')}</p>;
  const needle = filter.trim().toLowerCase();
  const shown = needle ? safe.filter((s) => `${s.text} ${s.domain} ${s.context} ${s.url}`.toLowerCase().includes(needle)) : safe;

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopiedUrl(url);
      setTimeout(() => setCopiedUrl(null), 1500);
    } catch {
      setCopiedUrl(null);
    }
  };

  return (
    <div>
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
                  {items.map((s) => (
                    <li key={s.url} class="source" data-kind={s.kind}>
                      <a data-testid="source-link" href={safeHttpUrl(s.url)} target="_blank" rel="noopener noreferrer">
                        {capText(s.text || s.url, 200)}
                      </a>
                      {s.context && <p class="context">{capText(s.context, 300)}</p>}
                      <div class="source-actions">
                        <button type="button" class="link-button" onClick={() => onShow(s)}>
                          {t('showInPage')}
                        </button>
                        <button type="button" class="link-button" onClick={() => copy(s.url)}>
                          {copiedUrl === s.url ? t('copied') : t('copyLink')}
                        </button>
                      </div>
                    </li>
                  ))}
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

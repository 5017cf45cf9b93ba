import type { Source, SourceKind } from '@/utils/article/types';
import { capText, safeHttpUrl } from '@/utils/safeUrl';
import { t } from '@/utils/i18n';

interface Props {
  sources: Source[];
  onShow: (source: Source) => void;
}

const ORDER: SourceKind[] = ['cited', 'related', 'internal'];

/** Cited sources first, then related, then same-site links; each opens in a new tab or shows where it is cited. */
export function SourceList({ sources, onShow }: Props) {
  const safe = sources.filter((s) => safeHttpUrl(s.url));
  if (safe.length === 0) return <p class="empty">{t('noSources')}</p>;
  return (
    <div>
      {ORDER.map((kind) => {
        const group = safe.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={t(kind)}>
            <h2 class="group-title">{t(kind)}</h2>
            <ul class="sources">
              {group.map((s) => (
                <li key={s.url} class="source" data-kind={s.kind}>
                  <a data-testid="source-link" href={safeHttpUrl(s.url)} target="_blank" rel="noopener noreferrer">
                    {capText(s.text || s.url, 200)}
                  </a>
                  <span class="domain">{capText(s.domain, 100)}</span>
                  {s.context && <p class="context">{capText(s.context, 300)}</p>}
                  <button type="button" class="link-button" onClick={() => onShow(s)}>
                    {t('showInPage')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

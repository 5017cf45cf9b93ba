import type { KeyPoint, Source } from '@/utils/engine/model';
import { capText } from '@/utils/engine/safeUrl';
import { t } from '@/utils/extension/i18n';
import { SourceChips } from './SourceChips';
import { sourcesOfPoint } from '@/utils/engine/sources/sourcesOfPoint';

interface Props {
  points: KeyPoint[];
  lang: string;
  /** The article's sources, for the chips of what each point stands on. */
  sources: readonly Source[];
  onShow: (point: KeyPoint) => void;
}

/**
 * The author's points first (marked as the author's), then Sift's, each a button that shows it in
 * the page, with the sources it stands on below it (none when none is cited near it).
 */
export function KeyPointList({ points, lang, sources, onShow }: Props) {
  if (points.length === 0) return <p class="empty">{t('noKeyPoints')}</p>;
  const author = points.filter((p) => p.origin === 'author');
  const sift = points.filter((p) => p.origin === 'sift');
  const list = (items: KeyPoint[], label: string) => (
    <section aria-label={label}>
      {author.length > 0 && <h2 class="group-title">{label}</h2>}
      <ol class="key-points" lang={lang}>
        {items.map((p, i) => (
          <li key={`${p.origin}-${i}`}>
            <button type="button" class="key-point" data-testid="key-point" data-origin={p.origin} title={t('showInPage')} onClick={() => onShow(p)}>
              {p.origin === 'author' && <span class="badge">{t('authorBadge')}</span>}
              <span>{capText(p.text, 600)}</span>
            </button>
            {p.sources && <SourceChips sources={sourcesOfPoint(sources, p)} />}
          </li>
        ))}
      </ol>
    </section>
  );
  return (
    <div>
      {author.length > 0 && list(author, t('authorPoints'))}
      {sift.length > 0 && list(sift, t('siftPoints'))}
    </div>
  );
}

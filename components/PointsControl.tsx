import { POINT_CHOICES } from '@/utils/engine/model';
import type { Settings } from '@/utils/extension/settings';
import { t } from '@/utils/extension/i18n';

interface Props {
  value: Settings['points'];
  onChange: (points: Settings['points']) => void;
}

/** How many of Sift's key points to show: 3, 5 or 7, as a radio group. */
export function PointsControl({ value, onChange }: Props) {
  return (
    <div class="points-control" role="radiogroup" aria-label={t('pointsCount')}>
      {POINT_CHOICES.map((n) => (
        <label key={n} class={n === value ? 'selected' : ''}>
          <input type="radio" name="points" value={n} checked={n === value} data-testid={`points-${n}`} onChange={() => onChange(n)} />
          {n}
        </label>
      ))}
    </div>
  );
}

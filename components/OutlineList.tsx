import type { OutlineItem } from '@/utils/engine/model';
import { capText } from '@/utils/engine/safeUrl';
import { t } from '@/utils/extension/i18n';

interface Props {
  outline: OutlineItem[];
  onShow: (item: OutlineItem) => void;
}

/** The article's headings as a nested list; each shows its heading in the page. */
export function OutlineList({ outline, onShow }: Props) {
  if (outline.length === 0) return <p class="empty">{t('noOutline')}</p>;
  const render = (items: OutlineItem[]) => (
    <ul class="outline">
      {items.map((item) => (
        <li key={item.blockIndex}>
          <button type="button" class="outline-item" data-testid="outline-item" onClick={() => onShow(item)}>
            {capText(item.text, 200)}
          </button>
          {item.children.length > 0 && render(item.children)}
        </li>
      ))}
    </ul>
  );
  return render(outline);
}

/**
 * Source cards: a box of points closed by a labelled source line ("✅ …" lines, then "さらに読む
 * ⇒出典/画像元: https://…"). The line itself is no sentence to show; the card's lines are the blocks
 * before it, back to a heading (left out) or a caption (the card's own title, kept). Pure.
 */
import type { Article, Block, SourceOccurrence } from '../model';
import { isLabelOnly } from './label';

/** Blocks before a source line read as its card's lines, at most. */
const MAX_CARD_BLOCKS = 8;

/** The card a citation closes, its blocks in document order; null when the citing line is a sentence of its own. */
export function sourceCardOf(article: Pick<Article, 'blocks'>, at: SourceOccurrence): Block[] | null {
  const block = article.blocks[at.blockIndex];
  if (!block || !isLabelOnly(block.text.slice(0, at.start) + block.text.slice(at.end))) return null;
  const lines: Block[] = [];
  for (let i = at.blockIndex - 1; i >= 0 && i >= at.blockIndex - MAX_CARD_BLOCKS; i--) {
    const b = article.blocks[i];
    if (b.kind === 'heading') break;
    lines.unshift(b);
    if (b.kind === 'caption') break;
  }
  return lines.length ? lines : null;
}

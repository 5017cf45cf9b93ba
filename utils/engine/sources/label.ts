/**
 * Whether a source line says anything besides its label: "さらに読む ⇒ニュースサイト出典/画像元: https://…"
 * and "Read more ⇒ Source:" do not (once the link or URL is taken out), "Prices rose, the office
 * said" does. Pure.
 */
import { CITED_LABEL, RELATED_LABEL } from './classify';

/** Letters left, once the labels are taken out, below which a line is a label: fewer than a sentence has. */
const MAX_LABEL_LETTERS = 15;
const LABELS = new RegExp(`${CITED_LABEL.source}|${RELATED_LABEL.source}`, 'gi');

/** True for a label, a sign or nothing: no sentence to quote. */
export function isLabelOnly(text: string): boolean {
  return (text.replace(LABELS, '').match(/\p{L}/gu)?.length ?? 0) <= MAX_LABEL_LETTERS;
}

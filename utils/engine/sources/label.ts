/**
 * Whether a source line says anything besides its label: "さらに読む ⇒ニュースサイト出典/画像元: https://…"
 * and "Read more ⇒ Source:" do not (once the link or URL is taken out), "Prices rose, the office
 * said" does. Pure.
 */
import { CITED_LABEL, RELATED_LABEL } from './classify';

/** Letters left, once the labels are taken out, below which a line is a label: fewer than a sentence has. */
const MAX_LABEL_LETTERS = 15;
/** Longest label line, in characters ("Read more ⇒ Source: Reuters, AP and the Ministry of Health" and the like). */
const MAX_LABEL_LINE_CHARS = 120;
const LABELS = new RegExp(`${CITED_LABEL.source}|${RELATED_LABEL.source}`, 'gi');

/** True for a label, a sign or nothing: no sentence to quote. */
export function isLabelOnly(text: string): boolean {
  // A paragraph is not a label line: no need to run the labels over it (most citing places are paragraphs).
  return text.length <= MAX_LABEL_LINE_CHARS && (text.replace(LABELS, '').match(/\p{L}/gu)?.length ?? 0) <= MAX_LABEL_LETTERS;
}

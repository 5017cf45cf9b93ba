/**
 * What eval:summaries and tune:summaries share: a summary set's article as Sift reads it, and
 * LEAD-3, the baseline both compare with. Evaluation only.
 */
import type { Article } from '../../utils/engine/model';
import { articleFromText } from '../../utils/engine/article/fromText';
import { splitSentences } from '../../utils/engine/text/sentences';

/** One item of a summary set (`../shared/corpus/summaries/*.jsonl`). */
export interface SummaryItem {
  id: string;
  lang: string;
  text: string;
  references: string[];
  title?: string;
  url?: string;
}

/** The item's article; dataset markup is not text (CNN/DailyMail dumps wrap sentences in <t> … </t>). */
export function articleOfItem(item: SummaryItem): Article {
  return articleFromText(item.text.replace(/<\/?t>/g, ' ').trim(), { lang: item.lang, title: item.title, url: item.url });
}

/** The article's first `n` sentences (LEAD-n), with Sift's own sentence splitter. */
export function lead(article: Article, n: number): string[] {
  const out: string[] = [];
  for (const block of article.blocks) {
    for (const s of splitSentences(block.text, article.lang)) {
      out.push(s.text);
      if (out.length === n) return out;
    }
  }
  return out;
}

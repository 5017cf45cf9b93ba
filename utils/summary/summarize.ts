import type { Article, KeyPoint } from '../article/types';

export interface SummarizeOptions {
  /** How many key points: 3, 5 or 7. */
  points?: number;
}

/**
 * First version: the author's points, then the first sentence of the first paragraphs.
 * Issue 4 replaces this with the real summarizer.
 */
export function summarize(article: Article, options: SummarizeOptions = {}): KeyPoint[] {
  const points = options.points ?? 5;
  const out: KeyPoint[] = article.authorKeyPoints.map((p) => ({
    text: p.text, origin: 'author', score: 1, blockIndex: -1, sentenceIndex: 0, start: 0, end: p.text.length,
  }));
  for (const block of article.blocks) {
    if (out.length >= points + article.authorKeyPoints.length - Math.min(article.authorKeyPoints.length, 0)) break;
    if (block.kind !== 'paragraph') continue;
    const m = /^.+?[.!?。！？](?=\s|$)/u.exec(block.text);
    const text = m ? m[0] : block.text;
    out.push({ text, origin: 'sift', score: 0.5, blockIndex: block.index, sentenceIndex: 0, start: 0, end: text.length });
  }
  return out;
}

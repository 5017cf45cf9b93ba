/**
 * The sentences that cite a source, from the places its `citedAt` records, found with the same
 * splitter as the key points: a citing sentence that is also a key point has the key point's
 * `sentenceIndex`. A source card's line ("さらに読む ⇒出典: https://…") is no sentence to show: its
 * text is the card's first line (sources/cards.ts). Kept out of the content script (the splitter
 * stays with the summarizer); pure.
 */
import type { Article, Source, SourceOccurrence } from '../model';
import { splitSentencesOfAll } from '../text/sentences';
import { sourceCardOf } from './cards';

export interface CitingSentence extends SourceOccurrence {
  /** Index of the citing sentence in its block (as `KeyPoint.sentenceIndex`). */
  sentenceIndex: number;
  /** What a reader is shown for this place: the sentence, or a source card's first line. */
  text: string;
  /** The block `text` stands in (`blockIndex`, or the card's first line's block). */
  textBlockIndex: number;
}

/** Per source (same order), each place that cites it with its sentence, in document order. */
export function citingSentences(article: Article, sources: readonly Source[] = article.sources): CitingSentence[][] {
  const blockIndexes = [...new Set(sources.flatMap((s) => s.citedAt.map((c) => c.blockIndex)))].filter((i) => article.blocks[i]).sort((a, b) => a - b);
  const split = splitSentencesOfAll(
    blockIndexes.map((i) => article.blocks[i].text),
    article.lang,
  );
  const sentencesOf = new Map(blockIndexes.map((b, i) => [b, split[i]]));
  return sources.map((s) =>
    s.citedAt.flatMap((c) => {
      const sentences = sentencesOf.get(c.blockIndex);
      if (!sentences?.length) return [];
      let i = sentences.findIndex((x) => c.start < x.end);
      if (i < 0) i = sentences.length - 1;
      const card = sourceCardOf(article, c)?.[0];
      return [{ ...c, sentenceIndex: i, text: card?.text ?? sentences[i].text, textBlockIndex: card?.index ?? c.blockIndex }];
    }),
  );
}

/**
 * The sentences that cite a source, from the places its `citedAt` records: the same splitter as
 * the key points, so a citing sentence and a key point that are one sentence have one index.
 * Kept out of the content script (the splitter stays with the summarizer); pure.
 */
import type { Article, Source } from '../article/types';
import { splitSentencesOfAll } from '../text/sentences';

export interface CitingSentence {
  blockIndex: number;
  sentenceIndex: number;
  text: string;
}

/** Per source (same order), its citing sentences in document order, one per sentence (several links in one sentence count once). */
export function citingSentences(article: Article, sources: readonly Source[] = article.sources): CitingSentence[][] {
  const blockIndexes = [...new Set(sources.flatMap((s) => s.citedAt.map((c) => c.blockIndex)))].filter((i) => article.blocks[i]).sort((a, b) => a - b);
  const split = splitSentencesOfAll(blockIndexes.map((i) => article.blocks[i].text), article.lang);
  const sentencesOf = new Map(blockIndexes.map((b, i) => [b, split[i]]));
  return sources.map((s) => {
    const out: CitingSentence[] = [];
    for (const c of s.citedAt) {
      const sentences = sentencesOf.get(c.blockIndex);
      if (!sentences?.length) continue;
      let i = sentences.findIndex((x) => c.start < x.end);
      if (i < 0) i = sentences.length - 1;
      if (!out.some((o) => o.blockIndex === c.blockIndex && o.sentenceIndex === i)) out.push({ blockIndex: c.blockIndex, sentenceIndex: i, text: sentences[i].text });
    }
    return out;
  });
}

/**
 * What each key point stands on: the sources the article cites next to it.
 * - A sentence Sift picked: the sources cited in that sentence (a link or a URL inside it), else in
 *   its paragraph (block).
 * - An author point: the source of the source card that says the same thing. A source card is
 *   a box of points closed by a labelled source line ("✅ …" lines, then "出典/画像元: https://…"); the
 *   card's lines are the body blocks before its source line (back to a heading or a caption), or,
 *   for a card outside the body, its first point (the source's `context`). The point goes with the
 *   card one of whose lines says nearly the same (character-bigram Dice).
 * Nothing near is nothing shown: a point without a citation is not called unsourced. Pure; runs
 * outside the content script (the background, the CLI).
 */
import type { Article, KeyPoint, Source } from '../model';
import { sourceCardOf } from './cards';
import { bigramDice } from '../text/bigrams';

// ---- Tunables ------------------------------------------------------------------------------
/** An author point and a card line say the same when their character bigrams share this much (Dice). */
const SAME_POINT = 0.45;
/** Sources listed under one point, at most (the closest first). */
const MAX_POINT_SOURCES = 3;

/** The points with the addresses of the sources they stand on (`KeyPoint.sources`), in the same order. */
export function linkPointsToSources(article: Article, points: readonly KeyPoint[]): KeyPoint[] {
  const cited = article.sources.filter((s) => s.kind === 'cited');
  if (!cited.length) return [...points];
  const cards = points.some((p) => p.origin === 'author') ? sourceCards(article, cited) : [];
  return points.map((p) => {
    const urls = p.blockIndex >= 0 ? citedNear(p, cited) : cardOf(p.text, cards);
    return urls.length ? { ...p, sources: urls.slice(0, MAX_POINT_SOURCES) } : p;
  });
}

/** Sources cited in the point's sentence, else in its block. */
function citedNear(p: KeyPoint, cited: readonly Source[]): string[] {
  const inBlock = cited.filter((s) => s.citedAt.some((c) => c.blockIndex === p.blockIndex));
  const inSentence = inBlock.filter((s) => s.citedAt.some((c) => c.blockIndex === p.blockIndex && c.start < p.end && c.end > p.start));
  return (inSentence.length ? inSentence : inBlock).map((s) => s.url);
}

interface Card {
  url: string;
  lines: string[];
}

/**
 * The source cards of the article: each cited source whose citing line is only a label, with the
 * lines of its card (sourceCardOf), or, outside the body, its context (the card's first point).
 */
function sourceCards(article: Article, cited: readonly Source[]): Card[] {
  const cards: Card[] = [];
  for (const s of cited) {
    const lines = s.citedAt.flatMap((c) => sourceCardOf(article, c)?.map((b) => b.text) ?? []);
    if (!s.citedAt.length && s.context) lines.push(s.context);
    if (lines.length) cards.push({ url: s.url, lines });
  }
  return cards;
}

/** The card whose line says most nearly what the point says, if one says nearly the same. */
function cardOf(text: string, cards: readonly Card[]): string[] {
  let best: Card | undefined;
  let bestScore = SAME_POINT;
  for (const card of cards) {
    for (const line of card.lines) {
      const score = bigramDice(text, line.replace(/^\P{L}+/u, ''));
      if (score >= bestScore) {
        best = card;
        bestScore = score;
      }
    }
  }
  return best ? [best.url] : [];
}

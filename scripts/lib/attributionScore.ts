/**
 * Scores quotations, speakers and source categories against an annotated set
 * (tests/fixtures/attribution/set.json, written by people reading the pages: README there).
 * - Quotes: a found quotation matches an annotated one when their words are the same, one inside
 *   the other covering most of it, or nearly the same (character-bigram Dice); each annotated
 *   quotation matches once. Precision = matched / found, recall = matched / annotated.
 * - Speaker accuracy: of the matched quotations, those whose speaker is the annotated one (both
 *   none; or the same name, an alias the annotation lists, or one name inside the other, so "Doe"
 *   and "Jane Doe" agree).
 * - Category accuracy: of the annotated links, those Sift files under the annotated category.
 * Evaluation only; pure.
 */
import type { Quote } from '../../utils/engine/model';
import type { SourceCategory } from '../../utils/engine/sources/category';
import { bigramDice } from '../../utils/engine/text/bigrams';

export interface AnnotatedQuote {
  text: string;
  speaker: string | null;
  aliases?: string[];
  anonymous: boolean;
}

export interface AnnotatedPage {
  id: string;
  lang: string;
  url: string;
  /** The page, relative to the set's folder: an HTML file, or a plain-text article (`.txt`). */
  file: string;
  provenance: string;
  quotes: AnnotatedQuote[];
  links: { url: string; category: SourceCategory }[];
  notes?: string;
}

/** Same words when one is inside the other and covers this share of it. */
const CONTAINED_SHARE = 0.8;
/** Else nearly the same words: character-bigram Dice at least this. */
const MIN_DICE = 0.8;

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s“”"「」『』]/g, '')
    .toLowerCase();

export function sameQuote(found: string, annotated: string): boolean {
  const a = norm(found);
  const b = norm(annotated);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= CONTAINED_SHARE * long.length) return true;
  return bigramDice(a, b) >= MIN_DICE;
}

const normName = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:the|mr|mrs|ms|dr|prof|sen|rep|gov|president|minister)\.?\s+/, '')
    .replace(/(?:氏|さん|様)$/, '')
    .replace(/[\s・.,]/g, '');

export function sameSpeaker(found: string | undefined, annotated: AnnotatedQuote): boolean {
  if (!annotated.speaker) return !found;
  if (!found) return false;
  const f = normName(found);
  if (!f) return false;
  return [annotated.speaker, ...(annotated.aliases ?? [])].some((name) => {
    const n = normName(name);
    return !!n && (n === f || (f.length >= 2 && n.includes(f)) || (n.length >= 2 && f.includes(n)));
  });
}

export interface QuoteCounts {
  found: number;
  annotated: number;
  matched: number;
  speakerRight: number;
  /** Found quotations that match none, and annotated ones none matched. */
  extra: string[];
  missed: string[];
  wrongSpeaker: { text: string; found?: string; annotated: string | null }[];
}

export function scoreQuotes(found: readonly Quote[], annotated: readonly AnnotatedQuote[]): QuoteCounts {
  const used = new Set<number>();
  const counts: QuoteCounts = { found: found.length, annotated: annotated.length, matched: 0, speakerRight: 0, extra: [], missed: [], wrongSpeaker: [] };
  for (const q of found) {
    const i = annotated.findIndex((a, j) => !used.has(j) && sameQuote(q.text, a.text));
    if (i < 0) {
      counts.extra.push(q.text);
      continue;
    }
    used.add(i);
    counts.matched++;
    if (sameSpeaker(q.speaker, annotated[i])) counts.speakerRight++;
    else counts.wrongSpeaker.push({ text: q.text, found: q.speaker, annotated: annotated[i].speaker });
  }
  counts.missed = annotated.filter((_, j) => !used.has(j)).map((a) => a.text);
  return counts;
}

/** `a / b`, or null when there is nothing to divide. */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/**
 * Words and terms. Words come from Intl.Segmenter (word granularity,
 * `isWordLike`), which knows dictionary-based segmentation for Japanese,
 * Chinese and Thai and UAX #29 for the rest. Terms are the words used to
 * compare sentences: NFKC-folded, lowercased, stopwords removed, English stemmed.
 */
import { porterStem } from './stem';
import { isStopword, primaryLanguage } from './stopwords';

const segmenters = new Map<string, Intl.Segmenter>();

/** One cached segmenter per language and granularity (constructing one costs far more than using it). */
export function getSegmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang}|${granularity}`;
  let seg = segmenters.get(key);
  if (!seg) {
    let locale = lang || 'und';
    try {
      seg = new Intl.Segmenter(locale, { granularity });
    } catch {
      locale = 'und';
      seg = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, seg);
  }
  return seg;
}

/**
 * Intl.Segmenter gets slow (worse than linear in V8) on very long strings, so
 * long text is cut at whitespace into pieces of at most this many characters first.
 */
const MAX_SEGMENT_INPUT = 2000;

function* pieces(text: string): Generator<string> {
  let i = 0;
  while (i < text.length) {
    if (text.length - i <= MAX_SEGMENT_INPUT) { yield text.slice(i); return; }
    let cut = text.lastIndexOf(' ', i + MAX_SEGMENT_INPUT);
    if (cut <= i) cut = i + MAX_SEGMENT_INPUT;
    yield text.slice(i, cut);
    i = cut;
  }
}

/** The words of `text`, lowercased and NFKC-folded (full-width Ａ１ → a1), in order. */
export function words(text: string, lang: string): string[] {
  const seg = getSegmenter(primaryLanguage(lang), 'word');
  const out: string[] = [];
  const normalized = text.normalize('NFKC').toLowerCase();
  for (const piece of pieces(normalized)) {
    for (const s of seg.segment(piece)) {
      if (s.isWordLike) out.push(s.segment);
    }
  }
  return out;
}

/** Turn words into comparison terms: drop stopwords and lone symbols, stem English. */
export function termsFromWords(ws: string[], lang: string): string[] {
  const primary = primaryLanguage(lang);
  const out: string[] = [];
  for (const w of ws) {
    if (isStopword(w, primary)) continue;
    // A single Latin letter carries no topic (initials, "s" of "'s"); a single CJK character may.
    if (w.length === 1 && /[a-z]/.test(w)) continue;
    out.push(primary === 'en' ? porterStem(w) : w);
  }
  return out;
}

/** The terms of `text`: what two sentences must share to be about the same thing. */
export function terms(text: string, lang: string): string[] {
  return termsFromWords(words(text, lang), lang);
}

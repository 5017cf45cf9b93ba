/**
 * Words and terms. Words come from Intl.Segmenter (word granularity,
 * `isWordLike`), which knows dictionary-based segmentation for Japanese,
 * Chinese and Thai and UAX #29 for the rest. Terms are the words used to
 * compare sentences: NFKC-folded, lowercased, stopwords removed, English stemmed.
 */
import { porterStem } from './stem';
import { primaryLanguage, stopwordTest } from './stopwords';

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
    if (text.length - i <= MAX_SEGMENT_INPUT) {
      yield text.slice(i);
      return;
    }
    let cut = text.lastIndexOf(' ', i + MAX_SEGMENT_INPUT);
    if (cut <= i) cut = i + MAX_SEGMENT_INPUT;
    yield text.slice(i, cut);
    i = cut;
  }
}

/**
 * Scripts written without spaces between words: only a dictionary-based
 * segmenter (Intl.Segmenter) can find their words.
 */
const NEEDS_DICTIONARY =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
/**
 * UAX #29 words for scripts that separate words with spaces: letters/digits
 * joined by MidLetter (' ’ . : ·) between letters and MidNum (, . ') between
 * digits, as Intl.Segmenter's `isWordLike` segments. On 20,000 words of the
 * readability corpus it differs from Intl.Segmenter in 2 tokens ("0.4mm") and is
 * about ten times faster, which is what keeps a long
 * article within the summarizer's time budget.
 */
const SPACED_WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.:·][\p{L}\p{M}]+|[.,'’]\p{N}+)*/gu;

/**
 * Text made only of ASCII and these characters is left as it is by NFKC (apart from
 * U+00A0, which becomes a space, a separator either way), and its letters and digits are
 * ASCII: SPACED_WORD then finds exactly the words ASCII_WORD finds, without NFKC and
 * without Unicode property classes (together ~7 times faster in Chromium on English).
 */
const NOT_PLAIN = /[^\x00-\x7f\u00a0\u00ab\u00b7\u00bb\u2013\u2014\u2018\u2019\u201c\u201d]/;
const ASCII_WORD = /[a-z0-9_]+(?:['’.:·][a-z]+|[.,'’][0-9]+)*/g;

/** The words of `text`, lowercased and NFKC-folded (full-width Ａ１ → a1), in order. */
export function words(text: string, lang: string): string[] {
  return wordsOfAll([text], lang)[0];
}

/** Characters of text given to one segment() call by wordsOfAll (see MAX_ICU_BATCH in sentences.ts). */
const MAX_SEGMENTER_BATCH = 8000;

/**
 * `words` of each text. Texts that need the dictionary segmenter share its calls: each
 * segment() call costs ~30 µs in Chromium before the first character, more than a
 * sentence's segmentation. Their pieces are joined by "\n", which always ends a word
 * (UAX #29 WB3a/b) and is no dictionary character, so each piece gets the words it
 * gets alone.
 */
export function wordsOfAll(texts: readonly string[], lang: string): string[][] {
  const out: string[][] = new Array(texts.length);
  const parts: string[] = [];
  const owners: number[] = [];
  const starts: number[] = [];
  let length = 0;
  const flush = () => {
    if (!parts.length) return;
    const seg = getSegmenter(primaryLanguage(lang), 'word');
    let k = 0;
    for (const s of seg.segment(parts.length === 1 ? parts[0] : parts.join('\n'))) {
      if (!s.isWordLike) continue;
      while (k + 1 < starts.length && s.index >= starts[k + 1]) k++;
      out[owners[k]].push(s.segment);
    }
    parts.length = 0;
    owners.length = 0;
    starts.length = 0;
    length = 0;
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (!NOT_PLAIN.test(text)) {
      out[i] = text.toLowerCase().match(ASCII_WORD) ?? [];
      continue;
    }
    const normalized = text.normalize('NFKC').toLowerCase();
    if (!NEEDS_DICTIONARY.test(normalized)) {
      out[i] = normalized.match(SPACED_WORD) ?? [];
      continue;
    }
    out[i] = [];
    for (const piece of pieces(normalized)) {
      if (length + piece.length > MAX_SEGMENTER_BATCH) flush();
      parts.push(piece);
      owners.push(i);
      starts.push(length);
      length += piece.length + 1;
    }
  }
  flush();
  return out;
}

/**
 * Words by Intl.Segmenter (word granularity, `isWordLike`), one call per piece; `text` already
 * normalised. The reference that SPACED_WORD and wordsOfAll's batching are tested against.
 */
export function segmenterWords(normalized: string, lang: string): string[] {
  const seg = getSegmenter(primaryLanguage(lang), 'word');
  const out: string[] = [];
  for (const piece of pieces(normalized)) {
    for (const s of seg.segment(piece)) {
      if (s.isWordLike) out.push(s.segment);
    }
  }
  return out;
}

/** Stems of words already seen: news repeats its words, and stemming is the costly part of terms. */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

function stemCached(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = porterStem(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Turn words into comparison terms: drop stopwords and lone symbols, stem English. */
export function termsFromWords(ws: string[], lang: string): string[] {
  const primary = primaryLanguage(lang);
  const isStop = stopwordTest(primary);
  const en = primary === 'en';
  const out: string[] = [];
  for (const w of ws) {
    if (isStop?.(w)) continue;
    // A single Latin letter carries no topic (initials, "s" of "'s"); a single CJK character may.
    if (w.length === 1) {
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) continue;
    }
    out.push(en ? stemCached(w) : w);
  }
  return out;
}

/** The terms of `text`: what two sentences must share to be about the same thing. */
export function terms(text: string, lang: string): string[] {
  return termsFromWords(words(text, lang), lang);
}

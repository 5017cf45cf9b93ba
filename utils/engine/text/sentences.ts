/**
 * Sentences of a block of text, with their offsets, so a key point can be
 * found again in the page. Intl.Segmenter does the work (UAX #29 plus ICU's
 * locale rules); this module fixes what it gets wrong on news text:
 *
 * - Quotes and parentheses: 「…。…」と述べた is one sentence; ICU breaks
 *   after the inner 。, and after the inner full stop of “Meth. We’re on it”
 *   is rolling out. We never split inside a matched pair 「」『』（）()【】“”
 *   unless the span is implausibly long.
 * - English abbreviations: "Mr. Smith", "Jan. 5", "the U.S. Senate", initials
 *   "J. K. Rowling": ICU breaks after ". " followed by a capital.
 * - Lowercased, tokenized text ("… in nepal . and they …", as in CNN/DailyMail
 *   dumps): ICU never breaks before a lowercase letter. A full stop standing
 *   alone between spaces does end a sentence there.
 * - Lines without final punctuation (list items, headings) are sentences of
 *   their own: a hard line break always ends a sentence.
 * Decimals (3.5) and inner dots (e.g., p.m.) are already kept by ICU.
 */
import { getSegmenter } from './words';
import { primaryLanguage } from './stopwords';
import { isSpace } from './space';

export interface SentenceSpan {
  /** The sentence, exactly `source.slice(start, end)`: trimmed of surrounding whitespace. */
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence (lowercase, without the dot). */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp det
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  no nos vol vols pp p fig figs ed eds est approx dept univ assn bros co corp inc ltd plc vs etc al e g i
  ave blvd rd hwy apt`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Words that start a new sentence after an ambiguous abbreviation such as
 * "U.S." ("… in the U.S. The next day …"); any other capitalised word after it is
 * taken as the same sentence ("the U.S. Senate").
 */
const SENTENCE_STARTERS = new Set(
  `the a an he she it they we i you this that these those there his her its their our but and or so yet
  in on at for if when while after before as however meanwhile still then now it's he's she's`.split(/\s+/),
);
const OPEN_TO_CLOSE: Record<string, string> = {
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
  '〈': '〉',
  '《': '》',
  '｢': '｣',
  '“': '”',
};
/** A bracketed span longer than this is not trusted to be one sentence (a stray bracket, a whole quoted speech). */
const MAX_BRACKET_SPAN = 400;
/** A sentence terminal with something after it (so the line may hold more than one sentence). */
const INNER_TERMINAL = /\p{Sentence_Terminal}.*\S/su;
/** Footnote markers after a sentence, as wikis and papers set them: "[91]", "[92][93]", "[a]", "[citation needed]", "[1]: 207" (with the page cited). */
const FOOTNOTE_MARKER = '\\[[^[\\]\\n]{1,24}\\](?::\\s?\\d+(?:[-–]\\d+)?)?';
const FOOTNOTE_MARKERS = new RegExp(`^(?:${FOOTNOTE_MARKER})+`);
/** A sentence's end with footnote markers after it, before the next sentence's capital ("…highly.[citation needed] Loops …"). */
const AFTER_FOOTNOTES = new RegExp(`[.!?](?:${FOOTNOTE_MARKER})+(?=\\s+\\p{Lu})`, 'gu');
/** Longer inputs are cut at safe breaks before ICU sees them (see words.ts). */
const MAX_SEGMENT_INPUT = 2000;

/** Any opening bracket of OPEN_TO_CLOSE (a cheap test before the scan). */
const ANY_OPEN = /[「『（(【〈《｢“]/;
/** Brackets only: other characters never open or close a span, so the scan can jump between these. */
const BRACKET = /[「『（(【〈《｢」』）)】〉》｣“”]/g;

/** Mark which offsets lie strictly inside a matched bracket pair of plausible length. */
function insideBrackets(text: string): number[] | null {
  if (!ANY_OPEN.test(text)) return null;
  // A plain array: a typed array is an off-heap allocation (~10 µs in Chromium), more than this costs.
  const inside = new Array<number>(text.length + 1).fill(0);
  const stack: { close: string; at: number }[] = [];
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const close = OPEN_TO_CLOSE[ch];
    if (close) {
      stack.push({ close, at: i });
      continue;
    }
    // Pop to the matching opener, forgiving unmatched openers inside.
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].close === ch) {
        const open = stack[k].at;
        if (i - open <= MAX_BRACKET_SPAN) inside.fill(1, open + 1, i + 1);
        stack.length = k;
        break;
      }
    }
  }
  return inside;
}

/** A piece of a line that ICU segments; its breaks go to `out`. */
interface IcuPiece {
  text: string;
  from: number;
  to: number;
  out: number[];
}

/**
 * Pieces are joined until the string has this many characters (a piece has at most
 * MAX_SEGMENT_INPUT). Segmenting gets far slower than linear on long strings in some V8
 * versions (Node 20: 4.5 s for 115,000 characters, 0.07 s for 60,000), while in Chromium
 * 8,000 characters a call cost about as much per character as 64,000.
 */
const MAX_ICU_BATCH = 8000;

/**
 * Break offsets ICU proposes, as ends of segments within each piece's [from, to).
 *
 * Every call to Intl.Segmenter's segment() costs about 30 µs in Chromium before the
 * first character (V8 clones the ICU break iterator), far more than segmenting a
 * paragraph: so all pieces go to ICU in one string, joined by "\n". A line feed is a
 * paragraph separator in UAX #29 (SB4: a break always follows it, and no rule looks
 * across it), so each piece gets exactly the breaks it gets on its own; the segment that
 * ends after a piece's separator stands for the end of the piece's text.
 */
function icuBreaks(pieces: IcuPiece[], lang: string): void {
  if (!pieces.length) return;
  const seg = getSegmenter(lang, 'sentence');
  let first = 0;
  while (first < pieces.length) {
    // Start offset of each piece in the joined string.
    const starts: number[] = [];
    const parts: string[] = [];
    let length = 0;
    let last = first;
    do {
      const p = pieces[last];
      starts.push(length);
      parts.push(p.from === 0 && p.to === p.text.length ? p.text : p.text.slice(p.from, p.to));
      length += p.to - p.from + 1;
      last++;
    } while (last < pieces.length && length < MAX_ICU_BATCH);
    const joined = parts.length === 1 ? parts[0] : parts.join('\n');
    let k = 0;
    for (const s of seg.segment(joined)) {
      const endJoined = s.index + s.segment.length;
      // The piece this segment ends in (its separator counts as its own).
      while (k + 1 < starts.length && endJoined > starts[k + 1]) k++;
      const p = pieces[first + k];
      const { text, from, to } = p;
      let end = Math.min(from + endJoined - starts[k], to);
      // UAX #29 counts opening brackets as "Close" and leaves 「 or （ at the end of the previous sentence.
      while (end > from && OPEN_TO_CLOSE[text[end - 1]]) end--;
      // …and breaks inside a footnote marker after a full stop ("dominion.[|91] The …"): the
      // markers belong to the sentence they follow.
      if (text[end - 1] === '[') end += (FOOTNOTE_MARKERS.exec(text.slice(end - 1, to))?.[0].length ?? 1) - 1;
      if (end > from && end < to) p.out.push(end);
    }
    first = last;
  }
}

/** Cut points for very long inputs: after a sentence-final mark and whitespace. */
function chunkBounds(text: string): number[] {
  const bounds = [0];
  let last = 0;
  while (text.length - last > MAX_SEGMENT_INPUT) {
    const window = text.slice(last, last + MAX_SEGMENT_INPUT);
    let cut = -1;
    const re = /[.!?。！？]\s+/g;
    for (let m = re.exec(window); m; m = re.exec(window)) if (m.index + m[0].length > MAX_SEGMENT_INPUT / 4) cut = m.index + m[0].length;
    if (cut < 0) {
      const sp = window.lastIndexOf(' ');
      cut = sp > 0 ? sp + 1 : MAX_SEGMENT_INPUT;
    }
    last += cut;
    bounds.push(last);
  }
  bounds.push(text.length);
  return bounds;
}

/** The word just before offset `end` (trimmed), e.g. "Mr." or "U.S.". */
function lastToken(text: string, end: number): string {
  const head = text.slice(Math.max(0, end - 40), end).trimEnd();
  const m = /(\S+)$/.exec(head);
  return m ? m[1] : '';
}

function firstWord(text: string, start: number): string {
  const m = /^\s*([^\s]+)/.exec(text.slice(start, start + 40));
  return m ? m[1] : '';
}

/** True when a break at `at` (end of a segment) must be undone because the dot belongs to an abbreviation. */
function isAbbreviationBreak(text: string, at: number): boolean {
  const token = lastToken(text, at);
  if (!token.endsWith('.')) return false;
  const bare = token.replace(/^[("'“‘[]+/, '');
  const word = bare.slice(0, -1).toLowerCase();
  const next = firstWord(text, at);
  if (!next) return false;
  if (/^\p{L}$/u.test(bare.slice(0, -1))) return true; // initial or one-letter abbreviation: "J. K. Rowling", "z. B."
  if (/^(?:\p{L}\.){2,}$/u.test(bare)) {
    // "U.S.", "U.N.": ends the sentence only when a typical sentence opener follows.
    return !SENTENCE_STARTERS.has(next.toLowerCase().replace(/[^\p{L}']/gu, ''));
  }
  if (ABBREVIATIONS.has(word)) return /^[\p{L}\p{N}(]/u.test(next);
  return false;
}

/** Extra breaks ICU misses in lowercased, tokenized text: a full stop standing alone ("nepal . and"). */
function tokenizedBreaks(text: string, from: number, to: number, out: number[]): void {
  const re = /(?:^|\s)[.!?]+(?:\s+(?:''|'|"|”|’))?(?=\s+\S)/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push(from + m.index + m[0].length);
}

/**
 * Extra breaks after footnote markers that ICU misses: it does not break after ".[c" (an opening
 * bracket and a lowercase letter read as the sentence going on).
 */
function footnoteBreaks(text: string, from: number, to: number, out: number[]): void {
  const slice = text.slice(from, to);
  if (!slice.includes('[')) return;
  for (const m of slice.matchAll(AFTER_FOOTNOTES)) out.push(from + m.index! + m[0].length);
}

/** Line terminators: a hard line break always ends a sentence. */
const LINE_BREAK = /\r?\n|\r|\u2028|\u2029/g;

/** Break candidates of one text, before brackets and abbreviations are checked. */
interface Pending {
  text: string;
  breaks: number[];
  /** Starts of the lines after the first (hard breaks, never undone). */
  lineStarts: number[];
}

/** Line breaks, tokenized-text breaks and chunk cuts of `text`; ICU's pieces go to `icu`. */
function collectBreaks(text: string, icu: IcuPiece[]): Pending {
  const breaks: number[] = [];
  const lineStarts: number[] = [];
  LINE_BREAK.lastIndex = 0;
  let ls = 0;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    const le = m ? m.index : text.length;
    if (ls > 0) {
      breaks.push(ls);
      lineStarts.push(ls);
    }
    const line = ls === 0 && le === text.length ? text : text.slice(ls, le);
    // UAX #29 only breaks after a sentence terminal: a line with none before its end is one sentence.
    if (INNER_TERMINAL.test(line)) {
      const bounds = chunkBounds(line);
      for (let b = 0; b + 1 < bounds.length; b++) {
        if (b > 0) breaks.push(ls + bounds[b]);
        icu.push({ text, from: ls + bounds[b], to: ls + bounds[b + 1], out: breaks });
      }
      tokenizedBreaks(text, ls, le, breaks);
      footnoteBreaks(text, ls, le, breaks);
    }
    if (!m) break;
    ls = m.index + m[0].length;
  }
  return { text, breaks, lineStarts };
}

/** Spans of one text from its break candidates (ICU's included). */
function finish({ text, breaks, lineStarts }: Pending): SentenceSpan[] {
  breaks.sort((a, b) => a - b);
  let inside: number[] | null | undefined;
  const hardBreaks = lineStarts.length ? new Set(lineStarts) : null;
  const kept: number[] = [];
  for (const at of breaks) {
    if (kept.length && kept[kept.length - 1] === at) continue;
    if (!hardBreaks?.has(at)) {
      if (inside === undefined) inside = insideBrackets(text);
      if (inside?.[at]) continue;
      if (isAbbreviationBreak(text, at)) continue;
    }
    kept.push(at);
  }
  kept.push(text.length);

  const out: SentenceSpan[] = [];
  let start = 0;
  for (const end of kept) {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: s === 0 && e === text.length ? text : text.slice(s, e), start: s, end: e });
    start = end;
  }
  return out;
}

/**
 * Split `text` into sentences for language `lang` (BCP 47). Every returned
 * span satisfies `text.slice(start, end) === span.text`, is non-empty and trimmed.
 */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  return splitSentencesOfAll([text], lang)[0];
}

/**
 * `splitSentences` of each text, with one call to ICU for all of them (each call
 * has a fixed cost larger than a paragraph's segmentation: see icuBreaks).
 */
export function splitSentencesOfAll(texts: readonly string[], lang: string): SentenceSpan[][] {
  const primary = primaryLanguage(lang);
  const icu: IcuPiece[] = [];
  const pending = texts.map((text) => collectBreaks(text, icu));
  icuBreaks(icu, primary);
  return pending.map(finish);
}

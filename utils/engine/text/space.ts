import { countsCharacters } from './language';

/**
 * Whitespace by code unit: JavaScript's `\s` (WhiteSpace and LineTerminator) without a regular
 * expression per character or a copy of a long text. Shared by the extractor and the sentence splitter.
 */

/** True for a code unit that `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `s.replace(/\s+/g, '').length` without the copy. */
export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  return n;
}

/** `s.match(/\S+/g).length` without the array. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Runs of whitespace made one space, ends trimmed: the one whitespace collapse of the engine. */
export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Reading speed: characters a minute (languages written without spaces), words a minute (others). */
const CHARS_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;

/** Minutes to read `body` (at least 1 for any text, 0 for none). */
export function readingTime(body: string, lang: string): number {
  if (!body) return 0;
  const minutes = countsCharacters(lang) ? countNonSpace(body) / CHARS_PER_MINUTE : countWords(body) / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}

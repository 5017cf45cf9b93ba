/**
 * The page's language: what `<html lang>` and the metadata declare, checked against the
 * scripts the text is written in. Declarations are often wrong in both directions (Japanese
 * sites with `lang="en"` templates, Chinese pages declared `ja`), but the scripts are not:
 * kana only occurs in Japanese, hangul only in Korean, han without kana is Chinese.
 */

// ---- Tunables ------------------------------------------------------------------------------
/** Characters of text looked at; the script mix of the first few thousand is the page's. */
const SAMPLE_CHARS = 800;
/** Kana share of letters above which text is Japanese even if declared otherwise (Chinese text has none; a few loanwords in kana are enough for Japanese news). */
const KANA_MIN_SHARE = 0.05;
/** Share of letters a script needs to decide the language against the declaration. */
const SCRIPT_MAJORITY = 0.5;
/** Letters needed before the text can overrule a declaration (a short snippet can be anything). */
const MIN_LETTERS = 40;
/** Languages written right to left. */
const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug']);
/** Languages written in each non-Latin script, so that a declaration in that script is kept. */
const SCRIPT_LANGS: Record<string, Set<string>> = {
  arabic: new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']),
  hebrew: new Set(['he', 'yi']),
  cyrillic: new Set(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg']),
  greek: new Set(['el']),
  thai: new Set(['th']),
  devanagari: new Set(['hi', 'mr', 'ne', 'sa']),
  han: new Set(['zh', 'ja']),
};
/** Default language of each script when the declaration does not fit it. */
const SCRIPT_DEFAULT: Record<string, string> = {
  arabic: 'ar',
  hebrew: 'he',
  cyrillic: 'ru',
  greek: 'el',
  thai: 'th',
  devanagari: 'hi',
  han: 'zh',
  hangul: 'ko',
  kana: 'ja',
};
/** Very common words of Latin-script languages, to name undeclared or mis-declared Latin text. */
const LATIN_HINTS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'this'],
  fr: ['le', 'les', 'des', 'est', 'une', 'et', 'dans', 'pour', 'qui', 'sur'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'una', 'por', 'con', 'para'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'ein', 'auf'],
  pt: ['os', 'da', 'do', 'que', 'uma', 'não', 'com', 'para', 'em', 'são'],
  it: ['il', 'che', 'di', 'della', 'una', 'per', 'non', 'sono', 'gli', 'nel'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'dat', 'zijn', 'voor', 'met', 'ook'],
  cs: ['je', 'se', 'na', 'že', 'to', 'jsou', 'pro', 'které', 've', 'jako'],
};

/** The script of a code point, by Unicode block ranges (a loop of range checks: regexes per character cost 10x more). */
function scriptOf(c: number): string | null {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'latin' : null;
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? 'latin' : null;
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))
    return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af)) return 'hangul';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  if ((c >= 0x3040 && c <= 0x30ff && c !== 0x30fb && c !== 0x30fc) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) return 'kana';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff)) return 'han';
  return null;
}

/** Letters of each script in the text's first SAMPLE_CHARS characters. */
function scriptCounts(text: string): { letters: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  let letters = 0;
  const n = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) c = text.codePointAt(i++) ?? c;
    const script = scriptOf(c);
    if (!script) continue;
    counts[script] = (counts[script] ?? 0) + 1;
    letters++;
  }
  return { letters, counts };
}

/** `en-US` → `en`, `zh-Hant` → `zh`; '' when there is no usable tag. */
export function primarySubtag(tag: string | null | undefined): string {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(tag ?? '');
  return m ? m[1].toLowerCase() : '';
}

/**
 * The page's primary language (BCP 47 primary subtag).
 * @param declared what the page says (`<html lang>`, `og:locale`, JSON-LD `inLanguage`…), first wins.
 * @param text some of the article's text.
 */
export function detectLanguage(declared: (string | null | undefined)[], text: string): string {
  const decl = declared.map(primarySubtag).find(Boolean) ?? '';
  const { letters, counts } = scriptCounts(text);
  if (letters < MIN_LETTERS) return decl || guessFromScripts(counts, letters) || 'en';
  const share = (s: string) => (counts[s] ?? 0) / letters;
  const cjk = share('kana') + share('han');
  if (share('kana') >= KANA_MIN_SHARE && cjk >= 0.3) return 'ja';
  if (share('hangul') >= SCRIPT_MAJORITY * 0.6) return 'ko';
  if (share('han') >= SCRIPT_MAJORITY) return decl === 'zh' || decl === 'yue' ? decl : 'zh';
  for (const script of ['arabic', 'hebrew', 'cyrillic', 'greek', 'thai', 'devanagari']) {
    if (share(script) >= SCRIPT_MAJORITY) return SCRIPT_LANGS[script].has(decl) ? decl : SCRIPT_DEFAULT[script];
  }
  if (share('latin') >= SCRIPT_MAJORITY) {
    const nonLatinDecl = Object.values(SCRIPT_LANGS).some((set) => set.has(decl)) || decl === 'ko';
    if (decl && !nonLatinDecl) return decl;
    return guessLatin(text) ?? 'en';
  }
  return decl || guessFromScripts(counts, letters) || 'en';
}

function guessFromScripts(counts: Record<string, number>, letters: number): string {
  if (!letters) return '';
  if (counts.kana) return 'ja';
  let best = '';
  let n = 0;
  for (const [s, c] of Object.entries(counts)) if (c > n) [best, n] = [s, c];
  return best === 'latin' ? '' : (SCRIPT_DEFAULT[best] ?? '');
}

/** The Latin-script language whose common words are most frequent in the text, if any clearly is. */
function guessLatin(text: string): string | undefined {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 10) return undefined;
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, hints] of Object.entries(LATIN_HINTS)) {
    const score = hints.reduce((s, w) => s + (freq.get(w) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 3 ? best : undefined;
}

/** Writing direction: the page's own `dir` if it says so, otherwise the language's. */
export function directionOf(lang: string, declaredDir?: string | null): 'ltr' | 'rtl' {
  const d = (declaredDir ?? '').toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  return RTL_LANGS.has(primarySubtag(lang)) ? 'rtl' : 'ltr';
}

/** Languages whose reading speed is counted in characters (no spaces between words). */
export function countsCharacters(lang: string): boolean {
  return ['ja', 'zh', 'yue', 'th'].includes(primarySubtag(lang));
}

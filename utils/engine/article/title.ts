/**
 * The article's headline as a reader would write it: not the document title with the site's name
 * appended ("ノートルダム大聖堂 再建に数百億円か 支援の動き広がる | NHKニュース", "What is Cloud
 * Computing? | Google Cloud"), but the headline itself. The site's name is shown beside it already.
 *
 * 1. The title the page declares (Readability's, JSON-LD headline or og:title, the document's),
 *    with the site's name cut off: a first or last part, between separators with or without spaces
 *    (" | ", " - ", " — ", "｜", "|", " :: ", " · "), that names the site, by its declared name or
 *    its domain ("Talk Android" on talkandroid.com, "NHKニュース" on nhk.or.jp).
 * 2. The page's visible headline, its `<h1>`, when it says the same thing in nearly the same words
 *    (MIN_H1_OVERLAP both ways; "Average Cost of Online College" for "Average Cost of Online
 *    College [2025]: Yearly Tuition + Fees"): the words the reader sees on the page. A site's logo
 *    or a section name in an `<h1>` ("Our Blog") does not say the same thing and is passed over;
 *    an h1 with the title's very words, only its quotes or dashes changed, adds nothing.
 * Pure: the caller reads the candidates from the page.
 */

import { stampPrefixLength } from '../text/dates';
import { collapse } from '../text/space';

// ---- Tunables ------------------------------------------------------------------------------
/** Separators between a headline and the site's name. Spaced ones may be any of these; unspaced, only bars. */
const SPACED_SEPARATOR = /\s+(?:[|\-–—·•»/\\]|::?)\s+/g;
const BARE_SEPARATOR = /[|｜]/g;
/**
 * Of an <h1>'s words, at least this share must be the title's, and of the title's the h1's, for the
 * h1 to be the headline. High: an h1 worded differently from the title ("Apple's Vision Pro is …"
 * against "… hands-on: …") is a second headline, and the declared one is the article's (0.6 took
 * such h1s: 6 more titles exact on wcxb-dev's human-checked ones, 8 fewer on readability-pages').
 */
const MIN_H1_OVERLAP = 0.9;
/** An h1 shorter than this many characters is a logo or a section name more often than a headline. */
const MIN_H1_CHARS = 8;
const MAX_H1_CHARS = 250;
/** A title cut to less than this many letters and digits was a section's name with the site's ("Example Portal — Home"): it is kept whole. */
const MIN_HEADLINE_CHARS = 6;
/** Characters a site's name may carry besides itself in a title ("ニュース" in "NHKニュース", "blog" in "Rust Blog"). */
const MAX_NAME_ADDITION = 8;

export interface TitleCandidates {
  /** Declared titles, best first: Readability's, the metadata's (JSON-LD headline, og:title), the document's. */
  declared: (string | undefined | null)[];
  /** Texts of the page's <h1> elements outside its navigation, in document order. */
  h1s: string[];
  siteName?: string;
  url: string;
}

export function headlineOf(c: TitleCandidates): string {
  const declared = c.declared.map((d) => collapse(d)).filter(Boolean);
  const h1s = c.h1s.map((h) => collapse(h)).filter((h) => h.length >= MIN_H1_CHARS && h.length <= MAX_H1_CHARS);
  // The common case, a headline that is both the title and the <h1>: nothing to choose.
  if (declared.length && h1s.includes(declared[0])) return declared[0];
  const names = siteNames(c.siteName, c.url);
  const title = declared.length ? withoutSiteName(declared[0], names) : '';
  if (!title) return '';
  // A date stamp before the headline in its <h1> ("Dec 18 2025 Preparing a transition") is not the headline.
  const h1 = bestH1(
    h1s.map((h) => h.slice(stampPrefixLength(h))),
    [title, ...declared.slice(1).map((d) => withoutSiteName(d, names))],
    names,
  );
  // An <h1> with the title's very words (only quotes or dashes differ) adds nothing: the declared title stays.
  if (!h1 || sameWords(h1, title)) return title;
  return h1;
}

/** Ways the site may be named in a title: its declared name and its domain's distinctive label. */
function siteNames(siteName: string | undefined, url: string): string[] {
  const out: string[] = [];
  const name = key(siteName ?? '');
  if (name.length >= 2) out.push(name);
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    /* no URL, no domain name */
  }
  const labels = host.replace(/^(?:www\d?|m|amp)\./, '').split('.');
  // The registrable label: "talkandroid" of talkandroid.com, "nhk" of www3.nhk.or.jp, "google" of cloud.google.com.
  const second =
    labels.length >= 3 && /^(?:co|com|ne|or|ac|go|gov|org|net|edu)$/.test(labels[labels.length - 2]) ? labels[labels.length - 3] : labels[labels.length - 2];
  if (second && second.length >= 2) out.push(key(second));
  if (labels.length >= 3 && labels[0].length >= 3) out.push(key(labels[0]));
  return out;
}

/** Letters and digits only, lowercased: "Talk Android" → "talkandroid". */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when a part of a title names the site: it is the site's name, a piece of it ("Harvard
 * Chan" of "The Nutrition Source - Harvard Chan School"), or the name with a short word added
 * ("NHKニュース", "Google Cloud", "Rust Blog").
 */
function namesSite(part: string, names: string[]): boolean {
  const k = key(part);
  if (!k) return false;
  return names.some(
    (n) => k === n || (k.length >= 3 && n.includes(k)) || (n.length >= 3 && (k.startsWith(n) || k.endsWith(n)) && k.length - n.length <= MAX_NAME_ADDITION),
  );
}

/** The title without a first or last part that names the site (the title itself when nothing does, or nothing would be left). */
function withoutSiteName(title: string, names: string[]): string {
  for (const sep of [SPACED_SEPARATOR, BARE_SEPARATOR]) {
    const cuts = [...title.matchAll(sep)];
    if (!cuts.length) continue;
    const first = cuts[0];
    const last = cuts[cuts.length - 1];
    const rest = namesSite(title.slice(last.index + last[0].length), names)
      ? title.slice(0, last.index)
      : namesSite(title.slice(0, first.index), names)
        ? title.slice(first.index + first[0].length)
        : '';
    // What is left must still be a headline, not a section's name ("Example Portal — Home").
    if (key(rest).length >= MIN_HEADLINE_CHARS) return rest.trim();
  }
  return title;
}

/** Words of a title for comparing it with another (letters and digits runs; CJK by character). */
function words(s: string): string[] {
  return s.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[\p{L}\p{N}]+/gu) ?? [];
}

function sameWords(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

/** Of `a`'s words, the share that are in `b`. */
function covered(a: string[], b: Set<string>): number {
  return a.length ? a.filter((w) => b.has(w)).length / a.length : 0;
}

/**
 * The <h1> that says what a declared title says (most words shared both ways), if one does; never
 * one that names the site, nor one that is the title with more after it (a subtitle or a kicker
 * set inside the <h1>: the title is the headline then).
 */
function bestH1(h1s: string[], titles: string[], names: string[]): string {
  let best = '';
  let bestScore = 0;
  const title = key(titles[0]);
  const tws = titles.map((x) => words(x));
  const tsets = tws.map((w) => new Set(w));
  for (const h of h1s) {
    if (namesSite(h, names)) continue;
    const k = key(h);
    if (k.length > title.length && k.includes(title)) continue;
    const hw = words(h);
    const hset = new Set(hw);
    for (let i = 0; i < titles.length; i++) {
      const score = Math.min(covered(hw, tsets[i]), covered(tws[i], hset));
      if (score >= MIN_H1_OVERLAP && score > bestScore) [best, bestScore] = [h, score];
    }
  }
  return best;
}

// What a reader sees, scored against a page's true body (../shared/corpus/README.md):
// - key-point precision: the share of key points whose text lies inside the true body;
// - cited-source precision: the share of `cited` sources whose anchor text and context sentence
//   lie inside the true body; and recall: of the page's links inside the true body that go to
//   another site, the share classified `cited`;
// - snippets: a `with` snippet found in the body is a true positive, one missing a false negative;
//   a `without` snippet found is a false positive.
// Texts are compared by matchKey: Unicode-normalised (NFKC), case-folded, without whitespace,
// punctuation or symbols, so that block breaks, quote styles and full-width forms do not count.
// Pure: the URL functions come from the caller (the engine's normalizeUrl/urlKey/sameSite).

/** Letters and numbers only, NFKC, lowercased. */
export function matchKey(text) {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A link's sentence must have at least this many letters and numbers to place the link inside the
 * body: a lone "Twitter" in a menu matches the word anywhere in the text.
 */
export const MIN_CONTEXT_KEY = 10;

/**
 * @param {string[]} points texts of the key points
 * @param {string} bodyKey matchKey of the true body
 * @returns {{inside: number, total: number, misses: string[]}}
 */
export function keyPointPrecision(points, bodyKey) {
  const misses = points.filter((p) => !bodyKey.includes(matchKey(p)));
  return { inside: points.length - misses.length, total: points.length, misses };
}

/**
 * Snippet counts of one page.
 * @param {{with?: string[], without?: string[]}} truth
 * @param {string} body the extracted body
 * @returns {{tp: number, fn: number, fp: number, tn: number, missed: string[], kept: string[]}}
 */
export function snippetCounts(truth, body) {
  const key = matchKey(body);
  const found = (s) => {
    const k = matchKey(s);
    return k.length > 0 && key.includes(k);
  };
  const withs = (truth.with ?? []).filter((s) => matchKey(s));
  const withouts = (truth.without ?? []).filter((s) => matchKey(s));
  const missed = withs.filter((s) => !found(s));
  const kept = withouts.filter(found);
  return { tp: withs.length - missed.length, fn: missed.length, fp: kept.length, tn: withouts.length - kept.length, missed, kept };
}

/**
 * Is a source (or a link) inside the true body: its anchor text and its context sentence both?
 * An empty context is judged by the anchor text alone.
 */
export function standsInBody(text, context, bodyKey) {
  const t = matchKey(text);
  const c = matchKey(context);
  return t.length > 0 && bodyKey.includes(t) && (!c || bodyKey.includes(c));
}

/**
 * Cited-source precision of one page.
 * @param {{url: string, text: string, context: string, kind: string}[]} sources
 * @returns {{inside: number, total: number, misses: {url: string, text: string}[]}}
 */
export function citedPrecision(sources, bodyKey) {
  const cited = sources.filter((s) => s.kind === 'cited');
  const misses = cited.filter((s) => !standsInBody(s.text, s.context, bodyKey)).map((s) => ({ url: s.url, text: s.text }));
  return { inside: cited.length - misses.length, total: cited.length, misses };
}

/**
 * The links of the page that stand inside the true body and go to another site: the truth of
 * cited-source recall, as URL keys.
 * @param {{href: string, text: string, context: string}[]} links every link of the page
 * @param {(href: string) => string | null} keyOf the URL's key (null: not an http(s) address)
 * @param {(href: string) => boolean} otherSite true when the address is on another site than the page
 * @returns {Map<string, {href: string, text: string}>}
 */
export function bodyLinkTruth(links, bodyKey, keyOf, otherSite) {
  const out = new Map();
  for (const l of links) {
    if (matchKey(l.context).length < MIN_CONTEXT_KEY) continue;
    if (!standsInBody(l.text, l.context, bodyKey)) continue;
    const key = keyOf(l.href);
    if (!key || !otherSite(l.href) || out.has(key)) continue;
    out.set(key, { href: l.href, text: l.text });
  }
  return out;
}

/**
 * Cited-source recall of one page: of the truth links, those Sift classified `cited`.
 * @param {Map<string, {href: string, text: string}>} truth bodyLinkTruth's answer
 * @param {{url: string, kind: string}[]} sources
 * @param {(href: string) => string | null} keyOf
 */
export function citedRecall(truth, sources, keyOf) {
  const cited = new Set(sources.filter((s) => s.kind === 'cited').map((s) => keyOf(s.url)));
  const missed = [...truth].filter(([k]) => !cited.has(k)).map(([, l]) => l);
  return { found: truth.size - missed.length, total: truth.size, missed };
}

/**
 * A `without` snippet must have at least this many letters and numbers to judge a key point or a
 * source by: shorter ones ("Sarah Yang", a name in a byline) also occur inside real sentences.
 */
export const MIN_WITHOUT_KEY = 15;

/**
 * On a page whose truth has `without` snippets (text that is not the article), the key points and
 * the cited sources that stand in one: noise a reader would see, found on pages that have no
 * full-text truth. A lower bound: a point outside every snippet may still be noise.
 * @param {{without?: string[]}} truth
 * @param {string[]} points texts of the key points
 * @param {{text: string, context: string, kind: string}[]} sources
 */
export function inWithoutSnippets(truth, points, sources) {
  const withouts = (truth.without ?? []).map(matchKey).filter((k) => k.length >= MIN_WITHOUT_KEY);
  const inside = (text) => {
    const k = matchKey(text);
    return k.length > 0 && withouts.some((w) => w.includes(k) || k.includes(w));
  };
  const cited = sources.filter((s) => s.kind === 'cited');
  return {
    points: points.length,
    pointsIn: points.filter(inside),
    cited: cited.length,
    citedIn: cited.filter((s) => inside(s.context || s.text)).map((s) => s.text),
  };
}

/** `a / b`, or null when there is nothing to divide. */
export function ratio(a, b) {
  return b > 0 ? a / b : null;
}

// Body F1 as scored by scrapinghub/article-extraction-benchmark (evaluate.py):
// tokens are `\w+` runs (Unicode), shingles are 4 consecutive tokens counted as a multiset,
// per page TP/FP/FN are normalised to sum 1, precision and recall are averaged over the pages
// where they are defined, and F1 = 2PR/(P+R).
// For Japanese and Chinese, `\w+` runs are whole phrases between punctuation, so the tokens are
// characters instead (whitespace removed), with the same 4-shingles (../shared/corpus/README.md).

/** Python's Unicode `\w`: letters, numbers and underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_N = 4;

/** @typedef {'words' | 'chars'} TokenUnit */

export function tokenize(text, unit = 'words') {
  if (unit === 'chars') return [...(text ?? '').replace(/\s+/gu, '')];
  return (text ?? '').match(TOKEN_RE) ?? [];
}

/** Kana and han: text in which they are most of the letters is scored by characters. */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER_RE = /[\p{L}]/gu;

/** 'chars' for Japanese and Chinese text (by the scripts of the truth text itself), else 'words'. */
export function unitFor(text) {
  const sample = (text ?? '').slice(0, 5000);
  const letters = sample.match(LETTER_RE)?.length ?? 0;
  const cjk = sample.match(CJK_RE)?.length ?? 0;
  return letters > 0 && cjk / letters >= 0.3 ? 'chars' : 'words';
}

/** Multiset of n-token shingles; a text shorter than n tokens is one shingle (as in AEB). */
export function shingles(text, n = SHINGLE_N, unit = 'words') {
  const tokens = tokenize(text, unit);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    if (!key) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** {tp, fp, fn} of one page, normalised to sum 1 (all 0 when both texts are empty). */
export function shingleMatch(truth, predicted, n = SHINGLE_N, unit = 'words') {
  const t = shingles(truth, n, unit);
  const p = shingles(predicted, n, unit);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

/**
 * Precision, recall and F1 over pages, each `{truth, predicted, unit?}` (`unit`: 'words', the
 * benchmark's tokens, or 'chars' for Japanese and Chinese; default 'words').
 */
export function bodyF1(pairs) {
  const ps = [],
    rs = [];
  for (const { truth, predicted, unit } of pairs) {
    const { tp, fp, fn } = shingleMatch(truth, predicted, SHINGLE_N, unit ?? 'words');
    if (tp + fp > 0) ps.push(tp / (tp + fp));
    if (tp + fn > 0) rs.push(tp / (tp + fn));
  }
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps),
    recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pairs.length };
}

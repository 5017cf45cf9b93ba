/**
 * ROUGE-N and ROUGE-L / ROUGE-Lsum F-measure, as Google's rouge-score computes
 * them (rouge_scorer.py, no stemming), so numbers compare with published ones.
 *
 * Tokens: English (and any Latin-script text) as rouge-score: lowercase,
 * everything but [a-z0-9] becomes a space, split. Japanese (and Chinese):
 * one token per character, leaving out whitespace, punctuation and symbols.
 * ROUGE-Lsum splits both texts into sentences at newlines and uses the
 * union-LCS of each reference sentence against all candidate sentences.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

export type RougeTokenizer = (text: string) => string[];

/** rouge-score's default tokenizer (tokenize.py with stemmer = None). */
export function tokenizeLatin(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter((t) => /^[a-z0-9]+$/.test(t));
}

/** Character tokens for languages written without spaces. */
export function tokenizeChars(text: string): string[] {
  const out: string[] = [];
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (/[\p{L}\p{N}\p{M}]/u.test(ch)) out.push(ch);
  }
  return out;
}

/** The tokenizer for a language: characters for ja/zh, rouge-score's for the rest. */
export function tokenizerFor(lang: string): RougeTokenizer {
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0];
  return primary === 'ja' || primary === 'zh' ? tokenizeChars : tokenizeLatin;
}

function score(overlap: number, predCount: number, targetCount: number): RougeScore {
  const precision = overlap / Math.max(predCount, 1);
  const recall = overlap / Math.max(targetCount, 1);
  const fmeasure = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, fmeasure };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between token lists. */
export function rougeNTokens(target: string[], prediction: string[], n: number): RougeScore {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [k, c] of p) overlap += Math.min(c, t.get(k) ?? 0);
  let pc = 0;
  for (const c of p.values()) pc += c;
  let tc = 0;
  for (const c of t.values()) tc += c;
  return score(overlap, pc, tc);
}

function lcsTable(ref: string[], can: string[]): Uint32Array[] {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  const t: Uint32Array[] = [];
  for (let i = 0; i < rows; i++) t.push(new Uint32Array(cols));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      t[i][j] = ref[i - 1] === can[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t;
}

/** ROUGE-L between token lists. */
export function rougeLTokens(target: string[], prediction: string[]): RougeScore {
  if (!target.length || !prediction.length) return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsTable(target, prediction)[target.length][prediction.length];
  return score(lcs, prediction.length, target.length);
}

/** Indices in `ref` of one LCS with `can`, backtracked as rouge-score's _backtrack_norec does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i][j - 1] > t[i - 1][j]) j--;
    else i--;
  }
  return out.reverse();
}

/** ROUGE-Lsum between sentence-split token lists (rouge-score's _summary_level_lcs). */
export function rougeLsumTokens(targetSents: string[][], predSents: string[][]): RougeScore {
  const m = targetSents.reduce((a, s) => a + s.length, 0);
  const n = predSents.reduce((a, s) => a + s.length, 0);
  if (!m || !n) return { precision: 0, recall: 0, fmeasure: 0 };
  const countR = new Map<string, number>();
  const countC = new Map<string, number>();
  for (const s of targetSents) for (const t of s) countR.set(t, (countR.get(t) ?? 0) + 1);
  for (const s of predSents) for (const t of s) countC.set(t, (countC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of targetSents) {
    const union = new Set<number>();
    for (const c of predSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i];
      if ((countC.get(tok) ?? 0) > 0 && (countR.get(tok) ?? 0) > 0) {
        hits++;
        countC.set(tok, countC.get(tok)! - 1);
        countR.set(tok, countR.get(tok)! - 1);
      }
    }
  }
  return score(hits, n, m);
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  rougeLsum: RougeScore;
}

/** Non-empty lines, as rouge-score's get_sents. */
function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}

/** All four scores of `prediction` against `target` (texts; sentences separated by newlines for Lsum). */
export function rouge(target: string, prediction: string, tokenize: RougeTokenizer = tokenizeLatin): RougeScores {
  const t = tokenize(target);
  const p = tokenize(prediction);
  return {
    rouge1: rougeNTokens(t, p, 1),
    rouge2: rougeNTokens(t, p, 2),
    rougeL: rougeLTokens(t, p),
    rougeLsum: rougeLsumTokens(lines(target).map(tokenize), lines(prediction).map(tokenize)),
  };
}

/** Best F over several references, per metric (rouge-score's score_multi with max). */
export function rougeMulti(targets: string[], prediction: string, tokenize: RougeTokenizer = tokenizeLatin): RougeScores {
  let best: RougeScores | null = null;
  for (const target of targets) {
    const s = rouge(target, prediction, tokenize);
    if (!best) {
      best = s;
      continue;
    }
    for (const k of Object.keys(s) as (keyof RougeScores)[]) if (s[k].fmeasure > best[k].fmeasure) best[k] = s[k];
  }
  return best ?? rouge('', prediction, tokenize);
}

#!/usr/bin/env node
/**
 * Chooses the summarizer's weights by k-fold cross-validation over the summary dev sets, one
 * setting for all languages, and reports what it would score on articles it did not see.
 *
 *   npm run tune:summaries -- [set.jsonl ...] [--folds 5] [--points 3]
 *
 * Without sets, both of ../shared/corpus/summaries. Each grid point is a set of values for a few
 * TUNABLES of utils/engine/summary/summarize.ts (set in this process only; the file is not changed). For
 * each fold, the grid point with the best mean over languages of ROUGE-2(Sift) / ROUGE-2(LEAD-3)
 * on the other folds is scored on the fold. The report gives, per language: today's TUNABLES on
 * the whole set, the cross-validated ratio (the mean over held-out folds: what to expect on new
 * articles), and the setting chosen on the whole set with how often the folds agreed on it.
 * A setting is worth adopting only when its cross-validated ratio beats today's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const root = new URL('..', import.meta.url);
const { summarize, TUNABLES } = await import(new URL('utils/engine/summary/summarize.ts', root).href);
const { articleOfItem, lead } = await import(new URL('scripts/lib/summarySet.ts', root).href);
const { rougeMulti, tokenizerFor } = await import(new URL('scripts/lib/rouge.ts', root).href);

const argv = process.argv.slice(2);
const flag = (name, d) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : d;
};
const folds = flag('--folds', 5);
const points = flag('--points', 3);
const skip = new Set(['--folds', '--points'].flatMap((f) => (argv.includes(f) ? [argv[argv.indexOf(f) + 1]] : [])));
let sets = argv.filter((a) => !a.startsWith('--') && !skip.has(a));
if (!sets.length) {
  const dir = resolve(new URL('.', root).pathname, '../shared/corpus/summaries');
  sets = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(dir, f));
}

/**
 * The values tried for each tunable (today's value is among them). Five tunables, three values
 * each: with IDEAL_MAX_WORDS and LENGTH_PRIOR_FLOOR added (2,187 settings) the held-out ratio on
 * ja-xlsum-dev fell from 1.018 to 1.001, the grid fitting the folds rather than the task.
 */
const GRID = {
  W_CENTRALITY: [0.05, 0.15, 0.3],
  W_TITLE: [0.4, 0.6, 0.8],
  POSITION_SCALE: [1, 1.5, 2.5],
  MMR_REDUNDANCY: [0.4, 0.6, 0.8],
  IDEAL_MIN_WORDS: [6, 8, 10],
};
const names = Object.keys(GRID);
const combos = names.reduce((acc, n) => acc.flatMap((c) => GRID[n].map((v) => ({ ...c, [n]: v }))), [{}]);
const today = Object.fromEntries(names.map((n) => [n, TUNABLES[n]]));

const items = [];
for (const set of sets) {
  for (const line of readFileSync(set, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const it = JSON.parse(line);
    const article = articleOfItem(it);
    const tokenize = tokenizerFor(it.lang);
    items.push({
      set: basename(set, '.jsonl'),
      article,
      refs: it.references,
      tokenize,
      lead: rougeMulti(it.references, lead(article, 3).join('\n'), tokenize).rouge2.fmeasure,
    });
  }
}
const langs = [...new Set(items.map((i) => i.set))];

/** R2 F of every item under a setting. */
function score(setting) {
  Object.assign(TUNABLES, setting);
  return items.map(
    (it) =>
      rougeMulti(
        it.refs,
        summarize(it.article, { points })
          .map((p) => p.text)
          .join('\n'),
        it.tokenize,
      ).rouge2.fmeasure,
  );
}

const t0 = Date.now();
const original = { ...today };
const scores = combos.map((c) => score(c));
Object.assign(TUNABLES, original);
const todayScores = score(today);
Object.assign(TUNABLES, original);

/** Per language: sum of Sift's R2 over sum of LEAD-3's, on the items `idx`. */
function ratios(s, idx) {
  return Object.fromEntries(
    langs.map((l) => {
      const mine = idx.filter((i) => items[i].set === l);
      const a = mine.reduce((x, i) => x + s[i], 0);
      const b = mine.reduce((x, i) => x + items[i].lead, 0);
      return [l, b ? a / b : NaN];
    }),
  );
}
const objective = (s, idx) => {
  const r = Object.values(ratios(s, idx));
  return r.reduce((a, b) => a + b, 0) / r.length;
};

const all = items.map((_, i) => i);
const foldOf = (i) => {
  const sameSet = items.filter((it, j) => it.set === items[i].set && j < i).length;
  return sameSet % folds;
};
const heldOut = new Array(items.length).fill(0);
const picks = new Map();
for (let f = 0; f < folds; f++) {
  const train = all.filter((i) => foldOf(i) !== f);
  let best = 0;
  for (let c = 1; c < combos.length; c++) if (objective(scores[c], train) > objective(scores[best], train)) best = c;
  for (const i of all) if (foldOf(i) === f) heldOut[i] = scores[best][i];
  const key = JSON.stringify(combos[best]);
  picks.set(key, (picks.get(key) ?? 0) + 1);
}
let bestAll = 0;
for (let c = 1; c < combos.length; c++) if (objective(scores[c], all) > objective(scores[bestAll], all)) bestAll = c;

const fmt = (r) => langs.map((l) => `${l} ${r[l].toFixed(3)}`).join(', ');
console.log(
  `${items.length} articles (${langs.join(', ')}), ${points} points, ${combos.length} settings, ${folds}-fold cross-validation, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
console.log(`ROUGE-2 of Sift / ROUGE-2 of LEAD-3:`);
console.log(`  today's TUNABLES, whole set:          ${fmt(ratios(todayScores, all))}   ${JSON.stringify(today)}`);
console.log(`  cross-validated (held-out folds):     ${fmt(ratios(heldOut, all))}`);
console.log(
  `  best setting on the whole set:        ${fmt(ratios(scores[bestAll], all))}   ${JSON.stringify(combos[bestAll])} (chosen by ${picks.get(JSON.stringify(combos[bestAll])) ?? 0} of ${folds} folds)`,
);
console.log(`  settings the folds chose: ${[...picks].map(([k, n]) => `${n}× ${k}`).join('; ')}`);

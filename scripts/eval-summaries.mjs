#!/usr/bin/env node
/**
 * Summary evaluation: ROUGE-1/2/Lsum F of Sift's key points and of LEAD-3 on a
 * `{id, lang, text, references, title?}` JSONL set.
 *
 *   npm run eval:summaries -- ../shared/corpus/summaries/en-cnndm-dev.jsonl [--out points.jsonl] [--points 3]
 *
 * Each text becomes an Article with articleFromText (one block a line, as page
 * text would be), is summarised with summarize(), and the points (one a line)
 * are scored against each reference (best reference kept) with rouge-score's
 * tokenization: [a-z0-9] runs for English, characters for Japanese/Chinese.
 * LEAD-3 is the first three sentences of the text (whatever they are: on
 * XL-Sum the first is often a photo caption), split by the same splitter; it
 * reproduces the corpus README's LEAD-3 figures within ~0.2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const root = new URL('..', import.meta.url);
const { summarize } = await import(new URL('utils/engine/summary/summarize.ts', root).href);
const { articleOfItem, lead } = await import(new URL('scripts/lib/summarySet.ts', root).href);
const { rougeMulti, tokenizerFor } = await import(new URL('scripts/lib/rouge.ts', root).href);

function parseArgs(argv) {
  const args = { set: '', out: '', points: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--points') args.points = Number(argv[++i]);
    else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a.startsWith('--points=')) args.points = Number(a.slice(9));
    else if (!args.set) args.set = a;
  }
  if (!args.set || !Number.isFinite(args.points)) {
    console.error('usage: npm run eval:summaries -- <set.jsonl> [--out file.jsonl] [--points 3]');
    process.exit(2);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const items = readFileSync(resolve(args.set), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const metrics = ['rouge1', 'rouge2', 'rougeLsum'];
const sums = { sift: { rouge1: 0, rouge2: 0, rougeLsum: 0 }, lead3: { rouge1: 0, rouge2: 0, rougeLsum: 0 } };
const outLines = [];
let ms = 0;
let maxMs = 0;

for (const item of items) {
  const article = articleOfItem(item);
  const t0 = performance.now();
  const points = summarize(article, { points: args.points });
  const dt = performance.now() - t0;
  ms += dt;
  maxMs = Math.max(maxMs, dt);
  const tokenize = tokenizerFor(item.lang);
  const sift = rougeMulti(item.references, points.map((p) => p.text).join('\n'), tokenize);
  const base = rougeMulti(item.references, lead(article, 3).join('\n'), tokenize);
  for (const m of metrics) {
    sums.sift[m] += sift[m].fmeasure;
    sums.lead3[m] += base[m].fmeasure;
  }
  outLines.push(
    JSON.stringify({
      id: item.id,
      points: points.map((p) => ({
        text: p.text,
        origin: p.origin,
        score: p.score,
        blockIndex: p.blockIndex,
        sentenceIndex: p.sentenceIndex,
        start: p.start,
        end: p.end,
      })),
    }),
  );
}

if (args.out) writeFileSync(resolve(args.out), `${outLines.join('\n')}\n`);
const n = items.length || 1;
const fmt = (x) => ((100 * x) / n).toFixed(2).padStart(6);
console.log(`${args.set}: ${items.length} articles, ${args.points} points; summarize() ${(ms / n).toFixed(2)} ms mean, ${maxMs.toFixed(2)} ms max`);
console.log('            R1      R2      RLsum   (F, x100)');
console.log(`sift     ${metrics.map((m) => fmt(sums.sift[m])).join('  ')}`);
console.log(`lead-3   ${metrics.map((m) => fmt(sums.lead3[m])).join('  ')}`);
console.log(`ratio    ${metrics.map((m) => (sums.sift[m] / (sums.lead3[m] || 1)).toFixed(3).padStart(6)).join('  ')}`);

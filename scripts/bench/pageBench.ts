/**
 * The in-page half of `npm run bench`: bundled into one IIFE (global `SiftBench`) by
 * scripts/lib/bundleForPage.mjs and evaluated in each corpus page, so that Readability alone
 * and Sift's whole pipeline are timed in the same document, the same renderer and the same
 * JIT state, interleaved. Not part of the extension.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/engine/article/extractArticle';
import { keyPointsFor } from '../../utils/engine/summary/keyPointsFor';
import { attribute } from '../../utils/engine/attribution';

export interface PageTimes {
  /** One entry a repeat, in milliseconds: `new Readability(document.cloneNode(true)).parse()`. */
  readability: number[];
  /**
   * One entry a repeat: `extractArticle(document, url)`, `keyPointsFor(article, { points: 5 })` (the
   * points with their sources) and `attribute(article)` (citing sentences, who said what): all a
   * reader's views need.
   */
  pipeline: number[];
  /** What the last pipeline run found, to tell an empty page from a fast one. */
  keyPoints: number;
  blocks: number;
  partial: boolean;
  readabilityFound: boolean;
  error?: string;
}

function timeReadability(): { ms: number; found: boolean } {
  const t = performance.now();
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return { ms: performance.now() - t, found: !!parsed };
}

function timePipeline(url: string) {
  const t = performance.now();
  const article = extractArticle(document, url);
  const points = keyPointsFor(article, { points: 5 });
  attribute(article);
  return { ms: performance.now() - t, article, points };
}

/**
 * `reps` timed repeats of each, after `warmup` untimed ones (first-run compilation is a cost of
 * the bundle, not of the algorithm; the content-script column shows a cold run). The order
 * alternates each repeat so neither side always runs on a cache the other warmed.
 */
export function run(reps = 5, warmup = 1, url: string = location.href): PageTimes {
  const out: PageTimes = { readability: [], pipeline: [], keyPoints: 0, blocks: 0, partial: false, readabilityFound: false };
  try {
    for (let i = 0; i < warmup; i++) {
      timeReadability();
      timePipeline(url);
    }
    for (let i = 0; i < reps; i++) {
      const readabilityFirst = i % 2 === 0;
      if (readabilityFirst) {
        const r = timeReadability();
        out.readability.push(r.ms);
        out.readabilityFound = r.found;
      }
      const p = timePipeline(url);
      out.pipeline.push(p.ms);
      out.keyPoints = p.points.length;
      out.blocks = p.article.blocks.length;
      out.partial = p.article.extraction.partial;
      if (!readabilityFirst) {
        const r = timeReadability();
        out.readability.push(r.ms);
        out.readabilityFound = r.found;
      }
    }
  } catch (e) {
    out.error = e instanceof Error ? e.message : String(e);
  }
  return out;
}

/**
 * The key points a reader is shown: the summarizer's (summarize.ts), each with the sources it
 * stands on (sources/pointSources.ts). The one function the background, the CLI and the
 * evaluation call, so that every surface shows the same points with the same sources.
 */
import type { Article, KeyPoint } from '../model';
import { summarize, type SummarizeOptions } from './summarize';
import { linkPointsToSources } from '../sources/pointSources';

export function keyPointsFor(article: Article, options: SummarizeOptions = {}): KeyPoint[] {
  return linkPointsToSources(article, summarize(article, options));
}

/**
 * What the article stands on, beyond its key points: the places that cite each source (as a reader
 * reads them) and who said what. Computed after the first view is shown (the popup asks the
 * background for it once the key points are on screen); pure.
 */
import type { Article, Quote } from './model';
import { citingSentences, type CitingSentence } from './sources/citedAt';
import { findQuotes } from './quotes/findQuotes';

export interface Attribution {
  /** Per source of `article.sources` (same order), the places that cite it. */
  citing: CitingSentence[][];
  quotes: Quote[];
}

export function attribute(article: Article): Attribution {
  return { citing: citingSentences(article), quotes: findQuotes(article) };
}

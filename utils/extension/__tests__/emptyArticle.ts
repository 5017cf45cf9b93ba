import type { Article } from '../../engine/model';

/** A minimal valid Article at `url`, for tests of the code that moves articles around (client, read-ahead). */
export const emptyArticle = (url: string): Article => ({
  url,
  title: 'T',
  lang: 'en',
  dir: 'ltr',
  readingTimeMinutes: 1,
  blocks: [],
  articleBody: '',
  outline: [],
  authorKeyPoints: [],
  sources: [],
  extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 1, total: 1 } },
});

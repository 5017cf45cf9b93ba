/**
 * The one order in which sources are shown, exported and printed: what the article cites, then
 * related reading; same-site links last (navigation more than
 * evidence: the popup lists them, exports and the CLI leave them out).
 */
import type { Source, SourceKind } from '../article/types';
import { safeHttpUrl } from '../safeUrl';

export const SOURCE_KIND_ORDER: readonly SourceKind[] = ['cited', 'related', 'internal'];

/** Sources with a safe http(s) address, by kind in SOURCE_KIND_ORDER (document order within a kind); `internal` only when asked. */
export function sourcesInOrder(sources: readonly Source[], { internal = false } = {}): Source[] {
  return SOURCE_KIND_ORDER.filter((k) => internal || k !== 'internal').flatMap((k) => sources.filter((s) => s.kind === k && safeHttpUrl(s.url)));
}

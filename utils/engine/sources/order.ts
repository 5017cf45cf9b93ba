/**
 * The one order in which sources are shown, exported and printed: what the article cites, then
 * related reading, then same-site links (navigation more than evidence: the popup lists them last,
 * exports and the CLI leave them out).
 */
import type { Source, SourceKind } from '../model';
import { safeHttpUrl } from '../safeUrl';

export const SOURCE_KIND_ORDER: readonly SourceKind[] = ['cited', 'related', 'internal'];

/** The sources worth exporting (all but same-site links) with a safe http(s) address, by kind in SOURCE_KIND_ORDER, document order within a kind. */
export function sourcesInOrder(sources: readonly Source[]): Source[] {
  return SOURCE_KIND_ORDER.slice(0, -1).flatMap((k) => sources.filter((s) => s.kind === k && safeHttpUrl(s.url)));
}

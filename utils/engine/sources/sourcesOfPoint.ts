/**
 * The sources a key point stands on (`KeyPoint.sources`, linked by sources/pointSources.ts), as the
 * article's Source objects, in the point's order. Its own small module: the popup needs this, not the linking.
 */
import type { KeyPoint, Source } from '../model';

export function sourcesOfPoint(sources: readonly Source[], point: Pick<KeyPoint, 'sources'>): Source[] {
  return (point.sources ?? []).flatMap((url) => sources.filter((s) => s.url === url));
}

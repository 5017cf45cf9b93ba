/** Quotations as the Quotes view and the exports list them: by speaker. Pure. */
import type { Quote } from '../model';

export interface SpeakerGroup {
  /** Absent for quotations whose speaker the text does not name. */
  speaker?: string;
  anonymous: boolean;
  quotes: Quote[];
}

/** Quotations grouped by speaker, named speakers first in order of appearance, then unnamed ones, then those without a speaker. */
export function quotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    const g = groups.get(key);
    if (g) g.quotes.push(q);
    else groups.set(key, { ...(q.speaker ? { speaker: q.speaker } : {}), anonymous: q.anonymous, quotes: [q] });
  }
  const rank = (g: { speaker?: string; anonymous: boolean }) => (g.speaker ? (g.anonymous ? 1 : 0) : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

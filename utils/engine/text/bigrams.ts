/** Character-bigram likeness of two short texts (titles, points, quotations): Dice's coefficient. Pure. */

/** The character bigrams of a text, lowercased, runs of whitespace as one space. */
export function bigrams(text: string): Map<string, number> {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/** Dice's coefficient of two bigram multisets: 1 for the same text, 0 for nothing in common. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let both = 0;
  let total = 0;
  for (const [k, n] of a) {
    both += Math.min(n, b.get(k) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total ? (2 * both) / total : 0;
}

/** Dice's coefficient of the two texts' character bigrams. */
export function bigramDice(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

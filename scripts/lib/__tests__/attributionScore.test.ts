import { describe, expect, it } from 'vitest';
import { sameQuote, sameSpeaker, scoreQuotes, type AnnotatedQuote } from '../attributionScore';
import type { Quote } from '../../../utils/engine/model';

const found = (text: string, speaker?: string): Quote => ({
  text,
  ...(speaker ? { speaker } : {}),
  anonymous: false,
  blockIndex: 0,
  start: 0,
  end: text.length,
});
const annotated = (text: string, speaker: string | null, aliases: string[] = []): AnnotatedQuote => ({ text, speaker, aliases, anonymous: false });

describe('scoring who said what against the annotated set', () => {
  it('matches the same words, with or without marks and trailing punctuation, once each', () => {
    expect(sameQuote('The plate is really full today,', '“The plate is really full today”')).toBe(true);
    expect(sameQuote('まだ分からない', 'まだ分からない')).toBe(true);
    expect(sameQuote('a sham', 'The impeachment inquiry is a sham and a hoax')).toBe(false);
    const c = scoreQuotes([found('We will win,', 'Jane Doe'), found('We will win,', 'Jane Doe')], [annotated('We will win,', 'Jane Doe')]);
    expect([c.found, c.matched, c.annotated, c.extra.length]).toEqual([2, 1, 1, 1]);
  });

  it('counts a speaker right by name, alias or a name inside the other, and none for none', () => {
    expect(sameSpeaker('Doe', annotated('x', 'Jane Doe'))).toBe(true);
    expect(sameSpeaker('White House Press Secretary Stephanie Grisham', annotated('x', 'Stephanie Grisham'))).toBe(true);
    expect(sameSpeaker('ペロシ氏', annotated('x', 'ナンシー・ペロシ'))).toBe(true);
    expect(sameSpeaker('the researcher', annotated('x', 'Owen Dempsey', ['the researcher']))).toBe(true);
    expect(sameSpeaker('Lucas', annotated('x', 'Tom Young'))).toBe(false);
    expect(sameSpeaker(undefined, annotated('x', null))).toBe(true);
    expect(sameSpeaker('Lucas', annotated('x', null))).toBe(false);
  });
});

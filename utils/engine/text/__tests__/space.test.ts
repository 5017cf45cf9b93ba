import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNonSpace, countWords, isSpace } from '../space';

describe('whitespace by code unit', () => {
  it('is exactly \\s for every BMP code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('counts as the regular expressions do', () => {
    const text = fc.array(fc.constantFrom('a', '日', ' ', '\n', '\u00a0', '\u3000', '\t', 'b c', '\u2028'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(countNonSpace(s)).toBe(s.replace(/\s+/g, '').length);
        expect(countWords(s)).toBe(s.match(/\S+/g)?.length ?? 0);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringWidth, wrap } from '../width';

describe('stringWidth', () => {
  test.each([
    ['abc', 3],
    ['日本語', 6],
    ['ｶﾀｶﾅ', 4], // halfwidth katakana is narrow
    ['ＡＢ', 4], // fullwidth Latin is wide
    ['한국어', 6],
    ['e\u0301', 1], // combining accent
    ['👍🏽', 2],
    ['👨‍👩‍👧', 2],
    ['🇯🇵', 2],
    ['\u001b[1mbold\u001b[22m', 4],
    ['', 0],
  ])('%j is %i columns', (text, width) => expect(stringWidth(text)).toBe(width));
});

describe('wrap', () => {
  test('Latin text breaks at spaces', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 15)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
  });

  test('Japanese breaks between characters, counting two columns each', () => {
    expect(wrap('日本語の文章を折り返す', 10)).toEqual(['日本語の文', '章を折り返', 'す']);
  });

  test('kinsoku: no line starts with closing punctuation, none ends with an opening bracket', () => {
    const lines = wrap('あいうえ。かきく「けこ」さし', 10);
    expect(lines).toEqual(['あいうえ。', 'かきく「け', 'こ」さし']);
    for (const l of lines) {
      expect(l).not.toMatch(/^[。、」]/);
      expect(l).not.toMatch(/「$/);
    }
  });

  test('a word longer than the line is cut', () => {
    expect(wrap('aaaaaaaaaaaa bb', 5)).toEqual(['aaaaa', 'aaaaa', 'aa bb']);
  });

  test('empty text is one empty line', () => expect(wrap('', 10)).toEqual(['']));

  test('property: no line is wider than the width (kinsoku may stretch by one glyph) and no text is lost', () => {
    const pieces = fc.constantFrom('a', 'word', ' ', '日本', '語', '。', '「', '」', 'ab cd', '👍🏽', 'e\u0301', 'ＡＢ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 6, max: 40 }), (parts, width) => {
        const text = parts.join('');
        const lines = wrap(text, width);
        for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width + 4);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

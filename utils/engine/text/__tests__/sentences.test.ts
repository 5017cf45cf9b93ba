import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentencesOfAll } from '../sentences';

const texts = (s: string, lang = 'en') => splitSentences(s, lang).map((x) => x.text);

describe('splitSentences: English', () => {
  it('keeps abbreviations, initials, decimals and times inside the sentence', () => {
    expect(texts('Mr. Smith met Dr. Jones on Jan. 5 at 3 p.m. in St. Louis. It was 3.5 degrees. J. K. Rowling said so.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 at 3 p.m. in St. Louis.',
      'It was 3.5 degrees.',
      'J. K. Rowling said so.',
    ]);
  });
  it('treats U.S. as an abbreviation unless a sentence opener follows', () => {
    expect(texts('The U.S. Senate voted. He moved to the U.S. The next day he left.')).toEqual([
      'The U.S. Senate voted.',
      'He moved to the U.S.',
      'The next day he left.',
    ]);
  });
  it('does not split inside curly quotes (aeb-dev: “Meth. We’re on it” is a slogan, not two sentences)', () => {
    expect(texts('“Meth. We’re on it” is rolling out with TV commercials. “DNP is not a miracle slimming pill. It is a deadly toxin.” Experts agree.')).toEqual(
      ['“Meth. We’re on it” is rolling out with TV commercials.', '“DNP is not a miracle slimming pill. It is a deadly toxin.”', 'Experts agree.'],
    );
  });
  it('keeps footnote markers after a full stop with their sentence (readability-pages wikipedia-2, wikipedia-4)', () => {
    expect(
      texts(
        'The Statute of Westminster was adopted in 1947.[91] The 1923 and 1926 Imperial Conferences decided it.[92][93] Cities rank highly.[citation needed] Towns grow.[a] Loops are a plot device.[1]: 207 The list gives names.',
      ),
    ).toEqual([
      'The Statute of Westminster was adopted in 1947.[91]',
      'The 1923 and 1926 Imperial Conferences decided it.[92][93]',
      'Cities rank highly.[citation needed]',
      'Towns grow.[a]',
      'Loops are a plot device.[1]: 207',
      'The list gives names.',
    ]);
  });
  it('splits lowercased tokenized text at standalone full stops', () => {
    expect(texts("two heroes are in kathmandu , nepal . and they struggle . `` we suffer . '' said koirala .")).toEqual([
      'two heroes are in kathmandu , nepal .',
      'and they struggle .',
      "`` we suffer . ''",
      'said koirala .',
    ]);
  });
  it('makes each line without final punctuation a sentence', () => {
    expect(texts('Apples\nOranges and pears\nBananas. Kiwis')).toEqual(['Apples', 'Oranges and pears', 'Bananas.', 'Kiwis']);
  });
});

describe('splitSentences: Japanese', () => {
  it('does not split inside 「」, 『』 or （）', () => {
    expect(texts('彼は「うまくいかなかった。平和につながらなかった」と述べた。次の文です。', 'ja')).toEqual([
      '彼は「うまくいかなかった。平和につながらなかった」と述べた。',
      '次の文です。',
    ]);
    expect(texts('『題名。副題』を読んだ。（注：これは例です。念のため）と書いた。終わり。', 'ja')).toEqual([
      '『題名。副題』を読んだ。',
      '（注：これは例です。念のため）と書いた。',
      '終わり。',
    ]);
  });
  it('splits at 。！？', () => {
    expect(texts('電話会談を実施！日米同盟は強化された。何が起きた？', 'ja')).toEqual(['電話会談を実施！', '日米同盟は強化された。', '何が起きた？']);
  });
  it('survives an unmatched bracket', () => {
    expect(texts('彼は「そう言った。次の文。', 'ja')).toEqual(['彼は「そう言った。', '次の文。']);
  });
});

describe('splitSentences: other languages do not break', () => {
  it.each([
    ['zh', '他说：“我们很好。”然后走了。第二句。', 3],
    ['ko', '그는 말했다. 두 번째 문장입니다.', 2],
    ['fr', 'M. Dupont est là. Puis il est parti.', 2],
    ['de', 'Die Straße ist 2,5 km lang. Sie endet z. B. hier.', 2],
    ['es', '¿Qué pasó? El Sr. García llegó.', 2],
  ])('%s', (lang, text, n) => {
    expect(splitSentences(text, lang)).toHaveLength(n);
  });
});

describe('splitSentences: offsets', () => {
  it('every span is the exact, trimmed, ordered slice of its source', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '.', '!', '?', '。', '「', '」', '（', '）', '\n', 'Mr.', 'U.S.', '3.5', '日本');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          let last = 0;
          for (const s of splitSentences(text, 'en')) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.start).toBeGreaterThanOrEqual(last);
            last = s.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('handles a very long block without a break', () => {
    const text = `${'word '.repeat(3000)}end.`;
    const spans = splitSentences(text, 'en');
    expect(spans.length).toBeGreaterThanOrEqual(1);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentencesOfAll', () => {
  it('gives each text the sentences it gets alone (texts share one ICU call)', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '.', '!', '?', '。', '「', '」', '（', '）', '\n', 'Mr.', 'U.S.', '3.5', '日本', 'The', '"');
    const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.constantFrom('en', 'ja'), (texts, lang) => {
        expect(splitSentencesOfAll(texts, lang)).toEqual(texts.map((t) => splitSentences(t, lang)));
      }),
      { numRuns: 300 },
    );
  });
  it('splits long and many texts as it splits each', () => {
    const texts = Array.from(
      { length: 60 },
      (_, i) => `Paragraph ${i} starts here. It has a second sentence (with a bracket. inside) and a third one! `.repeat(1 + (i % 7)) + (i % 3 ? '「' : ''),
    );
    expect(splitSentencesOfAll(texts, 'en')).toEqual(texts.map((t) => splitSentences(t, 'en')));
  });
});

import { describe, expect, it } from 'vitest';
import { isStopword, primaryLanguage } from '../stopwords';
import { segmenterWords, terms, words, wordsOfAll } from '../words';

describe('words', () => {
  it('matches Intl.Segmenter word-like segments on spaced scripts', () => {
    const samples = [
      "Mr. O'Neill didn't pay $3,500.25 for the U.S. e-mail service, he said.",
      'Le président a dit : « C’est l’heure ». Die Straße ist 2,5 km lang.',
      'El niño comió 3 manzanas; ¿por qué? Привет, мир! Γειά σου κόσμε.',
      '한국어 문장은 띄어쓰기를 합니다.',
    ];
    for (const s of samples) {
      const n = s.normalize('NFKC').toLowerCase();
      expect(words(s, 'und')).toEqual(segmenterWords(n, 'und'));
    }
  });
  it('segments Japanese with a dictionary and leaves out punctuation', () => {
    const ws = words('米政府は「入植地は違法ではない」と発表した。', 'ja');
    expect(ws).toContain('政府');
    expect(ws).toContain('発表');
    expect(ws.some((w) => /[「」。]/.test(w))).toBe(false);
  });
  it('finds the same words in plain ASCII text without NFKC as with it', () => {
    const samples = ["Mr. O'Neill didn’t pay $3,500.25 for the U.S. e-mail — he said: “no”.", 'A\u00a0B·C «d» 1.5.6 x:y_z it’s'];
    // A trailing " é" takes the general path (NFKC, Unicode classes).
    for (const s of samples) expect([...words(s, 'en'), 'é']).toEqual(words(`${s} é`, 'en'));
  });
  it('folds full-width characters and case', () => {
    expect(words('ＡＢＣ　Ｎｅｗｓ １２３', 'en')).toEqual(['abc', 'news', '123']);
  });
  it('handles Chinese without throwing and finds several words', () => {
    expect(words('中国国防部长在新加坡发表讲话。', 'zh').length).toBeGreaterThan(3);
  });
});

describe('wordsOfAll', () => {
  it('gives each text the words it gets alone (dictionary texts share segmenter calls)', () => {
    const texts = [
      '米政府は「入植地は違法ではない」と発表した。',
      'Plain English, it’s 3.5 km.',
      '',
      'Ｆｕｌｌ ｗｉｄｔｈ',
      '中国国防部长在新加坡发表讲话。',
      'ポンペオ氏は、国際法に則していないと述べた。'.repeat(150),
      'Café au lait',
      `東京 ${'です。'.repeat(900)}`,
    ];
    for (const lang of ['ja', 'zh', 'en']) expect(wordsOfAll(texts, lang)).toEqual(texts.map((t) => words(t, lang)));
  });
});

describe('terms and stopwords', () => {
  it('drops English stopwords and stems', () => {
    expect(terms('The strikes were striking and the workers said nothing.', 'en')).toEqual(['strike', 'strike', 'worker', 'noth']);
  });
  it('drops Japanese particles and auxiliaries', () => {
    const t = terms('ポンペオ氏は、国際法に則していないと述べた。', 'ja');
    for (const p of ['は', 'に', 'と', 'た', 'ない', 'て']) expect(t).not.toContain(p);
    expect(t).toContain('ポンペオ');
    expect(t).toContain('国際');
  });
  it('knows the primary language subtag', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('JA_jp')).toBe('ja');
    expect(isStopword('the', 'en-GB')).toBe(true);
    expect(isStopword('the', 'xx')).toBe(false);
    expect(isStopword('は', 'ja-JP')).toBe(true);
    expect(isStopword('the', 'constructor')).toBe(false);
  });
});

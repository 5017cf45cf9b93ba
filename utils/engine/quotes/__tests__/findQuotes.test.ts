import { describe, expect, it } from 'vitest';
import { findQuotes } from '../findQuotes';
import { quotesBySpeaker } from '../bySpeaker';
import type { Block } from '../../model';

const article = (lang: string, ...texts: string[]) => ({ lang, blocks: texts.map((text, index): Block => ({ index, kind: 'paragraph', text })) });
const said = (lang: string, ...texts: string[]) => findQuotes(article(lang, ...texts)).map((q) => [q.text, q.speaker ?? null, q.anonymous]);

describe('who said what, in English', () => {
  it('reads "…," said X / X said / X said: "…" / according to X, and where each quotation stands', () => {
    const a = article(
      'en',
      '“The plate is really full today,” said Tom Young, a retired aerospace executive.',
      '“We’re not shutting the door on that opportunity,” Bridenstine added.',
      'White House Press Secretary Stephanie Grisham said: “Today’s second hearing is over.”',
    );
    const quotes = findQuotes(a);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The plate is really full today,', 'Tom Young'],
      ['We’re not shutting the door on that opportunity,', 'Bridenstine'],
      ['Today’s second hearing is over.', 'White House Press Secretary Stephanie Grisham'],
    ]);
    for (const q of quotes) expect(a.blocks[q.blockIndex].text.slice(q.start, q.end)).toBe(q.text);
  });

  it('gives "he said" to the person named last, and a quotation that goes on to the same speaker', () => {
    // thespacereview.com, 2019: two witnesses named, then "he said".
    expect(
      said(
        'en',
        'The two invited witnesses, former astronaut Tom Stafford and retired aerospace executive Tom Young, backed up that assessment.',
        'One thing Young would push off NASA’s plate is the Gateway. “I do not really see a required role for the Gateway,” he said. “There’s not a compelling argument to me.”',
      ),
    ).toEqual([
      ['I do not really see a required role for the Gateway,', 'Tom Young', false],
      ['There’s not a compelling argument to me.', 'Tom Young', false],
    ]);
  });

  it('marks unnamed sources as such', () => {
    expect(said('en', '“Many people are afraid to return,” a Syrian refugee inside the camp said.')).toEqual([
      ['Many people are afraid to return,', 'a Syrian refugee inside the camp', true],
    ]);
  });

  it('leaves out titles, names and scare quotes', () => {
    expect(said('en', 'Doctors call it “feather duvet lung.” He watched “Star Wars: The Last Jedi” twice and calls the team a “national team”.')).toEqual([]);
  });
});

describe('who said what, in Japanese', () => {
  it('reads 〜は「…」と述べた and 「…」と〜は話した, an age in brackets and a run of quotations', () => {
    expect(
      said(
        'ja',
        'キャスリーン・シャオさん（18）はBBCに、「それをシェアする場所が欲しかっただけ」と話した。',
        '「皆さんの要求に、私たち全員、感動しています」とペロシ氏は生徒たちに語った。',
        'BBCの記者はツイッターで、「何が欲しい？」「銃規制改革！」と声を上げるデモの様子を伝えた。',
      ).slice(0, 2),
    ).toEqual([
      ['それをシェアする場所が欲しかっただけ', 'キャスリーン・シャオさん', false],
      ['皆さんの要求に、私たち全員、感動しています', 'ペロシ氏', false],
    ]);
  });

  it('marks 関係者 and the like as unnamed; 同氏 is the last speaker', () => {
    expect(said('ja', '政府関係者は「まだ決まっていない」と述べた。', '同氏は「来週には発表する」と話した。')).toEqual([
      ['まだ決まっていない', '政府関係者', true],
      ['来週には発表する', '政府関係者', true],
    ]);
  });

  it('leaves out names of products and terms in 「」 (japan.cnet.com, engadget)', () => {
    expect(said('ja', 'アップルは「Apple TV+」を発表した。「マップ」アプリでは、「ユーザーのプライバシーを売らない」という方針をとっています。')).toEqual([]);
  });
});

describe('other languages', () => {
  it('lists quotations that read as sentences, without guessing a speaker', () => {
    expect(said('de', '„Das ist gut“, sagte er. "Wir werden das Projekt im nächsten Jahr fortsetzen und erweitern", sagte Müller.')).toEqual([
      ['Wir werden das Projekt im nächsten Jahr fortsetzen und erweitern', null, false],
    ]);
  });
});

describe('quotesBySpeaker', () => {
  it('groups named speakers first, then unnamed sources, then quotations without a speaker', () => {
    const q = (speaker: string | undefined, anonymous = false) => ({ text: 'x', ...(speaker ? { speaker } : {}), anonymous, blockIndex: 0, start: 0, end: 1 });
    const groups = quotesBySpeaker([q(undefined), q('a source', true), q('Jane Doe'), q('Jane Doe')]);
    expect(groups.map((g) => [g.speaker ?? null, g.quotes.length])).toEqual([
      ['Jane Doe', 2],
      ['a source', 1],
      [null, 1],
    ]);
  });
});

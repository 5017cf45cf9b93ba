import { describe, expect, it } from 'vitest';
import { articleFromText } from '../fromText';

describe('articleFromText', () => {
  it('makes one block a line, with headings and list items', () => {
    const a = articleFromText('Storm hits the coast\nThe storm reached the coast on Monday. Thousands lost power.\n- Schools closed\n\nWhat comes next?', {
      lang: 'en-US',
      title: 'Storm',
    });
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Storm hits the coast'],
      ['paragraph', 'The storm reached the coast on Monday. Thousands lost power.'],
      ['list-item', '- Schools closed'],
      ['paragraph', 'What comes next?'],
    ]);
    expect(a.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(a.lang).toBe('en');
    expect(a.title).toBe('Storm');
    expect(a.outline).toEqual([{ text: 'Storm hits the coast', level: 2, blockIndex: 0, children: [] }]);
    expect(a.articleBody).toBe(a.blocks.map((b) => b.text).join('\n'));
  });
  it('treats a space between Japanese characters as a flattened line break, but not one inside Latin text', () => {
    const a = articleFromText('「歴史の過ちを正す」 イスラエルは歓迎した。 （英語記事 Jewish settlements no longer illegal - US ）', { lang: 'ja' });
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', '「歴史の過ちを正す」'],
      ['paragraph', 'イスラエルは歓迎した。'],
      ['paragraph', '（英語記事 Jewish settlements no longer illegal - US ）'],
    ]);
  });
  it('sets the direction for right-to-left languages', () => {
    expect(articleFromText('مرحبا بالعالم.', { lang: 'ar' }).dir).toBe('rtl');
    expect(articleFromText('', { lang: 'en' }).blocks).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { hasDate, isDateline, stampPrefixLength } from '../dates';

describe('dates', () => {
  it('recognises datelines and stamps seen in news pages', () => {
    for (const line of [
      'Updated 3:27 am PST, Wednesday, November 20, 2019', // aeb-dev aec5deea…
      'Nov. 19, 2019 8:03 am ET',
      'By.KJ : 2019年04月04日 09:00', // ja-news-dev phpspot.org
      '[2019年02月22日]', // ja-news-dev jvndb.jvn.jp
      '05/10/2018 - Publicado por: Clarissa Borba', // aeb-dev f6ac15a4…
      'Posted on Maret 30, 2015 by Admin', // aeb-dev 21486419…
      '3 hours ago',
      '2019/05/07',
    ])
      expect(isDateline(line), line).toBe(true);
  });

  it('does not take a number, a phone number, a price or a sentence with a date for a stamp', () => {
    for (const line of [
      'Tel: 03-5978-7591 Fax: 03-5978-7518', // ja-news-dev www.ipa.go.jp
      'The 2019 season ended.',
      'May the force be with you',
      'On November 20, 2019, the committee voted to send the bill to the full house for a vote.',
      '$1,799 for the 16-inch model',
    ])
      expect(isDateline(line), line).toBe(false);
    expect(hasDate('Tel: 03-5978-7591')).toBe(false);
  });

  it('finds a stamp glued to the sentence after it, and nothing else (wcxb-dev tj-0023)', () => {
    expect(stampPrefixLength('Updated: December 9, 2024If you are serving food')).toBe('Updated: December 9, 2024'.length);
    expect(stampPrefixLength('Dec 18 2025 Preparing a transition')).toBe('Dec 18 2025 '.length);
    expect(stampPrefixLength('December 9, 2024 was a good day.')).toBe(0);
    expect(stampPrefixLength('Nov. 19, 2019 8:03 am ET')).toBe(0);
  });
});

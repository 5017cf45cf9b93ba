import { describe, expect, it } from 'vitest';
import { classifyLink, isShareUrl, type LinkPlace } from '../classify';

const PAGE = 'news.example.com';
const at = (place: Partial<LinkPlace>): LinkPlace => ({ pageHost: PAGE, label: '', anchor: '', inText: false, relatedZone: false, ...place });
const kind = (url: string, place: Partial<LinkPlace>) => classifyLink(new URL(url), at(place));

describe('classifyLink: one rule for what kind of source a link is', () => {
  it("a link in the article's text to another site is cited; to the same site, internal", () => {
    expect(kind('https://www.who.int/report', { inText: true, anchor: 'a WHO report', label: 'according to a WHO report' })).toBe('cited');
    expect(kind('https://www.news.example.com/other-story', { inText: true, anchor: 'earlier story' })).toBe('internal');
  });

  it('outside the text, a link is cited only when labelled as a citation (seed page: 出典/画像元)', () => {
    expect(kind('https://mainichi.jp/articles/x', { label: '出典/画像元: https://mainichi.jp/articles/x', anchor: 'https://mainichi.jp/articles/x' })).toBe(
      'cited',
    );
    expect(kind('https://example.org/report', { label: 'Source: Example report', anchor: 'Example report' })).toBe('cited');
    expect(kind('https://example.org/story', { label: 'An interesting story', anchor: 'An interesting story' })).toBe('related');
  });

  it('"read more" lines and related boxes are related, in the text too', () => {
    expect(kind('https://other.example/x', { inText: true, label: 'Read more: the full story', anchor: 'the full story' })).toBe('related');
    expect(kind('https://other.example/x', { relatedZone: true, anchor: 'A story' })).toBe('related');
  });

  it('follow, sign-in and call-to-action links, lookups and adverts are furniture wherever they stand', () => {
    expect(kind('https://shop.example/item', { inText: true, anchor: 'Buy on Amazon' })).toBeNull();
    expect(kind('https://scholar.google.com/scholar?q=x', { inText: true, anchor: 'Google Scholar' })).toBeNull();
    expect(kind('https://www.crossref.org/x', { anchor: '[CrossRef]' })).toBeNull();
    expect(kind('https://start.example/', { label: 'Get started: Free plan', anchor: 'Free plan' })).toBeNull();
    expect(kind('https://ad.example/', { anchor: '[PR] 英単語を忘却曲線アプリで覚える' })).toBeNull();
  });

  it('a social profile in the text is cited unless it is a "follow us" link; outside the text it is furniture', () => {
    expect(kind('https://twitter.com/agency', { inText: true, label: 'via @agency', anchor: '@agency' })).toBe('cited');
    expect(kind('https://twitter.com/NBCLatino', { inText: true, label: 'Follow NBC Latino on Twitter', anchor: 'Twitter' })).toBeNull();
    expect(kind('https://twitter.com/someone', { anchor: '@someone' })).toBeNull();
  });

  it('share buttons are recognised by their address', () => {
    expect(isShareUrl(new URL('https://twitter.com/intent/tweet?url=x'))).toBe(true);
    expect(isShareUrl(new URL('https://b.hatena.ne.jp/entry/s/news.example.com/a'))).toBe(true);
    expect(isShareUrl(new URL('https://twitter.com/agency/status/1'))).toBe(false);
  });
});

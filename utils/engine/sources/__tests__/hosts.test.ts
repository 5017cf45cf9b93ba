import { describe, expect, it } from 'vitest';
import { isAffiliateLink, isSocialProfile } from '../hosts';

const u = (s: string) => new URL(s);

describe('hosts', () => {
  it('tells a profile on a social network from a post', () => {
    for (const p of [
      'https://twitter.com/NBCLatino',
      'https://x.com/someone',
      'https://www.instagram.com/darkzip/',
      'https://www.youtube.com/@channel',
      'https://www.linkedin.com/in/jane',
      'https://www.facebook.com/NBCLatino',
    ])
      expect(isSocialProfile(u(p)), p).toBe(true);
    for (const p of [
      'https://twitter.com/govkristinoem/status/1196553520201248768',
      'https://www.instagram.com/p/Cabc123/',
      'https://www.youtube.com/watch?v=abc',
      'https://www.facebook.com/NBCLatino/posts/123',
      'https://example.org/twitter.com',
    ])
      expect(isSocialProfile(u(p)), p).toBe(false);
  });

  it('knows affiliate redirectors, with their subdomains', () => {
    expect(isAffiliateLink(u('https://amzn.to/2r0aQgO'))).toBe(true);
    expect(isAffiliateLink(u('https://go.skimresources.com/?id=1'))).toBe(true);
    expect(isAffiliateLink(u('https://www.anrdoezrs.net/click-1'))).toBe(true);
    expect(isAffiliateLink(u('https://www.amazon.com/dp/B07PXGQC1Q'))).toBe(false);
    expect(isAffiliateLink(u('https://example.com/amzn.to'))).toBe(false);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOILERPLATE_TOKENS, RELATED_TOKENS, isBoilerplateElement, isRelatedElement, tokensOf } from '../boilerplate';

const el = (cls: string, id = '', tag = 'div') => {
  const e = document.createElement(tag);
  if (cls) e.setAttribute('class', cls);
  if (id) e.id = id;
  return e;
};

describe('boilerplate by class and id tokens', () => {
  it('takes a token only when it stands alone', () => {
    expect(isBoilerplateElement(el('site-header'))).toBe(true);
    expect(isBoilerplateElement(el('article-header-image'))).toBe(true); // "header" stands alone between dashes
    expect(isBoilerplateElement(el('headerimage'))).toBe(false);
    expect(isBoilerplateElement(el('adx'))).toBe(false);
    expect(isBoilerplateElement(el('story', 'Sidebar'))).toBe(true);
    expect(isBoilerplateElement(el('story body'))).toBe(false);
    // A call-to-action box, named as CSS modules name classes (wcxb-dev tj-0155: "7,000+ agencies have ditched manual reports. You can too.").
    expect(isBoilerplateElement(el('BlogStickyCta_cta__pqpvR'))).toBe(true);
    expect(isBoilerplateElement(el('ctaction'))).toBe(false);
    expect(isRelatedElement(el('Related_Posts'))).toBe(true);
    expect(isRelatedElement(el('moreover'))).toBe(false);
  });

  it('agrees with the class/id tokens for any class and id', () => {
    const BOILERPLATE = ['nav', 'header', 'footer', 'ad', 'ads', 'share', 'comment', 'sidebar', 'banner', 'bio', 'tags', 'menu'];
    const RELATED = ['related', 'more', 'also', 'pickup', 'readmore'];
    const word = fc.oneof(fc.constantFrom(...BOILERPLATE, ...RELATED, 'main', 'story', 'x', 'NAV', 'navx', 'adv'), fc.string({ maxLength: 4 }));
    const sep = fc.constantFrom(' ', '-', '_', '  ', '\t', '.', '');
    const name = fc.array(fc.tuple(word, sep), { maxLength: 4 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(name, name, (cls, id) => {
        const e = el(cls, id.replace(/\s/g, ''));
        const tokens = tokensOf(e);
        // Hidden/role/style never come into play here: plain div, only class and id set.
        expect(isBoilerplateElement(e)).toBe(tokens.some((t) => BOILERPLATE_TOKENS.has(t)));
        expect(isRelatedElement(e)).toBe(tokens.some((t) => RELATED_TOKENS.has(t)));
      }),
      { numRuns: 2000 },
    );
  });
});

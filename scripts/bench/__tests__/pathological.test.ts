import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { deepNestingPage, hugePage, hugeParagraphPage, manyElementsPage, manyLinksPage, pathologicalPages, prose } from '../pathological.mjs';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const openTags = (s: string, tag = '[a-z][a-z0-9]*') => (s.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;

describe('pathological pages', () => {
  it('prose is exactly as long as asked', () => {
    expect(prose(1000)).toHaveLength(1000);
    expect(prose(10)).toHaveLength(10);
  });
  it('20 MB page: at least 20,000,000 bytes, at most one paragraph more', () => {
    const html = hugePage();
    expect(bytes(html)).toBeGreaterThanOrEqual(20_000_000);
    expect(bytes(html)).toBeLessThan(20_000_000 + 1100);
  });
  it('100,000 elements exactly', () => {
    expect(openTags(manyElementsPage())).toBe(100_000);
    expect(openTags(manyElementsPage(1000))).toBe(1000);
  });
  it('nesting 5,000 deep: 5,000 nested divs, balanced', () => {
    const html = deepNestingPage();
    expect(html).toContain(`${'<div>'.repeat(5000)}<p>`);
    expect(openTags(html, 'div')).toBe(5000);
    expect(html.split('</div>').length - 1).toBe(5000);
  });
  it('one paragraph of 5,000,000 characters', () => {
    const html = hugeParagraphPage();
    const paragraphs = html.match(/<p>([^<]*)<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0].length - '<p></p>'.length).toBe(5_000_000);
  });
  it('10,000 links, each with its own href', () => {
    const html = manyLinksPage();
    const hrefs = html.match(/<a href="[^"]+">/g) ?? [];
    expect(hrefs).toHaveLength(10_000);
    expect(new Set(hrefs).size).toBe(10_000);
  });
  it('the benchmark runs all five, with stable ids', () => {
    expect(pathologicalPages().map((p: { id: string }) => p.id)).toEqual(['huge-20MB', 'elements-100k', 'nesting-5000', 'paragraph-5MB', 'links-10k']);
  });
});

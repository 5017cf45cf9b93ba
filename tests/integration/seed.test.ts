// @vitest-environment happy-dom
/**
 * The seed page through the whole engine, as the extension runs it: extractArticle on the page,
 * then summarize. The first fixture every part must handle well.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/engine/article/extractArticle';
import { summarize } from '../../utils/engine/summary/summarize';
import { keyPointsFor } from '../../utils/engine/summary/keyPointsFor';
import { citingSentences } from '../../utils/engine/sources/citedAt';
import { categoryProfile } from '../../utils/engine/sources/category';
import seedHtml from '../fixtures/seed/seed-article.html?raw';

const URL_ = 'https://find-go.example/articles/nichibei-domei-2025';
const doc = new DOMParser().parseFromString(seedHtml, 'text/html');
const article = extractArticle(doc, URL_);

/** The h2 section a block belongs to (blocks before the first h2 are the lead). */
function sectionOf(blockIndex: number): string {
  for (let i = blockIndex; i >= 0; i--) {
    const b = article.blocks[i];
    if (b.kind === 'heading' && b.level === 2) return b.text;
  }
  return '(lead)';
}

describe('the seed page, end to end in the engine', () => {
  const points = summarize(article, { points: 3 });
  const sift = points.filter((p) => p.origin === 'sift');

  it("puts the author's 3 points first", () => {
    expect(points.slice(0, 3).map((p) => p.origin)).toEqual(['author', 'author', 'author']);
    expect(sift).toHaveLength(3);
  });

  it("takes Sift's 3 points from different sections", () => {
    expect(new Set(sift.map((p) => sectionOf(p.blockIndex))).size).toBe(3);
  });

  it('never picks a reader comment, a caption or a question', () => {
    const comments = Array.from(doc.querySelectorAll('.comment')).map((c) => (c.textContent ?? '').trim());
    for (const p of sift) {
      expect(article.blocks[p.blockIndex].kind).not.toBe('caption');
      expect(p.text).not.toMatch(/[?？]\s*$/);
      for (const c of comments) expect(c).not.toContain(p.text);
    }
  });

  it('gives exactly its two cited sources: the card Readability drops (labelled) and the bare URL in the text', () => {
    const cited = article.sources.filter((s) => s.kind === 'cited');
    expect(cited.map((s) => s.domain).sort()).toEqual(['mainichi.jp', 'newsdig.tbs.co.jp']);
    const mainichi = cited.find((s) => s.domain === 'mainichi.jp')!;
    expect(mainichi.bare).toBe(true);
    expect(mainichi.citedAt).toHaveLength(1);
    const at = mainichi.citedAt[0];
    expect(article.blocks[at.blockIndex].text.slice(at.start, at.end)).toBe(mainichi.url);
  });

  it('points to the exact place of each sentence', () => {
    for (const p of sift) expect(article.blocks[p.blockIndex].text.slice(p.start, p.end)).toBe(p.text);
  });

  it("links the author's points to the source cards that say the same: the phone talks to TBS, the 2+2 talks to Mainichi", () => {
    const linked = keyPointsFor(article, { points: 3 }).filter((p) => p.origin === 'author');
    expect(linked.map((p) => p.sources)).toEqual([
      ['https://newsdig.tbs.co.jp/articles/withbloomberg/1700885?display=1'],
      ['https://mainichi.jp/articles/20210316/k00/00m/010/230000c'],
      undefined,
    ]);
  });

  it("shows each source card by its first line, not by its label line ('さらに読む ⇒出典/画像元: https://…')", () => {
    const tbs = article.sources.find((s) => s.domain === 'newsdig.tbs.co.jp')!;
    expect(tbs.context).toBe('✅ 中谷防衛大臣は、アメリカのヘグセス国防長官と電話会談を行い、日米同盟の抑止力と対処力の強化で一致しました。');
    const i = article.sources.findIndex((s) => s.domain === 'mainichi.jp');
    const [place] = citingSentences(article)[i];
    expect(place.text).toBe('尖閣諸島「日米安保条の下」日米プラス、共同文書全文');
    expect(article.blocks[place.textBlockIndex].text).toBe(place.text);
    // The place of the citation itself is still the URL in the label line.
    expect(article.blocks[place.blockIndex].text.slice(place.start, place.end)).toBe(article.sources[i].url);
  });

  it('files both sources as news outlets', () => {
    expect(categoryProfile(article.sources.filter((s) => s.kind === 'cited'))).toEqual([['news', 2]]);
  });
});

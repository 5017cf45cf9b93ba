// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findAuthorKeyPoints } from '../keyPoints';
import { scanText } from '../scanText';

function points(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<html><body><article>${html}</article></body></html>`, 'text/html');
  const region = doc.querySelector('article')!;
  return findAuthorKeyPoints(scanText(region)).points.map((p) => p.text);
}

describe('findAuthorKeyPoints', () => {
  it('reads a list headed "Key takeaways"', () => {
    expect(points('<h2>Key takeaways</h2><ul><li>First point.</li><li>Second point.</li></ul><h2>Story</h2><p>Prose.</p>')).toEqual([
      'First point.',
      'Second point.',
    ]);
  });
  it('reads a 要点 box with ・ lines split by <br>', () => {
    expect(
      points('<div class="box"><p><strong>【要点】</strong></p><p>・円安が進んだ<br>・株価は上昇した<br>・日銀は据え置き</p></div><p>本文です。</p>'),
    ).toEqual(['円安が進んだ', '株価は上昇した', '日銀は据え置き']);
  });
  it('takes a run of emoji-bulleted lines when there is no labelled box', () => {
    expect(points('<p>Intro.</p><p>📌 One thing.</p><p>📌 Another thing.</p><p>Body text follows.</p>')).toEqual(['One thing.', 'Another thing.']);
  });
  it("does not take a まとめ section of prose, nor a source card's ✅ lines", () => {
    expect(points('<h2>まとめ</h2><p>今回は長い文章でまとめました。</p><p>次回もお楽しみに。</p>')).toEqual([]);
    expect(points('<div class="card"><p>✅ 要約一</p><p>✅ 要約二</p><p>出典: https://example.jp/a</p></div>')).toEqual([]);
  });
  it('does not take a "Highlights" section whose list has lists inside (readability-pages firefox-nightly-blog)', () => {
    const section =
      '<h3>Highlights</h3><ul><li>Here’s our <a href="https://blog.example.org/review">Firefox Year in Review</a>!</li>' +
      '<li>We’ve just landed Bug 1553982, which aims to prevent starting an update while another instance is running.<ul><li>Users who run multiple profiles will see this less!</li></ul></li>' +
      '<li>Firefox now supports printing non-contiguous page ranges.</li></ul><h3>Friends of the Firefox team</h3><p>Prose.</p>';
    expect(points(section)).toEqual([]);
    // A flat list under the same label is the author's box.
    expect(points('<h3>Highlights</h3><ul><li>Prices rose.</li><li>Rates held.</li></ul><h3>Story</h3><p>Prose.</p>')).toEqual(['Prices rose.', 'Rates held.']);
  });
});

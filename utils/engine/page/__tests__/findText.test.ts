// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLink, findTextRange } from '../findText';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findTextRange', () => {
  it('finds a sentence across elements and whitespace', () => {
    const doc = page('<p>First.  The <b>bank</b>\n raised rates. Then more.</p>');
    const range = findTextRange(doc.body, 'The bank raised rates.');
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('The bank raised rates.');
  });

  it('ignores scripts and styles', () => {
    const doc = page('<script>var s = "Hidden text";</script><p>Visible text</p>');
    expect(findTextRange(doc.body, 'Hidden text')).toBeNull();
    expect(findTextRange(doc.body, 'Visible text')?.toString()).toBe('Visible text');
  });

  it('returns null for text that is not there or empty', () => {
    const doc = page('<p>Something</p>');
    expect(findTextRange(doc.body, 'Nothing')).toBeNull();
    expect(findTextRange(doc.body, '   ')).toBeNull();
  });

  it('finds Japanese text', () => {
    const doc = page('<p>日米同盟の<strong>抑止力</strong>を強化。</p>');
    expect(findTextRange(doc.body, '日米同盟の抑止力を強化。')?.toString()).toBe('日米同盟の抑止力を強化。');
  });

  it('does not change the page', () => {
    const doc = page('<p>One <i>two</i> three.</p>');
    const before = doc.body.innerHTML;
    findTextRange(doc.body, 'two three');
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('findLink', () => {
  it('finds a link by its resolved address, ignoring the fragment', () => {
    const doc = page('<a href="https://a.example/x">A</a><a href="https://b.example/y#part">B</a>');
    expect(findLink(doc.body, 'https://b.example/y')?.textContent).toBe('B');
    expect(findLink(doc.body, 'https://c.example/')).toBeNull();
  });
});

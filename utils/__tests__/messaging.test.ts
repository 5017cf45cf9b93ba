import { describe, expect, it } from 'vitest';
import { isPageMessage } from '../messaging';

describe('isPageMessage', () => {
  it('accepts the messages the content script understands', () => {
    expect(isPageMessage({ type: 'sift:highlight', target: { text: 'A sentence.' } })).toBe(true);
    expect(isPageMessage({ type: 'sift:highlight', target: { text: 'Link', url: 'https://a.example/' } })).toBe(true);
    expect(isPageMessage({ type: 'sift:clear-highlight' })).toBe(true);
  });

  it.each([
    null,
    'sift:highlight',
    {},
    { type: 'other' },
    { type: 'sift:highlight' },
    { type: 'sift:highlight', target: { text: 5 } },
    { type: 'sift:highlight', target: { text: 'x', url: 7 } },
    { type: 'sift:highlight', target: { text: 'x'.repeat(5000) } },
  ])('ignores %j', (message) => {
    expect(isPageMessage(message)).toBe(false);
  });
});

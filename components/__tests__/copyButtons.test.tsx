// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '@/utils/engine/article/fromText';
import { ArticleView } from '../ArticleView';

const article = articleFromText('The council approved the harbour budget on Monday. “We will build it,” said the mayor, Ana Ruiz.', {
  lang: 'en',
  title: 'Harbour budget',
  url: 'https://news.example/harbour',
});

function copyButtons(props: Partial<Parameters<typeof ArticleView>[0]>): HTMLButtonElement[] {
  const root = document.createElement('div');
  act(() => render(<ArticleView article={article} keyPoints={[]} points={3} onPointsChange={() => {}} onShow={async () => true} {...props} />, root));
  return [...root.querySelectorAll<HTMLButtonElement>('[data-testid^="copy-"]')];
}

describe('Copy as Markdown / as text wait for the quotations', () => {
  it('are disabled while the quotations are read, so that a copy never leaves them out silently', () => {
    const buttons = copyButtons({});
    expect(buttons).toHaveLength(2);
    for (const b of buttons) expect(b.disabled).toBe(true);
  });

  it('are enabled once the quotations are in, or once reading them failed (the Quotes view says so)', () => {
    for (const b of copyButtons({ attribution: { citing: [], quotes: [] } })) expect(b.disabled).toBe(false);
    for (const b of copyButtons({ attributionError: 'the page did not answer' })) expect(b.disabled).toBe(false);
  });
});

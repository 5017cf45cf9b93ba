import { describe, expect, it } from 'vitest';
import { withTextFragment } from '../pageReader';

describe('withTextFragment: a link that makes the browser scroll to a sentence and mark it', () => {
  it('a short sentence whole, its syntax characters escaped, any earlier fragment replaced', () => {
    expect(withTextFragment('https://news.example/a/3#top', 'Prices rose 3-4%, then fell & held.')).toBe(
      'https://news.example/a/3#:~:text=Prices%20rose%203%2D4%25%2C%20then%20fell%20%26%20held.',
    );
  });
  it('a long sentence by its first and last words, cut at word boundaries', () => {
    const text = 'The mayor called the vote a turning point and said the garage conversion would show other cities how to reuse buildings they no longer need.';
    const url = withTextFragment('https://news.example/a/3', text, 'en');
    const [start, end] = decodeURIComponent(url.split('#:~:text=')[1]).split(',');
    expect(text.startsWith(start)).toBe(true);
    expect(text.endsWith(end)).toBe(true);
    expect(start).toMatch(/\w$/);
    expect(end).toMatch(/^\w/);
  });
  it('Japanese, by words of the segmenter', () => {
    const text =
      '町長は「観光列車の収益で地方鉄道の再生を支え、毎日の列車を守る」と述べ、この仕組みを他の町にも広げたい考えを示した。専門家は、三つの町の試みが地方鉄道の再生の手本になりうると評価している。';
    const [start, end] = decodeURIComponent(withTextFragment('https://news.example.jp/a_3.html', text, 'ja').split('#:~:text=')[1]).split(',');
    expect(text.startsWith(start) && text.endsWith(end)).toBe(true);
    expect(start.length).toBeGreaterThanOrEqual(24);
  });
  it('a language tag the segmenter does not know is no reason to fail (the page said it, not Sift)', () => {
    const text = 'Council members said the garage conversion is a test of whether the city can add housing without tearing down neighborhoods.';
    expect(withTextFragment('https://news.example/a/3', text, 'not a tag!')).toMatch(/#:~:text=Council%20members.*,.*neighborhoods\.$/);
  });
});

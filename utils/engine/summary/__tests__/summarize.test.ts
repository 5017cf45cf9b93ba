import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../article/fromText';
import type { Article, Block, BlockKind, KeyPoint } from '../../model';
import { summarize, TUNABLES } from '../summarize';
import { SEED_COMMENT_BLOCKS, seedArticle } from './seedArticle';

const fixtures = join(__dirname, '../../../../tests/fixtures/summaries');
const load = (f: string) =>
  readFileSync(join(fixtures, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

function article(blocks: [BlockKind, string, number?][], extra: Partial<Article> = {}): Article {
  const bs: Block[] = blocks.map(([kind, text, level], index) => (level ? { index, kind, text, level } : { index, kind, text }));
  return {
    url: 'https://example.com/a',
    title: '',
    lang: 'en',
    dir: 'ltr',
    readingTimeMinutes: 1,
    blocks: bs,
    articleBody: bs.map((b) => b.text).join('\n'),
    outline: [],
    authorKeyPoints: [],
    sources: [],
    extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 0, total: 0 } },
    ...extra,
  };
}

/** The invariants every summary must keep, whatever the article. */
function checkInvariants(a: Article, points: KeyPoint[], k: number): void {
  const authors = points.filter((p) => p.origin === 'author');
  const sift = points.filter((p) => p.origin === 'sift');
  expect(points.slice(0, authors.length).every((p) => p.origin === 'author')).toBe(true);
  expect(authors).toHaveLength(a.authorKeyPoints.length);
  for (const p of authors) expect(p.blockIndex).toBe(-1);
  expect(sift.length).toBeLessThanOrEqual(k);
  const seen = new Set<string>();
  let last = [-1, -1];
  for (const p of sift) {
    const block = a.blocks[p.blockIndex];
    expect(block.text.slice(p.start, p.end)).toBe(p.text);
    expect(['heading', 'caption', 'preformatted']).not.toContain(block.kind);
    expect(p.text).not.toMatch(/[?？]$/);
    expect(p.score).toBeGreaterThan(0);
    expect(p.score).toBeLessThanOrEqual(1);
    expect(seen.has(p.text)).toBe(false);
    seen.add(p.text);
    const here = [p.blockIndex, p.start];
    expect(here[0] > last[0] || (here[0] === last[0] && here[1] > last[1])).toBe(true);
    last = here;
  }
}

describe('summarize: the seed page', () => {
  const a = seedArticle();
  it('puts the author points first, then 3 points from 3 different sections', () => {
    const points = summarize(a, { points: 3 });
    checkInvariants(a, points, 3);
    expect(points.slice(0, 3).map((p) => p.text)).toEqual(a.authorKeyPoints.map((p) => p.text));
    const sift = points.filter((p) => p.origin === 'sift');
    expect(sift).toHaveLength(3);
    // Sections by h2: before the first h2, then one per h2.
    const h2 = a.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => b.index);
    const sectionOf = (i: number) => h2.filter((h) => h < i).length;
    expect(new Set(sift.map((p) => sectionOf(p.blockIndex))).size).toBe(3);
  });
  it('never picks a reader comment, a caption, a question, a link line or an author point again', () => {
    for (const k of [3, 5, 7]) {
      const sift = summarize(a, { points: k }).filter((p) => p.origin === 'sift');
      expect(sift).toHaveLength(k);
      for (const p of sift) {
        expect(SEED_COMMENT_BLOCKS).not.toContain(p.blockIndex);
        expect(a.blocks[p.blockIndex].kind).not.toBe('caption');
        expect(p.text).not.toMatch(/[?？]$|https?:|さらに読む|次のページ/);
        expect(p.text.startsWith('💡')).toBe(false);
        for (const author of a.authorKeyPoints) expect(p.text).not.toContain(author.text);
      }
    }
  });
  it('keeps bullets and emoji out of the highlighted span', () => {
    for (const p of summarize(a, { points: 7 })) expect(p.text).not.toMatch(/^[✅💡•\s]/u);
  });
});

describe('summarize: candidates', () => {
  const filler = (i: number) => `The council approved the new budget plan for the harbour district in its session number ${i}.`;
  it('skips captions, bylines, credits, read-more lines, questions and a comment section', () => {
    const a = article([
      ['paragraph', 'By Jane Doe, Reuters'],
      ['caption', 'The harbour district budget plan was approved by the council on Monday evening after a long debate.'],
      ['paragraph', 'The harbour district budget plan was approved by the council on Monday after a long debate.'],
      ['paragraph', 'Photo: Getty Images'],
      ['paragraph', 'What does the harbour budget plan mean for the district and its residents?'],
      ['paragraph', filler(1)],
      ['paragraph', 'Read more: harbour district budget plan approved by council in full session'],
      ['heading', 'Comments', 2],
      ['paragraph', 'The harbour district budget plan approved by the council is a disgrace and a waste of money.'],
      ['paragraph', 'I think the harbour district budget plan will be approved again by the council next year.'],
    ]);
    const points = summarize(a, { points: 5 });
    checkInvariants(a, points, 5);
    expect(points.map((p) => p.blockIndex)).toEqual([2, 5]);
  });
  it('skips the sentences of an appendix until a heading of its level closes it (FAQ, "Explore more …")', () => {
    // The shapes of two real pages (wcxb-dev tj-1657, tj-0245): an FAQ after the story, then a list of other offers.
    const a = article([
      ['paragraph', 'Travel insurance for seniors covers medical emergencies, trip delays and cancellations abroad.'],
      ['paragraph', filler(1)],
      ['heading', 'Frequently Asked Questions About Senior Travel Insurance', 2],
      ['heading', 'What is the best travel insurance for seniors?', 3],
      ['paragraph', 'Allianz is our top pick for senior travel insurance because their plans are affordable.'],
      ['heading', 'Explore More Profitable Franchise Opportunities', 2],
      ['paragraph', 'If you are considering expanding your business horizons, read on to learn about the most profitable franchises.'],
      ['heading', 'How to file a claim', 2],
      ['paragraph', 'Claims for lost baggage must be filed with the airline within seven days of the flight.'],
    ]);
    const points = summarize(a, { points: 5 });
    checkInvariants(a, points, 5);
    expect(points.map((p) => p.blockIndex)).toEqual([0, 1, 8]);
  });
  it('skips cards of other posts (a headline, its teaser, its date) and the short sections that go on with their list (wcxb-dev tj-0155)', () => {
    const a = article([
      ['paragraph', 'The importance of building links is still a common debate among search engine optimisers.'],
      ['heading', 'Backlinko’s best free and paid SEO tools', 2],
      ['paragraph', 'If you are going to take SEO seriously you cannot avoid using the tools available to you.'],
      ['paragraph', 'Joe is the co-founder and CEO of AgencyAnalytics, a marketing reporting platform.'],
      ['heading', 'The 8 most important SEO KPIs you need to track in 2026', 2],
      ['paragraph', 'Learn the essential SEO KPIs to track in 2025, with definitions, dashboards and use case examples.'],
      ['paragraph', 'Nov 6, 2025'],
      ['heading', 'The Ultimate Google Ads Optimization Checklist', 2],
      ['paragraph', 'The Google Ads Optimization Guide and Checklist includes everything your agency needs this year.'],
      ['paragraph', 'Oct 2, 2025'],
      ['heading', 'Boost Your Client’s Website Performance With On-Page SEO Strategies', 2],
      ['paragraph', 'Craft the perfect on-page optimization strategy to boost your clients’ search rankings.'],
    ]);
    const points = summarize(a, { points: 7 });
    checkInvariants(a, points, 7);
    expect(points.map((p) => p.blockIndex)).toEqual([0, 2, 3]);
  });
  it('keeps a short section that ends with a date when no card came before it and its date is not last', () => {
    // A section that tells of an event and then its date is a card only when the date stands last.
    const a = article([
      ['paragraph', 'The council approved the harbour district budget plan after a long debate on Monday.'],
      ['heading', 'What happens next', 2],
      ['paragraph', 'March 3, 2026'],
      ['paragraph', 'Work on the new harbour wall starts in the spring and should take two full years.'],
    ]);
    const points = summarize(a, { points: 5 });
    checkInvariants(a, points, 5);
    expect(points.map((p) => p.blockIndex)).toEqual([0, 3]);
  });
  it("skips a reference list, under its heading or numbered without one, and pointers to the site or to the reader's hands (wcxb-dev tj-0251, tj-2218, tj-1657)", () => {
    const a = article([
      ['paragraph', 'Periodontal disease is the most common cause of tooth loss among adults in the country.'],
      ['paragraph', 'Between 2015 and 2018, many children in the United States had untreated cavities in their teeth.'],
      ['paragraph', 'Read our Mighty Networks Review for more details about the pricing of each plan.'],
      ['paragraph', 'Please scroll to the right for more info about every plan in the comparison table.'],
      ['paragraph', '1. National Institute of Dental and Craniofacial Research (n.d.). Periodontal (Gum) Disease. Retrieved from the institute.'],
      ['heading', 'References', 2],
      ['paragraph', 'American Cancer Society. Key Statistics for Oral Cavity and Oropharyngeal Cancers, updated every year.'],
    ]);
    const points = summarize(a, { points: 7 });
    checkInvariants(a, points, 7);
    expect(points.map((p) => p.blockIndex)).toEqual([0, 1]);
  });
  it('keeps a label before the sentence out of its span', () => {
    const a = article([
      ['paragraph', 'TL;DR: Bring home a MacBook Pro for just $429.99 (reg. $1,799) while supplies last.'],
      ['paragraph', 'Bottom line: The moving process in San Francisco can make for an adventure, sometimes welcomed.'],
      ['paragraph', 'Prices fell ▼ 5% in the harbour district as the council approved the new budget plan.'],
    ]);
    const points = summarize(a, { points: 3 });
    checkInvariants(a, points, 3);
    expect(points.map((p) => p.text)).toEqual([
      'Bring home a MacBook Pro for just $429.99 (reg. $1,799) while supplies last.',
      'The moving process in San Francisco can make for an adventure, sometimes welcomed.',
      'Prices fell ▼ 5% in the harbour district as the council approved the new budget plan.',
    ]);
  });
  it('gives the requested number of points when the article has enough sentences', () => {
    const a = article(
      Array.from(
        { length: 12 },
        (_, i) => ['paragraph', `Sentence ${i} tells about topic ${i} in the city of number ${i * 7} and more words here.`] as [BlockKind, string],
      ),
    );
    for (const k of [3, 5, 7]) {
      const points = summarize(a, { points: k });
      checkInvariants(a, points, k);
      expect(points).toHaveLength(k);
    }
    expect(summarize(a)).toHaveLength(TUNABLES.DEFAULT_POINTS);
    expect(summarize(a, { points: 0 })).toEqual([]);
  });
  it('skips sentences that repeat an author point', () => {
    const a = article(
      [
        ['paragraph', 'The minister and the general agreed to strengthen the alliance deterrence in a phone call.'],
        ['paragraph', 'Trade talks between the two countries will resume in the spring in the capital.'],
        ['paragraph', 'Officials said the fishing dispute would be settled by a joint commission this year.'],
      ],
      { authorKeyPoints: [{ text: 'The minister and the general agreed to strengthen the alliance deterrence in a phone call.' }] },
    );
    const points = summarize(a, { points: 3 });
    checkInvariants(a, points, 3);
    expect(points[0].origin).toBe('author');
    expect(points.filter((p) => p.origin === 'sift').map((p) => p.blockIndex)).toEqual([1, 2]);
  });
  it('does not pick two sentences that say the same thing', () => {
    const s = 'The city council approved the harbour budget plan on Monday after a long debate.';
    const a = article([
      ['paragraph', s],
      ['paragraph', s],
      ['paragraph', filler(2)],
      ['paragraph', 'Residents of the old town protested against the new parking fees at the market square.'],
    ]);
    const texts = summarize(a, { points: 3 }).map((p) => p.text);
    expect(texts.filter((t) => t === s)).toHaveLength(1);
  });
  it('returns only author points for an article without text', () => {
    const a = article([], { authorKeyPoints: [{ text: 'One.' }] });
    expect(summarize(a)).toEqual([{ text: 'One.', origin: 'author', score: 1, blockIndex: -1, sentenceIndex: 0, start: 0, end: 4 }]);
  });
});

describe('summarize: key points end like sentences', () => {
  it('prefers sentences to headlines, link titles and stamps that end in a noun or a date (aeb-dev f6ac15a4…, ja-news-dev phpspot.org)', () => {
    const a = article([
      ['paragraph', 'Atendimento Domiciliar registra arrombamento em veículos'],
      ['paragraph', 'スクロールで要素が迫ってくるようなエフェクトを作る「PushIn.js」'],
      ['paragraph', 'The home care service said two of its vehicles were broken into overnight.'],
      ['paragraph', 'Police said they had opened an inquiry and were looking at camera footage from the street.'],
      ['paragraph', 'No equipment was taken, the service said, and visits went ahead as planned.'],
    ]);
    const texts = summarize(a, { points: 5 }).map((p) => p.text);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.includes('Atendimento') || t.includes('PushIn'))).toBe(false);
  });

  it('takes a Japanese predicate without its full stop as a sentence (BBC News Japan style)', () => {
    const a = article(
      [
        ['paragraph', 'イスラエルは1967年以降、ヨルダン川西岸に100カ所以上のユダヤ人入植地を建設してきた'],
        ['paragraph', '世界の「豪邸」拝見 『家庭画報』2019年6月号'],
        ['paragraph', '国際社会の大半は入植地を国際法違反とみなしている。'],
      ],
      { lang: 'ja' },
    );
    const texts = summarize(a, { points: 3 }).map((p) => p.text);
    expect(texts).toContain('イスラエルは1967年以降、ヨルダン川西岸に100カ所以上のユダヤ人入植地を建設してきた');
    expect(texts.some((t) => t.includes('家庭画報'))).toBe(false);
  });

  it('still summarizes a text where no line ends like a sentence', () => {
    const a = article([
      ['list-item', 'Preheat the oven to 200 degrees and line a tray with paper'],
      ['list-item', 'Slice the potatoes thinly and toss them with oil and salt'],
      ['list-item', 'Bake for forty minutes until the edges are golden and crisp'],
    ]);
    expect(summarize(a, { points: 3 }).length).toBeGreaterThan(0);
  });
});

describe('summarize: corpus samples', () => {
  it('summarizes CNN/DailyMail text into sentences of the text', () => {
    for (const item of load('en-cnndm-sample.jsonl')) {
      const a = articleFromText(item.text.replace(/<\/?t>/g, ' '), { lang: 'en' });
      const points = summarize(a, { points: 3 });
      checkInvariants(a, points, 3);
      expect(points).toHaveLength(3);
      expect(points[0].text.startsWith(a.blocks[0].text.slice(0, 20).trim())).toBe(true); // the lead is kept
    }
  });
  it('summarizes XL-Sum Japanese into whole sentences, never a subheading', () => {
    for (const item of load('ja-xlsum-sample.jsonl')) {
      const a = articleFromText(item.text, { lang: 'ja', title: item.title });
      const points = summarize(a, { points: 3 });
      checkInvariants(a, points, 3);
      expect(points).toHaveLength(3);
      for (const p of points) {
        // A sentence ends with 。 or a closing quote, or is a whole line (plain text cannot tell a photo caption from a paragraph).
        const block = a.blocks[p.blockIndex];
        expect(/[。」]$/.test(p.text) || (p.start === 0 && p.end === block.text.length)).toBe(true);
        expect(block.kind).toBe('paragraph');
      }
    }
  });
});

describe('summarize: robustness', () => {
  const kinds: BlockKind[] = ['heading', 'paragraph', 'list-item', 'quote', 'caption', 'preformatted'];
  const pieces = [
    'The mayor said the plan works.',
    '市長は計画を発表した。',
    'Why?',
    '「引用。文」と述べた。',
    'Mr. Smith left the U.S. on Monday.',
    '',
    '   ',
    '✅ Point here with words.',
    'word '.repeat(30),
  ];
  it('keeps its invariants on arbitrary blocks and languages', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...kinds),
            fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((a) => a.join(' ').trim()),
          ),
          { maxLength: 15 },
        ),
        fc.constantFrom('en', 'ja', 'zh', 'ko', 'fr', 'de', 'es', 'xx', ''),
        fc.constantFrom(3, 5, 7),
        (blocks, lang, k) => {
          const a = article(
            blocks.map(([kind, text]) => [kind, text, kind === 'heading' ? 2 : undefined] as [BlockKind, string, number?]),
            { lang },
          );
          checkInvariants(a, summarize(a, { points: k }), k);
        },
      ),
      { numRuns: 200 },
    );
  });
});

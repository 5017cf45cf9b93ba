// @vitest-environment happy-dom
/**
 * Page furniture that Readability keeps inside an article, one class at a time, each on a minimal
 * page made from the real one where it was seen (corpus and page named in each test; the prose
 * around it is the same few paragraphs of an AP story). What is checked is what a reader gets:
 * the body, and the key points picked from it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extractArticle';
import { collectBlocks } from '../blocks';
import { summarize } from '../../summary/summarize';
import type { Article } from '../../model';

const URL_ = 'https://news.example.com/2019/11/story.html';
/** Prose from aeb-dev 3f65af7b… (an AP story), enough for Readability to take the article. */
const PROSE = [
  'South Dakota is spending $449,000 on an anti-methamphetamine campaign, state officials said on Monday.',
  'The campaign drew ridicule on social media for its slogan, which critics said sounded like an admission.',
  'Governor Kristi Noem said the attention was the point, and that the ads had already reached millions of people.',
  'State health officials said meth use among adults in the state had doubled since 2014, far above the national rate.',
  'The contract went to a Minneapolis agency that has run public health campaigns for several other states.',
];

function article(inside: string, { before = '', after = '', title = 'Meth campaign draws ridicule' } = {}): Article {
  const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${before}${PROSE.map((p) => `<p>${p}</p>`).join('')}${after}${inside}</article></body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(doc, URL_);
}

const bodyOf = (a: Article) => a.blocks.map((b) => b.text);
const pointsOf = (a: Article) =>
  summarize(a, { points: 7 })
    .filter((p) => p.origin === 'sift')
    .map((p) => p.text);

function expectGone(a: Article, text: string) {
  expect(bodyOf(a).some((t) => t.includes(text))).toBe(false);
  expect(pointsOf(a).some((t) => t.includes(text))).toBe(false);
}
function expectKept(a: Article, text: string) {
  expect(bodyOf(a).some((t) => t.includes(text))).toBe(true);
}

describe('furniture leaves the body and the key points', () => {
  it('datelines and "updated" stamps (aeb-dev aec5deea…, db6b0816…: sfgate/chron AP stories)', () => {
    const a = article('', { before: '<p>Updated 3:27 am PST, Wednesday, November 20, 2019</p><p>Nov. 19, 2019 8:03 am ET</p>' });
    expectGone(a, 'Updated 3:27 am');
    expectGone(a, 'Nov. 19, 2019');
    expectKept(a, PROSE[0]);
  });

  it('bylines with a title, in a byline box or as a plain line (aeb-dev aec5deea…, wcxb-dev tj-0120)', () => {
    const a = article('', {
      before: '<p class="byline ap-byline">Steve Peoples, Ap National Political Writer</p><p>Manoj Jain and Jagpreet Chhatwal | Guest Columnists</p>',
    });
    expectGone(a, 'Steve Peoples');
    expectGone(a, 'Guest Columnists');
  });

  it('an author bio in its box at the end (aeb-dev cc4aa22b…: 9to5Mac)', () => {
    const a = article(
      '<div class="author-bio-container"><div class="author-bio"><img src="https://news.example.com/zac.jpg" alt="">' +
        '<div class="author-bio-details"><h4>Zac Hall</h4><a href="https://twitter.com/apollozac">@apollozac</a>' +
        '<div class="author-excerpt"><p>Zac covers Apple news for 9to5Mac and hosts the weekly 9to5Mac Happy Hour podcast.</p></div></div></div></div>',
    );
    expectGone(a, 'Zac covers Apple news');
    expect(a.sources.some((s) => s.url.includes('apollozac') && s.kind === 'cited')).toBe(false);
  });

  it('reading-time lines (wcxb-dev tj-0262; a Portuguese news page)', () => {
    const a = article('', { before: '<p>Reading Time: 11 minutes</p><p>Tempo de leitura: 1 minuto</p><p>5 min read</p>' });
    expectGone(a, 'Reading Time');
    expectGone(a, 'Tempo de leitura');
    expectGone(a, 'min read');
  });

  it('newsletter, membership and affiliate lines (wcxb-dev tj-0478, tj-0500; ja-news-dev japan.cnet.com)', () => {
    const a = article(
      '<h2>On supporting science journalism</h2>' +
        "<p>If you're enjoying this article, consider supporting our award-winning journalism by subscribing. By purchasing a subscription you are helping to ensure the future of impactful stories about the discoveries and ideas shaping our world today.</p>" +
        '<p>Editorial Note: Talk Android may contain affiliate links on some articles.</p>' +
        '<p>CNET Japanの記事を毎朝メールでまとめ読み（無料）</p>',
    );
    expectGone(a, 'award-winning journalism');
    expectGone(a, 'On supporting science journalism');
    expectGone(a, 'affiliate links');
    expectGone(a, '毎朝メール');
  });

  it('breadcrumbs, with separators or run together (ja-news-dev www.jnsa.org; a "HomeLatest News" trail)', () => {
    const a = article('', { before: '<p>HOME ＞ イベント・セミナー情報 ＞ Network Security Forum ＞ NSF 2019 in Kansai</p><p>HomeLatest NewsPolitics</p>' });
    expectGone(a, 'イベント・セミナー情報');
    expectGone(a, 'HomeLatest');
  });

  it('previous/next-article lines (ja-news-dev phpspot.org)', () => {
    const a = article(
      '<p>前の記事 ≪：CSS3とjQueryで作ったテキストアニメーション「sahansira/Text-Slider」 次の記事 ≫：faviconをローディングアニメーションさせる「favloader」</p>',
    );
    expectGone(a, 'sahansira');
  });

  it('a photo credit glued to a sentence is left out of the key point (a Getty credit run into the last sentence)', () => {
    const a = article('', { before: "<p>The company said getting there quickly isn't easy.Kathrin Ziegler/Getty</p>" });
    const point = pointsOf(a).find((p) => p.includes("isn't easy"));
    expect(point).toBe("The company said getting there quickly isn't easy.");
  });

  it('a stamp glued to the first sentence is left out of the key point (wcxb-dev tj-0023)', () => {
    const a = article('', {
      before: '<p><span>Updated: December 9, 2024</span>If you are serving food at your reception, choosing a caterer is an important part of the plan.</p>',
    });
    expect(pointsOf(a)).toContain('If you are serving food at your reception, choosing a caterer is an important part of the plan.');
  });

  it('sections that are not the article: rankings, related stories, comments (ja-news-dev www.kateigaho.com)', () => {
    const a = article(
      '<h2>Pick up注目記事</h2><p>別の記事の紹介文です。新しいお店が開店しました。</p>' +
        '<h2>Ranking今週の人気記事 ベスト5</h2><p>人気の記事の紹介文です。</p>' +
        '<h2>家庭画報 最新号</h2><p>一部地域は輸送の関係で発売が遅れる可能性があります。</p>',
    );
    expectGone(a, '別の記事の紹介文');
    expectGone(a, '人気の記事');
    expectGone(a, '輸送の関係');
    expectKept(a, PROSE[4]);
  });

  it('a heading that only starts like a label is the article (trafilatura-dev fifplay.com.settings: "Sideline Commentator")', () => {
    const a = article('<h3>Sideline Commentator</h3><p>The sideline commentator adds reports from the touchline during the match.</p>');
    expectKept(a, 'reports from the touchline');
  });

  it('boxes marked as furniture by their class inside the article (aeb-dev cc03ddb5…, wordpress related posts)', () => {
    const a = article(
      '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">' +
        '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="https://news.example.com/2016/so-survey">Survey results</a></h4>' +
        '<p class="jp-relatedposts-post-excerpt">Stack Overflow published the results of its 2016 Developer Survey.</p></div></div></div>' +
        '<div class="newsletter-signup"><h3>Morning Brief</h3><p>Get the best stories in your inbox every morning.</p><form><input type="email"></form></div>',
    );
    expectGone(a, 'Developer Survey');
    expectGone(a, 'inbox every morning');
  });

  it("the headline's standfirst, set apart by its class (wcxb-dev tj-0422: a post hero's excerpt under the <h1>)", () => {
    const a = article('', {
      before:
        '<p class="post-hero__excerpt">Using database systems to speed up data analysis in other applications is nothing new.</p>' +
        '<p class="article-dek">Meth use among adults has doubled since 2014.</p>',
    });
    expectGone(a, 'Using database systems');
    expectGone(a, 'Meth use among adults has doubled');
    expectKept(a, PROSE[0]);
  });
});

describe('what stays in the body', () => {
  it('a heading written as an anchor without href is text, not a link (ja-news-dev jvndb.jvn.jp)', () => {
    const a = article('<h3><a name="overview">概要</a></h3><p>NETWAVE MNG6200 デバイスには、証明書・パスワードの管理に関する脆弱性が存在します。</p>');
    expectKept(a, '概要');
  });

  it('a link written out as an address is a reference (ja-news-dev www.ossnews.jp, www.ipa.go.jp)', () => {
    const a = article(
      '<p><a href="https://code.visualstudio.com/">https://code.visualstudio.com/</a></p><p><a href="https://www.tensorflow.org/">https://www.tensorflow.org/</a></p>',
    );
    expectKept(a, 'https://code.visualstudio.com/');
    expectKept(a, 'https://www.tensorflow.org/');
  });

  it("a lone link line between paragraphs stays; a list of the site's own links goes (ja-news-dev www.ipa.go.jp, japan.cnet.com)", () => {
    // Between paragraphs, away from the ends of the body: the article's pointer to its own guide.
    const lone = article(
      `<p><strong>■<a href="https://news.example.com/security/measures/vacation.html">長期休暇における情報セキュリティ対策</a></strong></p>` +
        PROSE.map((p) => `<p>${p.replace('.', ' again.')}</p>`).join(''),
    );
    expectKept(lone, '長期休暇における情報セキュリティ対策');
    const list = article(
      '<p><a href="https://news.example.com/2019/04/02/iphone.html">2019年版「iPhone」は双方向ワイヤレス充電に対応か（4/2）</a></p><p><a href="https://news.example.com/2019/04/05/homepod.html">アップル、「HomePod」を値下げ（4/5）</a></p>',
    );
    expectGone(list, 'HomePod');
  });

  it("lines with list bullets are the article's list, not the author's key points (ja-news-dev www.elecom.co.jp)", () => {
    const a = article(
      '<p>●長さ1.5mのケーブルを採用しており、デスクトップパソコンなどでも余裕のある配線が可能</p><p>●フルキーボードは109キー（日本語配列）を採用</p>',
    );
    expect(a.authorKeyPoints).toEqual([]);
    expectKept(a, '長さ1.5mのケーブル');
  });

  it('a telephone number is not a date (ja-news-dev www.ipa.go.jp)', () => {
    const a = article('<p>Tel: 03-5978-7591　Fax: 03-5978-7518</p>');
    expectKept(a, 'Tel: 03-5978-7591');
  });

  it("a paragraph that repeats an image's alt text is its caption: kept as a block, out of the body text and the key points (aeb-dev 3c5bf8db…)", () => {
    const a = article('', {
      before:
        '<div class="box"><img src="https://news.example.com/cluster.png" alt="The centers of massive galaxy clusters are super hot (red), while bright structures show diffuse gas.">' +
        '<div class="caption-text">The centers of massive galaxy clusters are super hot (red), while bright structures show diffuse gas.</div></div>',
    });
    const caption = a.blocks.find((b) => b.text.includes('galaxy clusters'));
    expect(caption?.kind).toBe('caption');
    expect(a.articleBody).not.toContain('galaxy clusters');
    expect(pointsOf(a).some((t) => t.includes('galaxy clusters'))).toBe(false);
  });

  it("a caption set inline in a paragraph is not the paragraph's text, and the paragraph stays (readability-pages msn)", () => {
    const a = article(
      '<p><span class="storyimage"><img src="https://news.example.com/mario.jpg" alt=""><span class="caption truncate"><span class="attribution">© Provided by Business Insider Inc</span> <span>Nintendo/Apple</span></span></span> Nintendo and Apple shocked the world earlier this year by announcing "Super Mario Run," the company\'s first foray into mobile gaming.</p>',
    );
    const block = a.blocks.find((b) => b.text.includes('shocked the world'));
    expect(block?.text.startsWith('Nintendo and Apple shocked')).toBe(true);
    expect(a.articleBody).not.toContain('Provided by');
  });

  it('a caption span after a picture is a caption block, camelCase class names too (aeb-dev ba4dfe2d…: express.co.uk)', () => {
    const doc = new DOMParser().parseFromString(
      '<div class="photo"><p class="withoutCaption"><img src="https://news.example.com/plague.jpg" alt="yersina pestis"></p><span class="newsCaption">Yersina pestis causes the plague <span class="caption">(Image: GETTY)</span></span></div><p>The plague wiped out half of Europe.</p>',
      'text/html',
    );
    const { blocks } = collectBlocks(doc.body);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['caption', 'Yersina pestis causes the plague'],
      ['paragraph', 'The plague wiped out half of Europe.'],
    ]);
  });

  it("a hover card beside a name or a term is not the sentence's text, and its links are not cited (aeb-dev 156770d6…, wcxb-dev tj-0041)", () => {
    const a = article(
      '<p>South Dakota Gov. <a href="/people/kristi-noem">Kristi Noem</a><span class="rollover-people-block"><span class="rollover-block"><a class="name" href="/people/kristi-noem">Kristi Lynn Noem</a><a class="people-articles" href="/homenews/471033-south-dakota-governor">South Dakota governor doubles down on anti-drug campaign</a></span></span> (R) defended the campaign on Twitter, saying it was meant to start a conversation across the state.</p>' +
        '<p>Let’s talk about what the future of <span class="Term_component__tB36_"><dfn aria-labelledby="term-1">content marketing</dfn><span class="Term_tooltip__8VNIW" id="term-1"><strong>Content Marketing</strong><br>Content marketing is a marketing discipline.<a href="https://glossary.example.org/content-marketing">Read more</a></span></span> looks like for agencies that sell it.</p>' +
        '<p>Readers can hover over <span class="tooltip">jargon<span class="tooltiptext">Words only insiders use.</span></span> to see what it means, which the state never offered.</p>',
    );
    expectKept(a, 'South Dakota Gov. Kristi Noem (R) defended the campaign');
    expectKept(a, 'Let’s talk about what the future of content marketing looks like for agencies');
    expectKept(a, 'Readers can hover over jargon to see what it means');
    expectGone(a, 'Kristi Lynn Noem');
    expectGone(a, 'marketing discipline');
    expectGone(a, 'insiders use');
    expect(a.sources.filter((s) => s.kind === 'cited' && /glossary|471033/.test(s.url))).toEqual([]);
  });

  it('a jump link that opens a paragraph is not its first sentence (wcxb-dev tj-1837)', () => {
    const a = article(
      '<p><a href="#featured-1">JUMP TO THE LIST &#x2935;</a> The moving process in San Francisco can make for an adventure, sometimes welcomed and often challenging.</p>' +
        '<p>Movers quoted prices from <a href="#prices">the table below</a> and said most of them would hold until the end of the year.</p>',
    );
    expectKept(a, 'The moving process in San Francisco');
    expectGone(a, 'JUMP TO THE LIST');
    expectKept(a, 'Movers quoted prices from the table below');
    // Written out in full, as Readability writes in-page links (the KP of tj-1837 in Chromium began "JUMP TO THE LIST ⤵").
    const full = article(
      `<p><a href="${URL_}#featured-1">JUMP TO THE LIST &#x2935;</a> The moving process in San Francisco can make for an adventure, sometimes welcomed and often challenging.</p>` +
        '<p><a href="https://news.example.com/2019/11/other.html#list">Jump to the list ⤵</a> Another page\'s list is a link to follow, and it stays in the text.</p>',
    );
    expectGone(full, 'JUMP TO THE LIST');
    expectKept(full, 'The moving process in San Francisco');
    expectKept(full, 'Jump to the list');
  });

  it('a short copyright line leaves; a paragraph that opens with "Copyright" is prose (aeb-dev e1c7023e…; a story about copyright law)', () => {
    const a = article('<p>© 2019 Hawaii News Now. All rights reserved.</p>', {
      before:
        '<p>Copyright holders argued in court that the new rules would let the platforms keep hosting their work without paying for it, and the judges agreed on Monday that the question deserved a full hearing early next year, with evidence from both sides.</p>',
    });
    expectGone(a, 'Hawaii News Now');
    expectKept(a, 'Copyright holders argued in court');
  });
});

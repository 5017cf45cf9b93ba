/**
 * Stopwords: words that carry grammar, not topic. Removed before sentences are
 * compared, so that two sentences are "similar" because they share names and
 * content words, not because both say "the … of … was".
 *
 * English: the usual closed-class list (articles, pronouns, auxiliaries,
 * prepositions, conjunctions) plus news fillers ("said", "says").
 * Japanese: particles (助詞), auxiliaries (助動詞) and the formal nouns and light
 * verbs that Intl.Segmenter returns as separate words (こと, もの, する, いる…).
 * A few other languages get a short list so that they are not dominated by
 * their articles; everything else falls back to no stopwords (TF-IDF's IDF
 * then does most of the same work).
 */

const EN = `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most mustn't my
myself no nor not now of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up upon very was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's will with
won't would wouldn't you you'd you'll you're you've your yours yourself yourselves said says say according also
one two would could may might must shall us many much s t d ll re ve m n't 's`;

const JA = `の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため
その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる
において ば なかっ なく しかし について せ だっ その後 できる それ う ので なお のみ でき き つ における および いう
さらに でも ら たり その他 に関する たち ます ん なら に対して 特に せる 及び これら とき では にて ほか ながら うち
そして とともに ただし かつて それぞれ または お ほど ものの に対する ほとんど と共に といった です とも ところ ここ
でし まし ませ でしょ だろ だけ けど けれど ね よ わ ぞ ぜ さん 氏 等 的 者 年 月 日 上 中 下 前 後 今 同 事 方 人`;

const FR = `le la les un une des du de d l et est en au aux que qui ne pas pour par sur dans ce cette ces il elle ils
elles on nous vous se sa son ses leur leurs a été être avec plus ou mais comme y ont sont`;
const DE = `der die das den dem des ein eine einer eines einem einen und ist in im zu zum zur von mit auf für nicht
sich es er sie wir ihr auch als an bei aus nach wie dass war wurde werden hat haben sind oder aber so`;
const ES = `el la los las un una unos unas de del y en a al que es por para con no se su sus lo como más pero o
fue ha han son está este esta estos estas ese esa entre sobre también`;

function toSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

const LISTS: Record<string, Set<string>> = {
  en: toSet(EN),
  ja: toSet(JA),
  fr: toSet(FR),
  de: toSet(DE),
  es: toSet(ES),
};

let lastTag: string | undefined;
let lastPrimary = 'und';

/** The primary subtag, lowercased: `en-US` → `en`. */
export function primaryLanguage(lang: string): string {
  // Callers ask again and again about the same tag (the article's).
  if (lang === lastTag) return lastPrimary;
  const primary = (lang || '').toLowerCase().split(/[-_]/)[0] || 'und';
  lastTag = lang;
  lastPrimary = primary;
  return primary;
}

/** Japanese: a run of hiragana of 1–2 characters is almost always a particle or an inflection. */
const SHORT_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const isJapaneseStopword = (word: string): boolean => LISTS.ja.has(word) || (word.length <= 2 && SHORT_HIRAGANA.test(word));
const stopwordTests = new Map<string, ((word: string) => boolean) | null>();

/** `isStopword` for one primary language, or null when it has no stopwords (looked up once, not per word). */
export function stopwordTest(primary: string): ((word: string) => boolean) | null {
  let test = stopwordTests.get(primary);
  if (test === undefined) {
    const set = Object.hasOwn(LISTS, primary) ? LISTS[primary] : undefined;
    test = !set ? null : primary === 'ja' ? isJapaneseStopword : (word: string) => set.has(word);
    stopwordTests.set(primary, test);
  }
  return test;
}

/** True when `word` (already lowercased) is a stopword of `lang`. Unknown languages have none. */
export function isStopword(word: string, lang: string): boolean {
  const test = stopwordTest(primaryLanguage(lang));
  return test ? test(word) : false;
}

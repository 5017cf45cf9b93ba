/**
 * Article → KeyPoint[]: an extractive, multilingual summarizer.
 *
 * Every point Sift adds is a sentence of the page, with its block and offsets,
 * so the UI can show where it stands. The author's own key points come first;
 * Sift's points complement them and never repeat them.
 *
 * How a sentence is chosen:
 * 1. Candidates: sentences of paragraphs, list items and quotes; never
 *    headings, captions, preformatted text, bylines, photo credits, "read more"
 *    lines, links, questions (section teasers), reader comments, or the
 *    sentences of an appendix (FAQ, "Explore more …") or of cards of other
 *    posts (headline, teaser, date); labels before a
 *    sentence ("TL;DR:") are kept out of its span.
 * 2. Score: LexRank centrality (PageRank over the TF-IDF cosine graph of the
 *    candidates) + position (news puts the gist first: the lead, then each
 *    section's first sentence) + similarity to the title and to the sentence's
 *    section heading, times a length prior.
 * 3. Selection: maximal marginal relevance — the best score minus redundancy
 *    with what is already chosen, spreading points over sections.
 * 4. Output: author points, then Sift's points in document order.
 *
 * The numbers below were tuned on the small dev sets `en-cnndm-dev` (50
 * articles) and `ja-xlsum-dev` (25) with `npm run eval:summaries`; they are
 * round values from a coarse search, not fitted to the last decimal, and
 * `npm run tune:summaries` cross-validates the search (what to expect on
 * articles the search did not see).
 */
import type { Article, Block, KeyPoint } from '../model';
import { isDateline } from '../text/dates';
import { LEGAL_NOTICE_SENTENCE, SITE_PROMO_SENTENCE } from '../text/furniture';
import { splitSentencesOfAll } from '../text/sentences';
import { primaryLanguage } from '../text/stopwords';
import { termsFromWords, wordsOfAll } from '../text/words';
import { buildVectors, cosine, lexRank, type SparseVector } from './similarity';

/** Every tunable of the summarizer, with the reason for its value. */
export const TUNABLES = {
  /** Points Sift adds when the caller does not say (the UI offers 3, 5, 7). */
  DEFAULT_POINTS: 5,

  // ── Candidates ────────────────────────────────────────────────────────────
  /** Shortest candidate, in words (Intl.Segmenter word-like segments); shorter lines are labels, dates, fragments. */
  MIN_WORDS: 5,
  /** The same for languages written without spaces, where particles are words of their own. */
  MIN_WORDS_CJK: 8,
  /** Bylines, credits and agency lines: only when the sentence is short (a real sentence may quote "Reuters"). */
  CREDIT_MAX_WORDS: 14,
  /**
   * A heading with at most this many blocks under it, the last a date alone ("Nov 6, 2025"), is a
   * card of another post (its headline, its teaser, its date), as lists of other posts set them.
   */
  POST_CARD_MAX_BLOCKS: 3,

  // ── Scoring weights (summed, then multiplied by the length prior) ─────────
  /**
   * LexRank centrality, normalised to [0, 1]: what the article keeps talking about.
   * Light on purpose: it mostly decides between lead sentences and later ones;
   * at 0.35–0.6 it pulled in long quote-heavy sentences and lost ROUGE on both dev sets.
   * 0.05 (from 0.15): chosen by 4 of 5 folds of `npm run tune:summaries` (5-fold
   * cross-validation over both dev sets, one setting for both languages).
   */
  W_CENTRALITY: 0.05,
  /** Position prior: news is written as an inverted pyramid; the lead is the single best signal (LEAD-3 is a strong baseline). */
  W_POSITION: 1.0,
  /** Cosine with the title: the headline names the story (the strongest signal on ja-xlsum-dev after position; 0.9+ overrode the lead). */
  W_TITLE: 0.6,
  /** Cosine with the section's heading: the sentence that answers its heading. */
  W_HEADING: 0.2,
  /** Position decay, in candidate sentences: prior = 1 / (1 + k / POSITION_SCALE); 1.2–1.8 were equal on en, 1.5+ better on ja. */
  POSITION_SCALE: 1.5,
  /** The first candidate of a later section gets this share of the lead's position prior (sections restart the pyramid). */
  SECTION_LEAD_SHARE: 0.35,

  // ── Length prior (in words; CJK counts are multiplied by CJK_WORD_FACTOR) ─
  /** Below this many words, a sentence is penalised linearly: short sentences say little (12+ dropped good short ja sentences). */
  IDEAL_MIN_WORDS: 8,
  /** Above this many words, penalised: run-ons and lists read badly as a point. */
  IDEAL_MAX_WORDS: 45,
  /** Floor of the length prior, so a long lead sentence can still win. */
  LENGTH_PRIOR_FLOOR: 0.55,
  /** Intl.Segmenter cuts Japanese into about 1.8 times as many words as the English of the same content. */
  CJK_WORD_FACTOR: 0.55,

  // ── Graph ────────────────────────────────────────────────────────────────
  /** LexRank: edges below this cosine are dropped (Erkan & Radev use 0.1). */
  LEXRANK_THRESHOLD: 0.1,
  /** PageRank damping factor (the usual 0.85). */
  LEXRANK_DAMPING: 0.85,
  /** Power-iteration cap; it converges in 15–30 on articles. */
  LEXRANK_ITERATIONS: 40,
  /** Above this many candidates, the graph is built on the first ones only (speed on huge pages; the rest keep the other signals). */
  LEXRANK_MAX_NODES: 600,
  /**
   * Characters of candidate blocks read at most; later blocks are not candidates. Bounds the
   * work on huge pages (a 400,000-character body took over a second); the longest article body
   * of the corpora has 115,000 characters, and past the first few hundred sentences the
   * position prior is near zero anyway.
   */
  MAX_INPUT_CHARS: 120_000,

  // ── Selection ────────────────────────────────────────────────────────────
  /** MMR: subtract this times the highest cosine with a chosen point. */
  MMR_REDUNDANCY: 0.6,
  /** Never take a sentence this similar to a chosen one: it says the same thing. */
  DUPLICATE_SIMILARITY: 0.55,
  /** Skip sentences this similar to an author point: they repeat the author's box. */
  AUTHOR_DUPLICATE_SIMILARITY: 0.45,
  /** Per point already taken from the same section, when the article has several sections. */
  SECTION_REPEAT_PENALTY: 0.3,

  // ── Patterns ─────────────────────────────────────────────────────────────
  /** Questions: in news they are teasers ("What happens next?", 何が起きた？), not findings. */
  QUESTION: /[?？][\s"'”’」』)）]*$/u,
  /** Links and addresses: "Source: https://…" lines. */
  URL: /https?:\/\/|www\.[a-z0-9-]+\./i,
  /** Bylines and credits (checked on short sentences only). */
  CREDIT:
    /^(?:by|written by|reporting by|additional reporting|edited by|photo(?:graph)?s?(?: by)?|image(?:s)?(?: by)?|credit|source|via|illustration)\b[\s:]|\b(?:getty images|shutterstock|ap photo|afp|reuters|epa|all rights reserved|copyright)\b|©|^(?:文|写真|撮影|画像|出典|引用元?|提供|取材|記者)\s*[:：／/＝=]|(?:撮影|提供|記者)[）)]?$/iu,
  /** "Read more" and navigation lines, pointers to the site's other pages ("Read our … review for more details") and instructions to the reader's hands ("Please scroll to the right for more info"). */
  READ_MORE:
    /^(?:read more|related|see also|more:|watch:|listen:|click here|sign up|subscribe|follow (?:us|him|her)|share this|advertisement|continue reading|next page)\b|^(?:read|see|check out) our\b[^.]{0,80}\b(?:review|guide|article|post|story|coverage|explainer)\b|\b(?:scroll|swipe) (?:to the )?(?:right|left|sideways|horizontally)\b|さらに読む|続きを読む|次のページ|関連記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ|出典\s*[/／]|画像元|引用元|英語記事/iu,
  /** A numbered entry of a reference list ("1. National Institute of Dental and Craniofacial Research (n.d.). Periodontal …", "[2] Smith, J. (2019). …"): its sentences are a source's name, not a finding. */
  REFERENCE_ENTRY: /^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s+\S.{0,150}?\((?:n\.\s?d\.|(?:19|20)\d\d[a-z]?)\)\./u,
  /** Reader comments by their wording: Japanese sentence endings that address the reader or give an opinion. */
  COMMENT_SENTENCE:
    /(?:ですね|ますね|ですよね|ますよね|でしょうね|だよね|でしょう|と感じます|と思います|と思いました|ましょう|ませんか)[。！!]*$|^@\w+|^(?:reply|report|like|share)$/iu,
  /** Headings that open a comment section; the blocks under them are not the article. */
  COMMENT_HEADING:
    /^(?:\d+\s*)?(?:comments?|reader comments|responses|discussion|コメント|みんなの(?:反応|声|コメント)|ネットの(?:反応|声)|読者の(?:声|コメント)|口コミ|感想)/iu,
  /**
   * Headings that open an appendix that is not the article's story: questions and answers written
   * for search engines ("Frequently Asked Questions About …", "FAQs", よくある質問), lists of
   * other pages ("Explore More …", "More From …", "You May Also Like", "Read Next", 関連記事) and
   * a reference list under a heading that is only its name ("References", "Sources", 参考文献).
   * Their blocks stay in the body; they are not candidates until a heading of the same or a
   * higher level closes the section.
   */
  APPENDIX_HEADING:
    /^(?:\d+[.)]?\s*)?(?:faqs?\b|frequently asked questions|common questions|(?:explore|discover|see|read) more\b|more (?:from|stories|articles|posts|like this)\b|you (?:may|might) also (?:like|enjoy)|read (?:next|this next)\b|related (?:articles|posts|stories|reading)\b|recommended (?:for you|reading|articles)\b|よくある(?:ご?質問)|関連記事|あわせて読みたい|合わせて読みたい|おすすめ記事)|^(?:references|sources|bibliography|citations|works cited|(?:foot)?notes|further reading|参考文献|参考資料|出典|脚注)\s*[:：]?$/iu,
  /**
   * How a sentence ends: final punctuation (any script), possibly inside closing quotes and
   * brackets; or, in Japanese, a predicate without its full stop (news sites often leave the last
   * 。 of a paragraph out: "…を建設してきた", 「…取り組みたい」), which ends in hiragana, where a
   * headline, a name in brackets (「PushIn.js」) or a label ends in a noun.
   */
  SENTENCE_END: /(?:[.!?。！？…‼⁉]|[\u3041-\u309f](?=[」』）)]?$))[\s"'”’」』)）\]]*$/u,
  /** Leading decoration kept out of a point's span: bullets and emoji markers ("✅ ", "💡 ", "• "). */
  LEADING_DECORATION: /^(?:[\p{Extended_Pictographic}\u2022\u30fb\u25cf\u25cb\u25c6\u25c7\u25a0\u25a1\u25aa*\-–—]\uFE0F?\s*)+/u,
  /**
   * A label set before the sentence, kept out of the point's span as decoration is: "TL;DR:",
   * "Bottom line:". (A jump link that opens a paragraph, "JUMP TO THE LIST ⤵", is left out of the
   * paragraph's text by extraction: blocks.ts, isJumpLink.)
   */
  LEADING_LABEL: /^(?:tl;?\s?dr|bottom line|in short|the gist|quick take)\s*[:：—–-]\s*/iu,
} as const;

const T = TUNABLES;
const CJK_LANGS = new Set(['ja', 'zh']);
const CANDIDATE_KINDS = new Set<Block['kind']>(['paragraph', 'list-item', 'quote']);

export interface SummarizeOptions {
  /** How many key points: 3, 5 or 7. */
  points?: number;
}

/** A sentence of the article that may become a key point. */
interface Candidate {
  blockIndex: number;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  section: number;
  /** Rank among candidates, in document order. */
  ordinal: number;
  /** First candidate after a heading. */
  sectionLead: boolean;
  words: number;
  terms: string[];
  heading: string;
}

/** Is this sentence something a reader would take as a finding of the article? */
function isCandidateSentence(text: string, wordCount: number, minWords: number): boolean {
  if (wordCount < minWords) return false;
  if (T.QUESTION.test(text)) return false;
  if (T.URL.test(text)) return false;
  if (T.READ_MORE.test(text) || SITE_PROMO_SENTENCE.test(text) || LEGAL_NOTICE_SENTENCE.test(text)) return false;
  if (T.COMMENT_SENTENCE.test(text)) return false;
  if (wordCount <= T.CREDIT_MAX_WORDS && T.CREDIT.test(text)) return false;
  return true;
}

/** Candidates in document order, with their section and heading. */
function collectCandidates(article: Article, lang: string): Candidate[] {
  const cjk = CJK_LANGS.has(lang);
  const minWords = cjk ? T.MIN_WORDS_CJK : T.MIN_WORDS;
  // First the blocks that are read, with the section and heading they belong to; their
  // sentences are then split all at once (one call to ICU for the whole article).
  const blocks: { block: Block; input: string; section: number; heading: string; afterHeading: boolean }[] = [];
  let section = 0;
  let heading = '';
  let afterHeading = true;
  let commentLevel = 0; // > 0 while inside a comment section or an appendix opened by a heading of this level
  let chars = 0;
  let cardEnd = -1; // blocks up to this index are a card of another post
  let cardLevel = 0; // the heading level of the last card, while the list of cards goes on
  const all = article.blocks;
  for (let i = 0; i < all.length; i++) {
    const block = all[i];
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      if (commentLevel && level <= commentLevel) commentLevel = 0;
      if (T.COMMENT_HEADING.test(block.text) || T.APPENDIX_HEADING.test(block.text)) {
        commentLevel = level;
        continue;
      }
      // A card of another post; the short sections after it at its level go on with the list.
      const end = sectionEnd(all, i);
      const short = end - i <= T.POST_CARD_MAX_BLOCKS;
      if (short && ((end - i >= 2 && isDateline(all[end].text)) || level === cardLevel)) {
        cardEnd = end;
        cardLevel = level;
        continue;
      }
      cardLevel = 0;
      section++;
      heading = block.text;
      afterHeading = true;
      continue;
    }
    if (commentLevel || i <= cardEnd || !CANDIDATE_KINDS.has(block.kind)) continue;
    const budget = T.MAX_INPUT_CHARS - chars;
    if (budget <= 0) break;
    // Offsets stay those of the block: the text is cut at its end only.
    const input = block.text.length > budget ? block.text.slice(0, budget) : block.text;
    chars += input.length;
    blocks.push({ block, input, section, heading, afterHeading });
    afterHeading = false;
  }
  const split = splitSentencesOfAll(
    blocks.map((b) => b.input),
    lang,
  );

  // The sentences that may be candidates, block by block; their words come all at once
  // (one dictionary-segmenter call for many sentences in Japanese and Chinese).
  const spans: { start: number; end: number; sentenceIndex: number; text: string }[] = [];
  const firstSpan: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    firstSpan.push(spans.length);
    const { block } = blocks[b];
    const sentences = split[b];
    // A block that reads as a reader's comment in one sentence is a comment as a whole.
    if (sentences.some((s) => T.COMMENT_SENTENCE.test(s.text)) || T.REFERENCE_ENTRY.test(block.text)) continue;
    sentences.forEach((s, sentenceIndex) => {
      // Keep bullets, emoji markers and labels out of the span: the point is the sentence.
      const deco = T.LEADING_DECORATION.exec(s.text)?.[0].length ?? 0;
      const label = T.LEADING_LABEL.exec(s.text.slice(deco))?.[0].length ?? 0;
      const start = s.start + deco + label;
      const text = block.text.slice(start, s.end);
      if (text) spans.push({ start, end: s.end, sentenceIndex, text });
    });
  }
  firstSpan.push(spans.length);
  const spanWords = wordsOfAll(
    spans.map((s) => s.text),
    lang,
  );

  // Sentences that end like sentences, when there are any: a line without final punctuation is
  // a headline, a label, a stamp or a link title far more often than a finding.
  const eligible = spans.map((s, i) => isCandidateSentence(s.text, spanWords[i].length, minWords) && (T.SENTENCE_END.test(s.text) ? 2 : 1));
  const need = eligible.some((e) => e === 2) ? 2 : 1;

  const out: Candidate[] = [];
  // A heading's first candidate leads its section, even when blocks without candidates come first.
  let leadPending = false;
  for (let b = 0; b < blocks.length; b++) {
    const { block, section, heading } = blocks[b];
    if (blocks[b].afterHeading) leadPending = true;
    for (let i = firstSpan[b]; i < firstSpan[b + 1]; i++) {
      const { start, end, sentenceIndex, text } = spans[i];
      const ws = spanWords[i];
      if (eligible[i] !== need) continue;
      out.push({
        blockIndex: block.index,
        sentenceIndex,
        start,
        end,
        text,
        section,
        ordinal: out.length,
        sectionLead: leadPending && section > 0,
        words: ws.length,
        terms: termsFromWords(ws, lang),
        heading,
      });
      leadPending = false;
    }
  }
  return out;
}

/** Index of the last block of the section that the heading at `h` opens (before the next heading). */
function sectionEnd(blocks: readonly Block[], h: number): number {
  let i = h + 1;
  while (i < blocks.length && blocks[i].kind !== 'heading') i++;
  return i - 1;
}

function lengthPrior(wordCount: number, cjk: boolean): number {
  const w = cjk ? wordCount * T.CJK_WORD_FACTOR : wordCount;
  let p = 1;
  if (w < T.IDEAL_MIN_WORDS) p = w / T.IDEAL_MIN_WORDS;
  else if (w > T.IDEAL_MAX_WORDS) p = 1 - (w - T.IDEAL_MAX_WORDS) / (2 * T.IDEAL_MAX_WORDS);
  return Math.max(T.LENGTH_PRIOR_FLOOR, p);
}

function positionPrior(c: Candidate): number {
  const lead = 1 / (1 + c.ordinal / T.POSITION_SCALE);
  return c.sectionLead ? Math.max(lead, T.SECTION_LEAD_SHARE) : lead;
}

/** Scores in [0, 1] for each candidate (before redundancy). */
function scoreCandidates(cands: Candidate[], vectors: SparseVector[], title: SparseVector | null, headings: (SparseVector | null)[], cjk: boolean): number[] {
  const central = lexRank(vectors, {
    threshold: T.LEXRANK_THRESHOLD,
    damping: T.LEXRANK_DAMPING,
    iterations: T.LEXRANK_ITERATIONS,
    maxNodes: T.LEXRANK_MAX_NODES,
  });
  const scores = cands.map((c, i) => {
    const titleSim = title ? cosine(vectors[i], title) : 0;
    const headingSim = headings[i] ? cosine(vectors[i], headings[i]!) : 0;
    const base = T.W_CENTRALITY * central[i] + T.W_POSITION * positionPrior(c) + T.W_TITLE * titleSim + T.W_HEADING * headingSim;
    return base * lengthPrior(c.words, cjk);
  });
  const max = Math.max(...scores, 1e-9);
  return scores.map((s) => s / max);
}

/** MMR selection of `k` candidates; returns their indices. */
function select(cands: Candidate[], vectors: SparseVector[], scores: number[], authorVectors: SparseVector[], k: number): number[] {
  const sections = new Set(cands.map((c) => c.section)).size;
  const eligible = cands.map((_, i) => !authorVectors.some((a) => cosine(vectors[i], a) >= T.AUTHOR_DUPLICATE_SIMILARITY));
  const chosen: number[] = [];
  const perSection = new Map<number, number>();
  // Highest cosine of each candidate with a chosen point, updated as points are chosen.
  const redundancy = new Array<number>(cands.length).fill(0);
  while (chosen.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < cands.length; i++) {
      if (!eligible[i]) continue;
      if (redundancy[i] >= T.DUPLICATE_SIMILARITY) continue;
      const repeat = sections > 1 ? (perSection.get(cands[i].section) ?? 0) * T.SECTION_REPEAT_PENALTY : 0;
      const value = scores[i] - T.MMR_REDUNDANCY * redundancy[i] - repeat;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    eligible[best] = false;
    perSection.set(cands[best].section, (perSection.get(cands[best].section) ?? 0) + 1);
    if (chosen.length < k) {
      for (let i = 0; i < cands.length; i++) {
        if (eligible[i]) redundancy[i] = Math.max(redundancy[i], cosine(vectors[i], vectors[best]));
      }
    }
  }
  return chosen;
}

/**
 * The key points of `article`: the author's points (origin `author`), then up to
 * `points` sentences of the page (origin `sift`) in document order.
 */
export function summarize(article: Article, options: SummarizeOptions = {}): KeyPoint[] {
  const k = Math.max(0, Math.round(options.points ?? T.DEFAULT_POINTS));
  const lang = primaryLanguage(article.lang);
  const cjk = CJK_LANGS.has(lang);
  const authorPoints: KeyPoint[] = (article.authorKeyPoints ?? [])
    .filter((p) => p.text.trim())
    .map((p) => ({ text: p.text, origin: 'author', score: 1, blockIndex: -1, sentenceIndex: 0, start: 0, end: p.text.length }));
  if (k === 0) return authorPoints;

  const cands = collectCandidates(article, lang);
  if (!cands.length) return authorPoints;

  const headingTexts = [...new Set(cands.map((c) => c.heading))];
  const extra = [article.title ?? '', ...headingTexts, ...authorPoints.map((p) => p.text)];
  const extraTerms = wordsOfAll(extra, lang).map((ws) => termsFromWords(ws, lang));
  const { vectors, extraVectors } = buildVectors(
    cands.map((c) => c.terms),
    extraTerms,
  );
  const title = article.title ? extraVectors[0] : null;
  const headingVector = new Map(headingTexts.map((h, i) => [h, h ? extraVectors[1 + i] : null]));
  const headings = cands.map((c) => headingVector.get(c.heading) ?? null);
  const authorVectors = extraVectors.slice(1 + headingTexts.length);

  const scores = scoreCandidates(cands, vectors, title, headings, cjk);
  const chosen = select(cands, vectors, scores, authorVectors, k).sort((a, b) => a - b);
  const sift: KeyPoint[] = chosen.map((i) => ({
    text: cands[i].text,
    origin: 'sift',
    score: Math.round(scores[i] * 1000) / 1000,
    blockIndex: cands[i].blockIndex,
    sentenceIndex: cands[i].sentenceIndex,
    start: cands[i].start,
    end: cands[i].end,
  }));
  return [...authorPoints, ...sift];
}

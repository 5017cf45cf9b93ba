/**
 * Build an Article from plain text, the way page text becomes blocks: one
 * block a line. Used by the summary evaluation (corpora are plain text) and
 * by tests; pure and browser-free.
 *
 * Japanese and Chinese do not put spaces between words, so in text whose line
 * breaks were flattened to spaces (as in XL-Sum), a space between two CJK
 * characters is taken as a line break too.
 * A short line without sentence-final punctuation is a heading; a line that
 * starts with a bullet is a list item; the rest are paragraphs.
 */
import type { Article, Block, BlockKind, OutlineItem } from '../model';
import { articleBodyOf } from './blocks';
import { directionOf } from '../text/language';
import { readingTime } from '../text/space';

export interface FromTextOptions {
  lang: string;
  title?: string;
  url?: string;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆。、「」『』（）！？・…';
/** A space between two CJK characters: where a line break was flattened. */
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, 'gu');
/** Longest quotation (characters) whose inner spaces are kept as spaces: past it a 「 was a stray one. */
const MAX_QUOTED_CHARS = 400;

/**
 * Spaces between CJK characters back to line breaks, except inside a quotation: 「出かける？ どこに？ 誰と？」
 * is one quotation with spaces in it, not three lines.
 */
function breakFlattenedLines(text: string): string {
  const openAt: number[] = [];
  const inQuote = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') openAt.length = 0;
    else if (c === '「' || c === '『') openAt.push(i);
    else if ((c === '」' || c === '』') && openAt.length) openAt.pop();
    if (openAt.length && i - openAt[openAt.length - 1] <= MAX_QUOTED_CHARS) inQuote[i] = 1;
  }
  return text.replace(CJK_SPACE, (space, at: number) => (inQuote[at] ? space : '\n'));
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets ("…said.", 「…。」). A short 「quote」 alone is a subheading. */
const SENTENCE_FINAL = /[.!?。！？…:：;][\s"'”’」』)）\]]*$/u;
const BULLET = /^(?:[-*•・●○◆◇■□▪✅✔☑💡📌👉]|\d{1,2}[.)）]\s)/u;
/** Longest heading, in characters (CJK) or words (others). */
const HEADING_MAX_CJK_CHARS = 40;
const HEADING_MAX_WORDS = 12;

function kindOf(line: string, cjk: boolean): BlockKind {
  if (BULLET.test(line)) return 'list-item';
  if (SENTENCE_FINAL.test(line)) return 'paragraph';
  const short = cjk ? [...line].length <= HEADING_MAX_CJK_CHARS : line.split(/\s+/).length <= HEADING_MAX_WORDS;
  return short ? 'heading' : 'paragraph';
}

export function articleFromText(text: string, options: FromTextOptions): Article {
  const lang = (options.lang || 'und').toLowerCase();
  const primary = lang.split(/[-_]/)[0];
  const cjk = primary === 'ja' || primary === 'zh';
  let body = text.replace(/\r\n?/g, '\n');
  if (cjk) body = breakFlattenedLines(body);
  const lines = body
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

  const blocks: Block[] = lines.map((line, index) => {
    const kind = kindOf(line, cjk);
    return kind === 'heading' ? { index, kind, text: line, level: 2 } : { index, kind, text: line };
  });
  const outline: OutlineItem[] = blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => ({ text: b.text, level: b.level ?? 2, blockIndex: b.index, children: [] }));
  const articleBody = articleBodyOf(blocks);

  return {
    url: options.url ?? '',
    title: options.title ?? '',
    lang: primary,
    dir: directionOf(primary),
    readingTimeMinutes: readingTime(articleBody, primary),
    blocks,
    articleBody,
    outline,
    authorKeyPoints: [],
    sources: [],
    extraction: { method: 'none', isArticle: true, partial: false, ms: { readability: 0, total: 0 } },
  };
}

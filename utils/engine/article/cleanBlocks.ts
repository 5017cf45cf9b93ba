/**
 * Page furniture that Readability keeps inside the article, removed block by block: share
 * prompts, "Advertisement", newsletter, membership and affiliate lines, photo credits, datelines
 * and "updated" stamps, bylines at the ends of the body, reading-time lines,
 * previous/next-article lines and lists of links to the site's other pages. Judged by what the
 * text says, where it stands (datelines and bylines stand at the ends) and what its links are.
 * (Author bios are left to their boxes' class names, boilerplate.ts, and to an "About the author"
 * heading.)
 *
 * Never prose: a block that ends like a sentence is left alone by the stamp and byline rules, and
 * a link written out as a URL, or a lone link between paragraphs, is the article's own.
 */
import type { Block } from '../model';
import type { BlockLink } from './blocks';
import { isDateline, stampPrefixLength } from '../text/dates';
import { SITE_NOTICE } from '../text/furniture';
import { normalizeUrl, sameSite } from '../sources/normalizeUrl';

// ---- Tunables ------------------------------------------------------------------------------
/** Whole blocks that are page furniture, not prose. */
const JUNK_BLOCK =
  /^(advertisement|advertisements|advert|ad|sponsored|sponsored content|skip to (main )?content|share( this( article| story)?)?|share on \w+|tweet|email|print|close|caption|comments?|\d+ comments?|tell us what you think.*|related|related (articles|stories|content|coverage)|most (popular|read)|trending( now)?|read more.*|more:?|see also|click here.*|sign up.*|subscribe.*|follow us.*|continue reading.*|this slideshow requires javascript\.?|image \d+ of \/? ?\d+|get the latest .* inbox.*|.*newsletters?\.?|have a tip\?.*|this website uses cookies.*|we use cookies.*|get .* (on the go|delivered) .*|広告|スポンサーリンク|スポンサード ?リンク|関連記事|シェア|ツイート|この記事をシェア)$/i;
/** Reading-time lines ("5 min read", "Reading Time: 11 minutes", "Tempo de leitura: 1 minuto", "読了時間：約3分"). */
const READING_TIME =
  /^(?:(?:estimated )?(?:reading|read) time|tempo (?:estimado )?de leitura|tiempo (?:estimado )?de lectura|temps de lecture|lesezeit|読了時間|この記事は約|読み終わるまで)\b.{0,40}$|^(?:about )?\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?|分)\s*(?:read|de leitura|de lectura|de lecture|lesezeit|で読めます)\.?$/i;
/**
 * Breadcrumbs: "HOME ＞ イベント・セミナー情報 ＞ …", "Home › News › World", and their links run
 * together without separators ("HomeLatest News…").
 */
const BREADCRUMB = /^(?:[Hh]ome|HOME|[Tt]op|TOP|ホーム|トップ|ＨＯＭＥ|ＴＯＰ)\s*[>›»＞≫/|｜]|^Home(?=[A-Z][a-z])/;
/** "Previous article / Next article" lines and their arrows. */
const PREV_NEXT =
  /^(?:[«‹<←]\s*)?(?:previous|prev|next|older|newer) (?:article|post|story|entry)\b|^(?:[«‹<←]\s*)?(?:前|次)の(?:記事|エントリー?|投稿)|^(?:anterior|próxim[oa]|siguiente|précédent|suivant)\s*(?:artigo|artículo|article|post)?\s*[:：»›>]/i;
/**
 * Headings that open a section which is not the article: comments, related and recommended
 * stories, rankings and "most read" lists, the latest stories of the site, "about the author",
 * tags, newsletters (the heading starts with its label: "Related Articles", "3 Comments",
 * "Ranking今週の人気記事", "Pick up注目記事", "この記事を書いた人").
 */
const OFF_ARTICLE_HEADING =
  /^(?:\d+\s*)?(?:(?:(?:reader )?comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|related(?: (?:articles?|stories|posts?|content|coverage|reading|news|links))?|read (?:more|next)|more (?:stories|articles|from|on|news|to read|in)|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| reading| stories)?|popular (?:posts?|stories|now)|most (?:read|popular|viewed|shared|emailed)|trending(?: now)?|top stories|latest (?:news|stories|articles|posts)|ranking|pick ?up|about the authors?|share this(?: article| story| post)?|newsletters?|sign up)(?![a-z])|コメント|みんなの(?:反応|声)|読者の声|関連(?:記事|ニュース|リンク|情報)|(?:あわ|合わ)せて読みたい|こちらもおすすめ|おすすめ(?:記事|情報)|人気(?:記事|ランキング)|ランキング|注目記事|新着記事|最新(?:記事|ニュース)|この記事を書いた人|著者(?:プロフィール|紹介))/i;
/** Past this share of the body's characters, an off-article heading ends the article: all that follows goes. */
const ARTICLE_END_SHARE = 0.5;
/** Longest heading read as a section label. */
const MAX_LABEL_HEADING_CHARS = 60;
/** Photo credits and captions written as paragraphs ("Photo: AP", "… Credit: ESA", "(AP Photo/…)"). */
const CREDIT =
  /^(photos?|photo credits?|images?|image credits?|pictures?|credits?|foto|fotos|crédito|写真|画像)\s*[:：\-–—]|(\b(credit|photo|image)s?\s*:\s*[^.]{1,60}|\((AP|AFP|Reuters|Getty)[^)]{0,60}\)|\|\s*getty images|getty images|shutterstock)$/i;
/** Copyright and citation footers. */
const FOOTER_LINE = /^(citation:|this (document|article|material) is subject to copyright|all rights reserved|tags?\s*[:：]?\s)/i;
/** A copyright line, when it is short: a paragraph that opens with "Copyright" or "©" may be prose about it. */
const COPYRIGHT_LINE = /^(©|copyright\b)/i;
/**
 * Bylines: "By Jane Doe", "Steve Peoples, Ap National Political Writer", "Manoj Jain | Guest
 * Columnists", "文：山田太郎", "（山田太郎記者）". Short lines only (see MAX_BYLINE_CHARS).
 */
const BYLINE =
  /^(?:by|written by|words by|text by|story by|reporting by|von|por|par|di|door)\s+\p{Lu}|^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,4}[\p{L}'’.-]+\s*(?:,|\||—|–|-)\s*(?:(?:the\s+)?[\p{L}.]+\s+){0,4}(?:writer|editor|correspondent|reporter|columnists?|contributor|journalist|staff|producer|photographer|intern|analyst)s?$|^(?:文|取材|記者|筆者|執筆|著者|編集)\s*[:：／/＝=]|^[（(][^（）()]{1,20}記者[)）]$/iu;
/** Bylines, bios, stamps and credits are short; prose is longer than this. */
const MAX_SHORT_CHARS = 90;
const MAX_BYLINE_CHARS = 80;
const MAX_BREADCRUMB_CHARS = 200;
/** Promotion and notices come in short blocks; a longer paragraph that mentions a newsletter is prose. */
const MAX_NOTICE_CHARS = 200;
/**
 * A pitch may run on for a second sentence ("If you're enjoying this article, consider supporting
 * … By purchasing a subscription you are helping …"): a block up to this long is a notice when it
 * opens with one (the notice's words within its first NOTICE_OPENING_CHARS characters).
 */
const MAX_OPENING_NOTICE_CHARS = 400;
const NOTICE_OPENING_CHARS = 40;
/** A block this much inside links, and short, may be navigation (menus Readability kept). */
const LINK_ONLY_SHARE = 0.9;
const MAX_LINK_ONLY_CHARS = 80;
/** Datelines and bylines are only dropped near the ends of the body, where they stand. */
const EDGE_BLOCKS = 4;
/** Anchor text that is an address written out: a reference, never navigation. */
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/i;
/** Sentence-final punctuation: prose, not a label or a stamp. */
const SENTENCE_END = /[.!?。！？]["'”’」』)）]*$/;

/** A photo credit glued to the end of a sentence: "… isn't easy.Kathrin Ziegler/Getty", "…ceremony.AP Photo/Jane Doe". */
const GLUED_CREDIT =
  /(?<=[.!?])\s*(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*\s*\/\s*(?:Getty(?: Images)?|AP|AFP|Reuters|Shutterstock|EPA(?:-EFE)?|Bloomberg|Alamy|NurPhoto|Sipa)|(?:AP|AFP|Reuters|Getty Images|EPA) Photo(?:\s*\/\s*[\p{L}'’. -]{1,40})?)\s*$/u;
/** The end of a block searched for a glued credit (a credit is short). */
const CREDIT_TAIL_CHARS = 80;

/** What collectBlocks knows of each block besides its text. */
export interface BlockLinks {
  /** Per block: share of its characters inside links. */
  linkShare: number[];
  /** Per block: its links. */
  links: BlockLink[][];
}

/**
 * The positions of the blocks to keep.
 * @param title the article's title (its repetition as the first heading is dropped)
 * @param pageUrl the page's address (links to the same site are navigation when they stand in lists)
 */
export function cleanBlocks(blocks: Block[], title: string, info: BlockLinks = { linkShare: [], links: [] }, pageUrl = ''): number[] {
  const t = title.replace(/\s+/g, ' ').trim().toLowerCase();
  const n = blocks.length;
  const linkOnly = blocks.map((b, i) => b.kind !== 'heading' && (info.linkShare[i] ?? 0) >= LINK_ONLY_SHARE && b.text.length <= MAX_LINK_ONLY_CHARS);
  const pageHost = hostOf(pageUrl);
  const offArticle = offArticleSections(blocks);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    if (offArticle[i]) continue;
    const b = blocks[i];
    const text = b.text;
    const prose = SENTENCE_END.test(text);
    const nearStart = i < EDGE_BLOCKS;
    const nearEnd = i >= n - EDGE_BLOCKS;
    if (
      JUNK_BLOCK.test(text) ||
      FOOTER_LINE.test(text) ||
      (text.length <= MAX_NOTICE_CHARS && COPYRIGHT_LINE.test(text)) ||
      READING_TIME.test(text) ||
      PREV_NEXT.test(text)
    )
      continue;
    // Longer blocks are searched in their opening only: most paragraphs are that long, and the rest is prose.
    const notice = text.length <= MAX_OPENING_NOTICE_CHARS ? SITE_NOTICE.exec(text.length <= MAX_NOTICE_CHARS ? text : text.slice(0, MAX_NOTICE_CHARS)) : null;
    if (notice && (text.length <= MAX_NOTICE_CHARS || notice.index < NOTICE_OPENING_CHARS)) continue;
    if (b.kind !== 'heading') {
      if (text.length <= 2 * MAX_SHORT_CHARS + 120 && CREDIT.test(text)) continue;
      if (linkOnly[i] && isNavigation(info.links[i] ?? [], pageHost, (linkOnly[i - 1] ?? false) || (linkOnly[i + 1] ?? false) || nearStart || nearEnd))
        continue;
      if ((nearStart || nearEnd) && !prose && text.length <= MAX_SHORT_CHARS && isDateline(text)) continue;
      if (nearStart && !prose && text.length <= MAX_BREADCRUMB_CHARS && BREADCRUMB.test(text)) continue;
      if ((nearStart || nearEnd) && !prose && text.length <= MAX_BYLINE_CHARS && BYLINE.test(text)) continue;
    }
    // The title repeated as the first heading is not body text.
    if (i < 3 && b.kind === 'heading') {
      const h = text.toLowerCase();
      if (h === t || (t.length > 10 && (h.startsWith(t) || t.startsWith(h)))) continue;
    }
    keep.push(i);
  }
  return keep;
}

/**
 * Per block: inside a section that is not the article (OFF_ARTICLE_HEADING). Such a section runs
 * to the next heading of the same or a higher rank; past ARTICLE_END_SHARE of the text it runs
 * to the end of the body, because what follows the article's end is the page's (more lists,
 * comments, the site's latest issue).
 */
function offArticleSections(blocks: Block[]): boolean[] {
  const off = new Array<boolean>(blocks.length).fill(false);
  let total = 0;
  for (const b of blocks) total += b.text.length;
  let seen = 0;
  let level = 0; // > 0 while inside an off-article section opened by a heading of this level
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      const l = b.level ?? 2;
      if (level && l <= level) level = 0;
      if (!level && b.text.length <= MAX_LABEL_HEADING_CHARS && OFF_ARTICLE_HEADING.test(b.text)) {
        if (seen >= total * ARTICLE_END_SHARE) {
          off.fill(true, i);
          break;
        }
        level = l;
      }
    }
    off[i] = level > 0;
    seen += b.text.length;
  }
  return off;
}

/**
 * A block that is all links is navigation (a menu, a list of the site's other stories) when its
 * links go to the page's own site and it stands in a run of such blocks or at an end of the body.
 * A link written out as an address, a link to another site, or a lone link between paragraphs is
 * the article's own.
 */
function isNavigation(links: BlockLink[], pageHost: string, inListOrEdge: boolean): boolean {
  if (!inListOrEdge) return false;
  for (const l of links) {
    if (URL_TEXT.test(l.text)) return false;
    const u = normalizeUrl(l.href, pageHost ? `https://${pageHost}/` : undefined);
    if (u && pageHost && !sameSite(u.hostname, pageHost)) return false;
  }
  return true;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The part of a block's text that is the article: without a date stamp glued to its start
 * ("Updated: December 9, 2024If you are…", looked for in the first blocks of the body only, where
 * stamps stand) or a photo credit glued to its end ("… isn't easy.Kathrin Ziegler/Getty").
 * `start`/`end` are offsets in the block's text.
 */
export function articlePart(text: string, nearStart = true): { start: number; end: number } {
  const start = nearStart ? stampPrefixLength(text) : 0;
  let end = text.length;
  const tailFrom = Math.max(start, text.length - CREDIT_TAIL_CHARS);
  if (text.includes('/', tailFrom) || text.includes('Photo', tailFrom)) {
    const m = GLUED_CREDIT.exec(text.slice(tailFrom));
    if (m) end = tailFrom + m.index;
  }
  return end > start ? { start, end } : { start: 0, end: text.length };
}

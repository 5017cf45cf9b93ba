/**
 * Boilerplate that Readability keeps inside the article: share prompts, "Advertisement",
 * newsletter pitches, photo credits, date lines, lists of navigation links. Removed block by
 * block, by what the text says and how much of it is links (Readability's output has lost the
 * class names that would tell).
 */
import type { Block } from './types';

// ---- Tunables ------------------------------------------------------------------------------
/** Whole blocks that are page furniture, not prose. */
const JUNK_BLOCK = /^(advertisement|advertisements|advert|ad|sponsored|sponsored content|skip to (main )?content|share( this( article| story)?)?|share on \w+|tweet|email|print|close|caption|comments?|\d+ comments?|tell us what you think.*|related|related (articles|stories|content|coverage)|read more.*|more:?|see also|click here.*|sign up.*|subscribe.*|follow us.*|continue reading.*|this slideshow requires javascript\.?|image \d+ of \/? ?\d+|get the latest .* inbox.*|.*newsletters?\.?|have a tip\?.*|this website uses cookies.*|we use cookies.*|get .* (on the go|delivered) .*|広告|スポンサーリンク|関連記事|シェア|ツイート|この記事をシェア)$/i;
/** Photo credits and captions written as paragraphs ("Photo: AP", "… Credit: ESA", "(AP Photo/…)"). */
const CREDIT = /^(photos?|image|picture|credit|foto|crédito|写真|画像)\s*[:：]|(\b(credit|photo|image)s?\s*:\s*[^.]{1,60}|\((AP|AFP|Reuters|Getty)[^)]{0,60}\)|\|\s*getty images|getty images|shutterstock)$/i;
/** Date and update lines ("Updated Nov 19, 9:41 AM", "Published 1 day ago", "segunda-feira, 22 de janeiro de 2018"). */
const DATE_LINE = /^((updated|published|posted|last updated|modified)\b.*|.*\b(\d{1,2}:\d{2}|\d{4})\b.*|.*\b\d+ (minutes?|hours?|days?) ago)$/i;
/** Copyright and citation footers. */
const FOOTER_LINE = /^(citation:|this (document|article|material) is subject to copyright|©|copyright\b|all rights reserved|tags?\s*[:：]?\s)/i;
/** Date lines and credits are short; prose is longer than this. */
const MAX_SHORT_CHARS = 90;
/** A block this much inside links, and short, is navigation (menus Readability kept). */
const LINK_ONLY_SHARE = 0.9;
const MAX_LINK_ONLY_CHARS = 80;
/** Date lines are only dropped near the ends of the body, where bylines and datelines stand. */
const EDGE_BLOCKS = 4;

export function cleanBlocks(blocks: Block[], title: string, linkShare: number[] = []): Block[] {
  const t = title.replace(/\s+/g, ' ').trim().toLowerCase();
  const n = blocks.length;
  return blocks.filter((b, i) => {
    const text = b.text;
    if (JUNK_BLOCK.test(text)) return false;
    if (FOOTER_LINE.test(text)) return false;
    if (text.length <= 2 * MAX_SHORT_CHARS + 120 && CREDIT.test(text) && b.kind !== 'heading') return false;
    if ((linkShare[i] ?? 0) >= LINK_ONLY_SHARE && text.length <= MAX_LINK_ONLY_CHARS && b.kind !== 'heading') return false;
    const nearEdge = i < EDGE_BLOCKS || i >= n - EDGE_BLOCKS;
    if (nearEdge && text.length <= MAX_SHORT_CHARS && !/[.!?。！？]$/.test(text) && DATE_LINE.test(text)) return false;
    // The title repeated as the first heading is not body text.
    if (i < 3 && b.kind === 'heading') {
      const h = text.toLowerCase();
      if (h === t || (t.length > 10 && (h.startsWith(t) || t.startsWith(h)))) return false;
    }
    return true;
  });
}

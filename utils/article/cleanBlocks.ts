/**
 * Boilerplate that Readability keeps inside the article: share prompts, "Advertisement",
 * newsletter pitches, photo credits. Removed block by block, by what the text says.
 */
import type { Block } from './types';

// ---- Tunables ------------------------------------------------------------------------------
/** Whole blocks that are page furniture, not prose. */
const JUNK_BLOCK = /^(advertisement|advertisements|sponsored|share( this( article| story)?)?|share on \w+|tweet|email|print|comments?|\d+ comments?|related|related (articles|stories|content)|read more|more:?|see also|click here|sign up|subscribe|follow us.*|広告|スポンサーリンク|関連記事|シェア|ツイート)$/i;

export function cleanBlocks(blocks: Block[], title: string): Block[] {
  const t = title.replace(/\s+/g, ' ').trim().toLowerCase();
  return blocks.filter((b, i) => {
    if (JUNK_BLOCK.test(b.text)) return false;
    // The title repeated as the first heading is not body text.
    if (i < 3 && b.kind === 'heading' && b.text.toLowerCase() === t) return false;
    return true;
  });
}

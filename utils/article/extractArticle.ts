import { Readability } from '@mozilla/readability';
import type { Article, Block, BlockKind, OutlineItem, Source } from './types';

/**
 * First version: Readability on a clone of the document, blocks from its output,
 * links of the body as sources. Issue 3 grows this into the full extractor.
 */
export function extractArticle(document: Document, url: string): Article {
  const t0 = now();
  const clone = document.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch {
    parsed = null;
  }
  const t1 = now();
  const root = parsed?.content ?? null;
  const blocks = root ? collectBlocks(root) : [];
  const sources = root ? collectSources(root, url) : [];
  const articleBody = blocks.map((b) => b.text).join('\n');
  const lang = (document.documentElement.lang || 'en').toLowerCase().split('-')[0];
  return {
    url,
    title: (parsed?.title || document.title || '').trim(),
    byline: parsed?.byline?.trim() || undefined,
    siteName: parsed?.siteName?.trim() || undefined,
    publishedTime: parsed?.publishedTime || undefined,
    lang,
    dir: parsed?.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: parsed?.excerpt?.trim() || undefined,
    readingTimeMinutes: Math.max(1, Math.round(articleBody.length / (lang === 'ja' ? 500 : 1200))),
    blocks,
    articleBody,
    outline: buildOutline(blocks),
    authorKeyPoints: [],
    sources,
    extraction: {
      method: root ? 'readability' : 'none',
      isArticle: blocks.length > 0,
      partial: false,
      ms: { readability: t1 - t0, total: now() - t0 },
    },
  };
}

const BLOCK_TAGS: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', LI: 'list-item', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption', PRE: 'preformatted',
};

function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const visit = (el: Element) => {
    const kind = BLOCK_TAGS[el.tagName];
    if (kind) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) {
        blocks.push({
          index: blocks.length,
          kind,
          text,
          ...(kind === 'heading' ? { level: Number(el.tagName[1]) } : {}),
        });
      }
      return;
    }
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  return blocks;
}

function collectSources(root: Element, base: string): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  const pageHost = safeUrl(base)?.hostname;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const u = safeUrl(a.getAttribute('href') ?? '', base);
    if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) continue;
    u.hash = '';
    if (seen.has(u.href)) continue;
    seen.add(u.href);
    sources.push({
      url: u.href,
      domain: u.hostname.replace(/^www\./, ''),
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() || u.href,
      context: '',
      kind: u.hostname === pageHost ? 'internal' : 'cited',
      bare: false,
    });
  }
  return sources;
}

function buildOutline(blocks: Block[]): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const item: OutlineItem = { text: b.text, level: b.level ?? 2, blockIndex: b.index, children: [] };
    while (stack.length && stack[stack.length - 1].level >= item.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(item);
    stack.push(item);
  }
  return roots;
}

function safeUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

import { findLink, findTextRange } from './findText';

/** Something to find and highlight in the live page. */
export interface HighlightTarget {
  /** The text to find (a sentence, a heading, a link's anchor text). */
  text: string;
  /** For a source: its URL, to find the link itself before falling back to its text. */
  url?: string;
  /** The block of `Article.blocks` it stands in, when known: on an article read over several pages, which page. */
  blockIndex?: number;
  /** The article's language (where the text's words begin and end). */
  lang?: string;
}

export interface HighlightResult {
  found: boolean;
}

/** The name of Sift's entry in `CSS.highlights`. */
const HIGHLIGHT_NAME = 'sift';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 213, 79, 0.75); color: inherit; }`;

/**
 * Shows a piece of the article in the live page: scroll to it and mark it with the CSS Custom
 * Highlight API. The page's DOM is not touched; the one style rule goes into an adopted
 * stylesheet (a <style> element only where adoptedStyleSheets is not available).
 */
export function createHighlighter(doc: Document) {
  let styled = false;

  function ensureStyle() {
    if (styled) return;
    styled = true;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = HIGHLIGHT_CSS;
      (doc.head ?? doc.documentElement).append(style);
    }
  }

  function clear() {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  }

  function show(target: HighlightTarget): HighlightResult {
    clear();
    const root = doc.body ?? doc.documentElement;
    let range: Range | null = null;
    if (target.url) {
      const link = findLink(root, target.url);
      if (link) {
        range = doc.createRange();
        range.selectNodeContents(link);
      }
    }
    range ??= findTextRange(root, target.text);
    if (!range) return { found: false };
    const anchor = range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', behavior: scrollBehavior(doc) });
    if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined') {
      ensureStyle();
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    }
    return { found: true };
  }

  return { show, clear };
}

/**
 * Smooth where the reader watches it; at once in a tab that is hidden (a point clicked in the side
 * panel of another window: Firefox runs no smooth scroll in a hidden tab, and the sentence must be
 * in view when the reader comes back) and for readers who ask for reduced motion.
 */
function scrollBehavior(doc: Document): ScrollBehavior {
  if (doc.visibilityState === 'hidden') return 'instant';
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

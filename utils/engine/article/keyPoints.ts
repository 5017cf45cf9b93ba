/**
 * The author's own key points: a box or list headed "Key takeaways", "この記事のポイント"…,
 * or, when there is none, a run of emoji- or symbol-bulleted lines (💡 …, ✅ …, ・…).
 * Found in the live page (read only), because Readability may drop or reshape such boxes.
 */
import type { AuthorKeyPoint } from '../model';
import { collapse } from '../text/space';

// ---- Tunables ------------------------------------------------------------------------------
/**
 * Emoji and pictographic symbols, as code-unit ranges: a `\p{Extended_Pictographic}` class with
 * the `u` and `i` flags costs milliseconds to compile, paid on every injection of the script.
 */
const EMOJI =
  '(?:[\\u2190-\\u21FF\\u2300-\\u23FF\\u2460-\\u24FF\\u25A0-\\u27BF\\u2900-\\u297F\\u2B00-\\u2BFF\\u3030\\u303D\\u3297\\u3299]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF])[\\uFE0F\\u200D]*';
/** Labels of key-point boxes: the label is the whole (short) text of its element, give or take an emoji and brackets. */
const LABEL = new RegExp(
  `^(?:\\s|${EMOJI}|[【\\[「『(（■□●◆◇▼▽▶▷★☆✓✔#＃|｜:：-])*` +
    '(?:key\\s*points?|key\\s*takeaways?|takeaways?|tl\\s*;?\\s*dr|in\\s*brief|at\\s*a\\s*glance|what\\s*you\\s*need\\s*to\\s*know|summary|highlights|the\\s*big\\s*picture|' +
    'この記事で(?:分かる|わかる|解る)(?:事|こと)|この記事の(?:ポイント|要点|まとめ)|記事の(?:ポイント|要点)|要点|ポイント|まとめ|[3３三]行まとめ|今回のポイント|ざっくり(?:まとめ|言うと)|要約|重点|摘要|要点速览)' +
    `(?:\\s|${EMOJI}|[!！?？】\\]」』)）:：。.])*$`,
  'i',
);
/** Labels longer than this are sentences, not box titles. */
const MAX_LABEL_CHARS = 40;
/** Characters that start a bulleted line (the bullet is removed from the point's text). */
const BULLET = new RegExp(`^\\s*(?:${EMOJI}(?:\\uD83C[\\uDFFB-\\uDFFF])?|[▶▷►▸●○◎◆◇■□・･•‣⁃∙✓✔➤➔→⇒☞※-])\\s*`);
/** A box has between these many items (one item is a sentence, twenty a table of contents). */
const MIN_ITEMS = 1;
const MAX_ITEMS = 12;
/** Runs of bulleted lines (without a label) need this many lines to count. */
const MIN_RUN = 2;
/** Bullets of an unlabelled run of author points: emoji and check marks, not list bullets (U+2600–27BF, U+1F000 and up). */
const PICTOGRAPHIC_BULLET = /^\s*(?:[\u2600-\u27BF\u2B50\u2B55]|[\uD83C-\uD83E][\uDC00-\uDFFF])/;
/** A run whose lines are mostly links is a menu of calls to action ("⏩ Find movers near you"), not points. */
const MAX_RUN_LINK_SHARE = 0.5;
/** An item longer than this is a paragraph of prose, not a key point. */
const MAX_ITEM_CHARS = 400;
/** A labelled box whose items add up to more than this is a section, not a box. */
const MAX_BOX_CHARS = 2000;
/** Containers with a citation label are source cards: their bullets summarise the source, not the article. */
const SOURCE_CARD_LABEL = /出典|引用元|画像元|source\s*:/i;
const HEADING = /^H[1-6]$/;
const ITEM_TAGS = /^(P|LI|DIV|DD|DT|SPAN)$/;

export interface KeyPointsResult {
  points: AuthorKeyPoint[];
  /** Normalised texts (the label and the items, with and without bullets) to keep out of the body blocks. */
  exclude: Set<string>;
}

/** Normalised form used to compare key points with body blocks. */
export function keyOf(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

function stripBullet(text: string): string {
  return collapse(text.replace(BULLET, ''));
}

/** Text nodes of the region, scanned once for everything that needs them (see scanText.ts). */
export interface KeyPointCandidates {
  /** Elements whose whole text is a key-point label. */
  labels: Element[];
  /** Line elements (p, li…) that start with a bullet, in document order. */
  bulleted: Element[];
}

/** Looks at one text node of the region; adds it to the candidates when it is a label or a bulleted line. */
export function scanForKeyPoints(t: Node, into: KeyPointCandidates): void {
  const v = t.nodeValue ?? '';
  const trimmed = v.trim();
  if (!trimmed) return;
  const parent = t.parentElement;
  if (!parent) return;
  if (trimmed.length <= MAX_LABEL_CHARS && LABEL.test(trimmed)) {
    const el = labelElement(parent);
    if (el && (el.textContent ?? '').length <= MAX_LABEL_CHARS * 2 && LABEL.test(collapse(el.textContent ?? ''))) into.labels.push(el);
  }
  if (BULLET.test(trimmed) && !/^\s*[-→⇒※]/.test(trimmed)) {
    const item = itemElement(parent);
    const last = into.bulleted[into.bulleted.length - 1];
    if (item && item !== last && BULLET.test((item.textContent ?? '').trimStart())) into.bulleted.push(item);
  }
}

export function findAuthorKeyPoints(candidates: KeyPointCandidates, zoneOf?: (el: Element) => string): KeyPointsResult {
  const exclude = new Set<string>();
  const { labels, bulleted: bulletedEls } = candidates;

  for (const label of labels) {
    if (zoneOf && zoneOf(label) === 'boilerplate') continue;
    const items = itemsAfterLabel(label);
    if (!items) continue;
    exclude.add(keyOf(label.textContent ?? ''));
    const points = items.map((t) => ({ text: stripBullet(t) })).filter((p) => p.text);
    for (const it of items) exclude.add(keyOf(it));
    return { points, exclude };
  }

  // No labelled box: the first run of bulleted sibling lines that is not a source card's summary.
  let run: Element[] = [];
  const runs: Element[][] = [];
  for (const el of bulletedEls) {
    const prev = run[run.length - 1];
    if (prev && prev.parentElement === el.parentElement && nextElement(prev) === el) run.push(el);
    else {
      if (run.length >= MIN_RUN) runs.push(run);
      run = [el];
    }
  }
  if (run.length >= MIN_RUN) runs.push(run);
  for (const r of runs) {
    const box = r[0].parentElement;
    if (!box || (zoneOf && zoneOf(box) === 'boilerplate')) continue;
    if (SOURCE_CARD_LABEL.test(box.textContent ?? '')) continue;
    const texts = r.map((e) => collapse(e.textContent ?? '')).filter((t) => t.length <= MAX_ITEM_CHARS);
    if (texts.length < MIN_RUN || texts.length > MAX_ITEMS) continue;
    // Without a label, only emoji-marked lines (💡, ✅) read as the author's points; lines marked
    // with list bullets (・, ●, ■, ▶) are a list of the article, and the run stays in the body.
    if (!texts.every((t) => PICTOGRAPHIC_BULLET.test(t))) continue;
    if (r.some((e) => linkShareOf(e) > MAX_RUN_LINK_SHARE)) continue;
    return { points: texts.map((t) => ({ text: stripBullet(t) })), exclude };
  }
  return { points: [], exclude };
}

/** The block element a label's text stands in: climb inline wrappers whose text is the label alone. */
function labelElement(el: Element): Element | null {
  let cur: Element = el;
  const own = collapse(el.textContent ?? '');
  while (cur.parentElement && /^(STRONG|B|SPAN|EM|I|A|FONT|U|MARK)$/.test(cur.tagName.toUpperCase())) {
    const up = cur.parentElement;
    if (collapse(up.textContent ?? '') !== own) break;
    cur = up;
  }
  return /^(STRONG|B|SPAN|EM|I|FONT|U|MARK|A)$/.test(cur.tagName.toUpperCase()) && cur.nextElementSibling === null && cur.previousSibling ? null : cur;
}

/** The line element (p, li, dd, or a div with no block inside) a bulleted text starts, if any. */
function itemElement(el: Element): Element | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 3; i++, cur = cur.parentElement) {
    const tag = cur.tagName.toUpperCase();
    if (HEADING.test(tag)) return null;
    if (tag === 'P' || tag === 'LI' || tag === 'DD') return cur;
    if (tag === 'DIV') return cur.querySelector('p,div,li,ul,ol,table,section') ? null : cur;
  }
  return null;
}

/** Share of an element's text inside links. */
function linkShareOf(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) inLinks += (a.textContent ?? '').replace(/\s+/g, '').length;
  return inLinks / all;
}

function nextElement(el: Element): Element | null {
  return el.nextElementSibling;
}

/**
 * Items of the box a label heads, or null when what follows is not a key-point box:
 * - the next sibling (or the label's parent's next sibling) is a list → its items;
 * - the label is a heading → the following lists or bulleted lines up to the next heading;
 * - the label is a box title (p/div/strong) → its following siblings in the box.
 */
function itemsAfterLabel(label: Element): string[] | null {
  const isHeading = HEADING.test(label.tagName.toUpperCase());
  let start: Element | null = label.nextElementSibling;
  // A label wrapped alone in a header/div: look after the wrapper.
  if (!start && label.parentElement && collapse(label.parentElement.textContent ?? '') === collapse(label.textContent ?? '')) {
    start = label.parentElement.nextElementSibling;
  }
  const items: string[] = [];
  let total = 0;
  let listed = false;
  let allBulleted = true;
  for (let el = start; el; el = el.nextElementSibling) {
    const tag = el.tagName.toUpperCase();
    if (HEADING.test(tag)) break;
    if (tag === 'UL' || tag === 'OL' || tag === 'DL') {
      // Lists inside its items: the outline of a section ("Highlights" of a weekly report), not a box of points.
      if (el.querySelector('li ul, li ol')) return null;
      for (const li of Array.from(el.querySelectorAll(':scope > li, :scope > dd, :scope > dt'))) items.push(collapse(li.textContent ?? ''));
      listed = true;
      if (!isHeading) break;
      continue;
    }
    if (!ITEM_TAGS.test(tag)) {
      if (items.length) break;
      continue;
    }
    const lines = linesOf(el);
    const bulleted = lines.filter((l) => BULLET.test(l));
    if (isHeading && !bulleted.length) break; // prose after a heading: a section, not a box
    if (bulleted.length < lines.length) allBulleted = false;
    for (const l of isHeading ? bulleted : lines) items.push(l);
  }
  const good = items.filter((t) => t && t.length <= MAX_ITEM_CHARS);
  for (const t of good) total += t.length;
  if (good.length < MIN_ITEMS || good.length > MAX_ITEMS || total > MAX_BOX_CHARS || good.length < items.length) return null;
  // A plain paragraph label followed by plain paragraphs is a box only when it is alone in a small container.
  if (!isHeading && !listed && !allBulleted) {
    const box = label.parentElement;
    if (!box || (box.textContent ?? '').length > MAX_BOX_CHARS + MAX_LABEL_CHARS) return null;
  }
  return good;
}

/** Lines of an element split at `<br>`, whitespace collapsed. */
function linesOf(el: Element): string[] {
  if (!el.querySelector('br')) return [collapse(el.textContent ?? '')].filter(Boolean);
  const out: string[] = [];
  let cur = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) cur += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        if ((n as Element).tagName.toUpperCase() === 'BR') {
          out.push(collapse(cur));
          cur = '';
        } else walk(n);
      }
    }
  };
  walk(el);
  out.push(collapse(cur));
  return out.filter(Boolean);
}

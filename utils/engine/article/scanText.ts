/**
 * One walk over the text nodes of the article's region in the live page, collecting what the
 * key-point finder and the source finder need (labels, bulleted lines, URLs written as text),
 * so that the page is walked once, not once per feature. Read-only.
 */
import { scanForKeyPoints, type KeyPointCandidates } from './keyPoints';
import { now } from '../clock';

// ---- Tunables ------------------------------------------------------------------------------
/** Text nodes looked at at most (huge pages): past this the scan stops and says so. */
const MAX_TEXT_NODES = 20_000;
/** Shortest text that can hold an http URL. */
const MIN_URL_TEXT = 12;
/** Text nodes with URLs kept at most (a list of 10,000 bare URLs is not a list of sources to check one by one). */
const MAX_URL_NODES = 500;
/** Text nodes between two looks at the clock. */
const DEADLINE_CHECK_EVERY = 256;

export interface TextScan extends KeyPointCandidates {
  /** Text nodes with `http://` or `https://` in them (not inside links). */
  urlNodes: Node[];
  partial: boolean;
}

/** @param deadline `performance.now()` past which the scan stops (sets `partial`). */
export function scanText(region: Element, deadline = Infinity): TextScan {
  const scan: TextScan = { labels: [], bulleted: [], urlNodes: [], partial: false };
  const doc = region.ownerDocument;
  if (!doc) return scan;
  const walker = doc.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (++n > MAX_TEXT_NODES || (n % DEADLINE_CHECK_EVERY === 0 && now() > deadline)) {
      scan.partial = true;
      break;
    }
    const v = t.nodeValue ?? '';
    if (v.length >= MIN_URL_TEXT && v.includes('http') && /https?:\/\//i.test(v)) {
      if (scan.urlNodes.length < MAX_URL_NODES) scan.urlNodes.push(t);
      else scan.partial = true;
    }
    scanForKeyPoints(t, scan);
  }
  return scan;
}

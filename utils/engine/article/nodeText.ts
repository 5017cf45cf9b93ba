/**
 * Bounded reads of a node's text in the live page: the first or last characters only, without
 * building the text of a large subtree (`textContent` of a page-sized element costs milliseconds).
 */

/** The first `max` characters of a node's text (as `textContent`, without reading all of it). */
export function headText(node: Node, max: number): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').slice(0, max);
  if (node.nodeType !== 1) return '';
  let out = '';
  for (let c = node.firstChild; c && out.length < max; c = c.nextSibling) out += headText(c, max - out.length);
  return out;
}

/** The last `max` characters of a node's text, reading backwards. */
export function tailText(node: Node, max: number): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').slice(-max);
  if (node.nodeType !== 1) return '';
  let out = '';
  for (let c = node.lastChild; c && out.length < max; c = c.previousSibling) out = tailText(c, max - out.length) + out;
  return out;
}

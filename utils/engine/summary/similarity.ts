/**
 * TF-IDF sentence vectors, cosine similarity and LexRank (Erkan & Radev 2004,
 * continuous variant): PageRank over the graph whose edges are the cosine
 * similarities between sentences above a threshold. A sentence that many
 * others resemble is central to the article.
 */

/**
 * A sparse, L2-normalised vector: term ids ascending with their weights. Plain arrays:
 * a typed array of more than a few elements costs an off-heap allocation in V8, far more
 * than filling it for a sentence.
 */
export interface SparseVector {
  ids: readonly number[];
  weights: readonly number[];
}

const EMPTY: SparseVector = { ids: [], weights: [] };

/** A plain array of `n` zeros. */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** Sort `xs[0, n)` ascending in place (insertion sort: the lists are short and nearly sorted). */
function sortAscending(xs: number[], n = xs.length): void {
  for (let i = 1; i < n; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > x) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
}

/**
 * Vectors for `docs` (term lists), with IDF computed over `docs` themselves (each
 * sentence is a document), and for `extra` texts (title, headings, author points)
 * in the same space; terms unknown to `docs` are dropped from them.
 */
export function buildVectors(docs: string[][], extra: string[][] = []): { vectors: SparseVector[]; extraVectors: SparseVector[] } {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  // Last document that counted each term (a Set per document costs more than the counting).
  const lastDoc: number[] = [];
  // The term ids of every document, one after the other (looked up once, not again to weigh them).
  const docIds: number[] = [];
  for (let d = 0; d < docs.length; d++) {
    for (const t of docs[d]) {
      let id = vocab.get(t);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(t, id);
        df.push(0);
        lastDoc.push(-1);
      }
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        df[id]++;
      }
      docIds.push(id);
    }
  }
  const n = docs.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  // Term frequencies in a dense scratch array, reset after each document.
  const tf = zeros(vocab.size);
  const touched: number[] = [];
  const weigh = (): SparseVector => {
    const m = touched.length;
    if (!m) return EMPTY;
    sortAscending(touched);
    const ids = touched.slice();
    const weights = new Array<number>(m);
    let norm = 0;
    for (let i = 0; i < m; i++) {
      const id = ids[i];
      const w = (1 + Math.log(tf[id])) * idf[id];
      weights[i] = w;
      norm += w * w;
      tf[id] = 0;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < m; i++) weights[i] /= norm;
    touched.length = 0;
    return { ids, weights };
  };
  const vectors: SparseVector[] = [];
  let at = 0;
  for (let d = 0; d < n; d++) {
    for (let end = at + docs[d].length; at < end; at++) {
      const id = docIds[at];
      if (tf[id]++ === 0) touched.push(id);
    }
    vectors.push(weigh());
  }
  const extraVectors = extra.map((doc) => {
    for (const t of doc) {
      const id = vocab.get(t);
      if (id === undefined) continue;
      if (tf[id]++ === 0) touched.push(id);
    }
    return weigh();
  });
  return { vectors, extraVectors };
}

/** Cosine of two normalised sparse vectors (a merge of their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    if (ai[i] === bi[j]) {
      dot += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (ai[i] < bi[j]) i++;
    else j++;
  }
  return dot;
}

export interface LexRankOptions {
  threshold: number;
  damping: number;
  iterations: number;
  /** Only the first `maxNodes` vectors take part; the others get centrality 0. */
  maxNodes: number;
}

/** LexRank centrality of each vector, scaled so the most central is 1. */
export function lexRank(vectors: SparseVector[], opts: LexRankOptions): number[] {
  const n = Math.min(vectors.length, opts.maxNodes);
  const out = new Array<number>(vectors.length).fill(0);
  if (n === 0) return out;
  if (n === 1) {
    out[0] = 1;
    return out;
  }

  // Pairwise similarities through an inverted index (flat arrays, nodes ascending in each
  // term's list): only pairs that share a term cost anything. Plain arrays, not typed ones:
  // in Chromium a typed array of more than 8 elements costs ~10 µs to allocate.
  let maxId = -1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ids = vectors[i].ids;
    total += ids.length;
    for (let k = 0; k < ids.length; k++) if (ids[k] > maxId) maxId = ids[k];
  }
  const start = zeros(maxId + 2);
  for (let i = 0; i < n; i++) {
    const ids = vectors[i].ids;
    for (let k = 0; k < ids.length; k++) start[ids[k] + 1]++;
  }
  for (let t = 0; t <= maxId; t++) start[t + 1] += start[t];
  const fill = start.slice(0, maxId + 1);
  const postNode = zeros(total);
  const postW = zeros(total);
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postNode[at] = i;
      postW[at] = v.weights[k];
    }
  }
  // The graph is symmetric: cosine(a, b) and cosine(b, a) add the same products in the same
  // order (ids ascending), so each pair is computed once, from its lower node. pos[t] is the
  // current row's own entry in term t's list (rows fill the lists in ascending order).
  const threshold = opts.threshold;
  const acc = zeros(n);
  const mark = new Array<number>(n).fill(-1);
  const seen: number[] = [];
  const pos = start.slice(0, maxId + 1);
  const pairLow: number[] = [];
  const pairHigh: number[] = [];
  const pairW: number[] = [];
  const degree = zeros(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      const vw = v.weights[k];
      const end = start[t + 1];
      for (let q = pos[t]++ + 1; q < end; q++) {
        const node = postNode[q];
        if (mark[node] !== i) {
          mark[node] = i;
          seen.push(node);
        }
        acc[node] += vw * postW[q];
      }
    }
    sortAscending(seen);
    for (const j of seen) {
      // Only nodes sharing a term can pass a positive threshold.
      if (threshold > 0 && acc[j] >= threshold) {
        pairLow.push(i);
        pairHigh.push(j);
        pairW.push(acc[j]);
        degree[i]++;
        degree[j]++;
      }
      acc[j] = 0;
    }
    seen.length = 0;
  }
  if (!(threshold > 0)) {
    // Every pair is an edge (weight 0 when nothing is shared, and the node with itself).
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const w = i === j ? 0 : cosine(vectors[i], vectors[j]);
        if (w >= threshold) {
          pairLow.push(i);
          pairHigh.push(j);
          pairW.push(w);
          degree[i]++;
          if (j !== i) degree[j]++;
        }
      }
    }
  }
  // Rows with their targets ascending: the pairs come by lower node, then higher node, so a
  // row receives its lower neighbours first, in order, then its higher ones.
  const rowStart = zeros(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + degree[i];
  const cursor = rowStart.slice(0, n);
  const edgeTo = zeros(rowStart[n]);
  const edgeW = zeros(rowStart[n]);
  for (let e = 0; e < pairLow.length; e++) {
    const i = pairLow[e];
    const j = pairHigh[e];
    const w = pairW[e];
    edgeTo[cursor[i]] = j;
    edgeW[cursor[i]++] = w;
    if (j === i) continue;
    edgeTo[cursor[j]] = i;
    edgeW[cursor[j]++] = w;
  }
  const rowSum = zeros(n);
  for (let i = 0; i < n; i++) for (let k = rowStart[i]; k < rowStart[i + 1]; k++) rowSum[i] += edgeW[k];

  // Power iteration, pulling each node's new rank from its neighbours: the same terms are
  // added in the same order as pushing each node's share to its targets (sources ascending),
  // in one pass that also measures the change and sums the dangling nodes' ranks (rows
  // without edge weight spread their rank evenly).
  const d = opts.damping;
  let p = new Array<number>(n).fill(1 / n);
  let next = zeros(n);
  const share = zeros(n);
  let dangling = 0;
  for (let i = 0; i < n; i++) if (rowSum[i] === 0) dangling += p[i];
  for (let it = 0; it < opts.iterations; it++) {
    for (let i = 0; i < n; i++) if (rowSum[i] !== 0) share[i] = (d * p[i]) / rowSum[i];
    const base = (1 - d) / n + (d * dangling) / n;
    let delta = 0;
    dangling = 0;
    for (let j = 0; j < n; j++) {
      let x = base;
      for (let k = rowStart[j], end = rowStart[j + 1]; k < end; k++) x += share[edgeTo[k]] * edgeW[k];
      next[j] = x;
      delta += Math.abs(x - p[j]);
      if (rowSum[j] === 0) dangling += x;
    }
    const swap = p;
    p = next;
    next = swap;
    if (delta < 1e-6) break;
  }
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, p[i]);
  for (let i = 0; i < n; i++) out[i] = max > 0 ? p[i] / max : 0;
  return out;
}

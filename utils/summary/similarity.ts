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

/** Sort `xs[0, n)` ascending in place (insertion sort: the lists are short and nearly sorted). */
function sortAscending(xs: number[], n = xs.length): void {
  for (let i = 1; i < n; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j] > x) { xs[j + 1] = xs[j]; j--; }
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
      if (id === undefined) { id = vocab.size; vocab.set(t, id); df.push(0); lastDoc.push(-1); }
      if (lastDoc[id] !== d) { lastDoc[id] = d; df[id]++; }
      docIds.push(id);
    }
  }
  const n = docs.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  // Term frequencies in a dense scratch array, reset after each document.
  const tf = new Int32Array(vocab.size);
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
    if (ai[i] === bi[j]) { dot += a.weights[i] * b.weights[j]; i++; j++; }
    else if (ai[i] < bi[j]) i++;
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
  if (n === 1) { out[0] = 1; return out; }

  // Pairwise similarities through an inverted index (flat typed arrays, nodes ascending in each
  // term's list): only pairs that share a term cost anything.
  let maxId = -1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ids = vectors[i].ids;
    total += ids.length;
    for (let k = 0; k < ids.length; k++) if (ids[k] > maxId) maxId = ids[k];
  }
  const start = new Int32Array(maxId + 2);
  for (let i = 0; i < n; i++) {
    const ids = vectors[i].ids;
    for (let k = 0; k < ids.length; k++) start[ids[k] + 1]++;
  }
  for (let t = 0; t <= maxId; t++) start[t + 1] += start[t];
  const fill = start.slice(0, maxId + 1);
  const postNode = new Int32Array(total);
  const postW = new Float64Array(total);
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postNode[at] = i;
      postW[at] = v.weights[k];
    }
  }
  // Edges (cosine >= threshold) of every row, one row after the other, targets ascending.
  const acc = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const seen: number[] = [];
  const rowStart = new Int32Array(n + 1);
  const edgeTo: number[] = [];
  const edgeW: number[] = [];
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      const vw = v.weights[k];
      const end = start[v.ids[k] + 1];
      for (let q = start[v.ids[k]]; q < end; q++) {
        const node = postNode[q];
        if (node === i) continue;
        if (mark[node] !== i) { mark[node] = i; seen.push(node); }
        acc[node] += vw * postW[q];
      }
    }
    // Only nodes sharing a term can pass a positive threshold; in ascending order, as a scan of all would find them.
    if (opts.threshold > 0) {
      sortAscending(seen);
      for (const j of seen) {
        if (acc[j] >= opts.threshold) { edgeTo.push(j); edgeW.push(acc[j]); rowSum[i] += acc[j]; }
        acc[j] = 0;
      }
    } else {
      for (let j = 0; j < n; j++) {
        if (acc[j] >= opts.threshold) { edgeTo.push(j); edgeW.push(acc[j]); rowSum[i] += acc[j]; }
        acc[j] = 0;
      }
    }
    seen.length = 0;
    rowStart[i + 1] = edgeTo.length;
  }

  // Power iteration.
  let p = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const d = opts.damping;
  for (let it = 0; it < opts.iterations; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (rowSum[i] === 0) dangling += p[i];
    next.fill((1 - d) / n + (d * dangling) / n);
    for (let i = 0; i < n; i++) {
      if (rowSum[i] === 0) continue;
      const share = (d * p[i]) / rowSum[i];
      for (let k = rowStart[i], end = rowStart[i + 1]; k < end; k++) next[edgeTo[k]] += share * edgeW[k];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i] - p[i]);
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

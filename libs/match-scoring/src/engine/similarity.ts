// Shared science: how much two profiles talk about the same things (diseases, targets, modalities,
// platforms), as the cosine of their TF-IDF vectors of science terms (stemmed words, French read as
// English, plus the areas and modalities tagged or read from text). Real partners usually share
// science even when their business is complementary, and licensing, co-development and
// manufacturing partners share indication or modality. Built once per run: vectors and an
// inverted index on SharedArrayBuffers, so one company's similarity to every other company costs
// the length of its terms' postings, not one comparison per pair.
import { shared } from './prepared.js';

export interface ScienceIndex {
  /** Company i's terms are vecTerm/vecWeight[vecOffset[i] .. vecOffset[i + 1]), ascending term ids. */
  vecOffset: Int32Array;
  vecTerm: Int32Array;
  vecWeight: Float32Array;
  /** Term t's companies are postDoc/postWeight[postOffset[t] .. postOffset[t + 1]). */
  postOffset: Int32Array;
  postDoc: Int32Array;
  postWeight: Float32Array;
}

/** The most companies one term may name before it is too common to tell anyone apart. */
function maxDocumentFrequency(count: number): number {
  return count <= 4000 ? Math.max(2, Math.floor(count / 2)) : 2000;
}

/** TF-IDF vectors (sublinear term frequency, unit length) and their inverted index. */
export function buildScienceIndex(termCounts: Array<Map<string, number>>): ScienceIndex {
  const count = termCounts.length;
  const df = new Map<string, number>();
  for (const terms of termCounts) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = maxDocumentFrequency(count);
  const termIds = new Map<string, number>();
  for (const [term, n] of [...df].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    if (n >= 2 && n <= maxDf) termIds.set(term, termIds.size);

  const vectors = termCounts.map((terms) => {
    const entries: Array<[number, number]> = [];
    for (const [term, tf] of terms) {
      const id = termIds.get(term);
      if (id !== undefined) entries.push([id, (1 + Math.log(tf)) * Math.log(count / df.get(term)!)]);
    }
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return entries.sort((x, y) => x[0] - y[0]).map(([id, w]) => [id, w / norm] as const);
  });

  const nnz = vectors.reduce((s, v) => s + v.length, 0);
  const index: ScienceIndex = {
    vecOffset: shared(Int32Array, count + 1),
    vecTerm: shared(Int32Array, nnz),
    vecWeight: shared(Float32Array, nnz),
    postOffset: shared(Int32Array, termIds.size + 1),
    postDoc: shared(Int32Array, nnz),
    postWeight: shared(Float32Array, nnz),
  };
  let at = 0;
  const postingCount = new Int32Array(termIds.size);
  vectors.forEach((vector, i) => {
    index.vecOffset[i] = at;
    for (const [term, weight] of vector) {
      index.vecTerm[at] = term;
      index.vecWeight[at++] = weight;
      postingCount[term]++;
    }
  });
  index.vecOffset[count] = at;
  for (let t = 0; t < termIds.size; t++) index.postOffset[t + 1] = index.postOffset[t] + postingCount[t];
  const fill = Int32Array.from(index.postOffset.subarray(0, termIds.size));
  vectors.forEach((vector, i) => {
    for (const [term, weight] of vector) {
      const slot = fill[term]++;
      index.postDoc[slot] = i;
      index.postWeight[slot] = weight;
    }
  });
  return index;
}

/** Adds company a's cosine with every company into `into` (which must hold zeros where it matters). */
export function accumulateSimilarity(index: ScienceIndex, a: number, into: Float32Array): void {
  for (let k = index.vecOffset[a]; k < index.vecOffset[a + 1]; k++) {
    const t = index.vecTerm[k];
    const w = index.vecWeight[k];
    for (let p = index.postOffset[t]; p < index.postOffset[t + 1]; p++)
      into[index.postDoc[p]] += w * index.postWeight[p];
  }
}

/** Sets back to zero what accumulateSimilarity(index, a, into) wrote. */
export function clearSimilarity(index: ScienceIndex, a: number, into: Float32Array): void {
  for (let k = index.vecOffset[a]; k < index.vecOffset[a + 1]; k++) {
    const t = index.vecTerm[k];
    for (let p = index.postOffset[t]; p < index.postOffset[t + 1]; p++) into[index.postDoc[p]] = 0;
  }
}

/** The cosine of two companies' science vectors (a merge of two sorted term lists). */
export function similarity(index: ScienceIndex, a: number, b: number): number {
  let i = index.vecOffset[a];
  let j = index.vecOffset[b];
  const iEnd = index.vecOffset[a + 1];
  const jEnd = index.vecOffset[b + 1];
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const ti = index.vecTerm[i];
    const tj = index.vecTerm[j];
    if (ti === tj) sum += index.vecWeight[i++] * index.vecWeight[j++];
    else if (ti < tj) i++;
    else j++;
  }
  return sum;
}

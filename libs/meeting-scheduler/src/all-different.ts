/**
 * Régin's filter for an all-different constraint on one small bipartite graph: the _left_ vertices
 * must all be matched (each to its own right vertex), and an edge survives only if some matching
 * that covers the left side uses it. For a participant, the left side is the meetings they must
 * place and the right side the slots open to them (or, when every open slot must be filled, the
 * other way round): the filter then removes the meeting-slot pairs no schedule of that person can
 * use, which the naked and hidden singles alone miss (two meetings that can only take the same two
 * slots keep every other meeting out of both).
 *
 * With a matching M covering the left side, orient each non-matching edge left → right and each
 * matching edge right → left. A non-matching edge (l, r) is in some such matching exactly when r
 * can reach a right vertex M leaves free (an even alternating path frees r), or l and r lie on one
 * cycle (one strongly connected component: an alternating cycle). A right vertex that is matched
 * and reaches no free one is _vital_: every such matching uses it.
 *
 * Arrays are typed and reused between calls; the caller's matching is the starting point, so a
 * participant whose graph lost a few edges since the last call needs only a few augmenting paths.
 */
export class AllDifferentFilter {
  /** Left vertex → matched right vertex, or -1; the caller may seed it before `run`. */
  matchLeft = new Int32Array(0);
  /** Right vertex → matched left vertex, or -1 (set by `run`). */
  matchRight = new Int32Array(0);
  /** Per edge (same index as the adjacency list): 1 when some matching covering the left side uses it. */
  keep = new Uint8Array(0);
  /** Per right vertex: 1 when every matching covering the left side uses it. */
  vital = new Uint8Array(0);
  /** True when some right vertex is vital (set by `run`). */
  anyVital = false;
  private seen = new Int32Array(0);
  private stamp = 0;
  private reaches = new Uint8Array(0);
  private revStart = new Int32Array(0);
  private revList = new Int32Array(0);
  private queue = new Int32Array(0);
  private index = new Int32Array(0);
  private low = new Int32Array(0);
  private component = new Int32Array(0);
  private onStack = new Uint8Array(0);
  private stack = new Int32Array(0);
  private callNode = new Int32Array(0);
  private callEdge = new Int32Array(0);

  /** Room for graphs up to these sizes; matchLeft keeps its contents when large enough. */
  reserve(left: number, right: number, edges: number): void {
    const nodes = left + right;
    if (this.matchLeft.length < left) this.matchLeft = new Int32Array(left * 2);
    if (this.keep.length < edges) {
      this.keep = new Uint8Array(edges * 2);
      this.revList = new Int32Array(edges * 2);
    }
    if (this.matchRight.length < right) {
      this.matchRight = new Int32Array(right * 2);
      this.vital = new Uint8Array(right * 2);
      this.seen = new Int32Array(right * 2);
      this.revStart = new Int32Array(right * 2 + 1);
    }
    if (this.reaches.length < nodes) {
      const size = nodes * 2;
      this.reaches = new Uint8Array(size);
      this.queue = new Int32Array(size);
      this.index = new Int32Array(size);
      this.low = new Int32Array(size);
      this.component = new Int32Array(size);
      this.onStack = new Uint8Array(size);
      this.stack = new Int32Array(size);
      this.callNode = new Int32Array(size);
      this.callEdge = new Int32Array(size);
    }
  }

  /**
   * Left vertex l has edges to `adjList[adjStart[l] .. adjStart[l + 1])` (right vertices). Returns
   * false, with `keep` and `vital` unset, when no matching covers the left side; otherwise fills them.
   */
  run(left: number, right: number, adjStart: Int32Array, adjList: Int32Array): boolean {
    const { matchLeft, matchRight } = this;
    matchRight.fill(-1, 0, right);
    for (let l = 0; l < left; l++) {
      const r = matchLeft[l];
      if (r >= 0 && matchRight[r] < 0 && hasEdge(adjStart, adjList, l, r)) matchRight[r] = l;
      else matchLeft[l] = -1;
    }
    for (let l = 0; l < left; l++) {
      if (matchLeft[l] >= 0) continue;
      this.stamp++;
      if (!this.augment(l, adjStart, adjList)) return false;
    }
    this.markReaching(left, right, adjStart, adjList);
    const edges = adjStart[left];
    let allFree = true;
    for (let r = 0; r < right && allFree; r++) allFree = this.reaches[left + r] === 1;
    if (allFree) {
      this.keep.fill(1, 0, edges);
      this.vital.fill(0, 0, right);
      this.anyVital = false;
      return true;
    }
    this.components(left, right, adjStart, adjList);
    const { keep, reaches, component } = this;
    for (let l = 0; l < left; l++)
      for (let e = adjStart[l]; e < adjStart[l + 1]; e++) {
        const r = adjList[e];
        keep[e] =
          matchLeft[l] === r || reaches[left + r] === 1 || component[l] === component[left + r] ? 1 : 0;
      }
    this.anyVital = false;
    for (let r = 0; r < right; r++) {
      this.vital[r] = matchRight[r] >= 0 && !reaches[left + r] ? 1 : 0;
      if (this.vital[r]) this.anyVital = true;
    }
    return true;
  }

  private augment(l: number, adjStart: Int32Array, adjList: Int32Array): boolean {
    const { matchLeft, matchRight, seen } = this;
    for (let e = adjStart[l]; e < adjStart[l + 1]; e++) {
      const r = adjList[e];
      if (seen[r] === this.stamp) continue;
      seen[r] = this.stamp;
      if (matchRight[r] < 0 || this.augment(matchRight[r], adjStart, adjList)) {
        matchLeft[l] = r;
        matchRight[r] = l;
        return true;
      }
    }
    return false;
  }

  /** `reaches[v]` = 1 when v can reach a free right vertex (right vertex r is node left + r). */
  private markReaching(left: number, right: number, adjStart: Int32Array, adjList: Int32Array): void {
    const { reaches, revStart, revList, queue, matchLeft, matchRight } = this;
    reaches.fill(0, 0, left + right);
    revStart.fill(0, 0, right + 1);
    for (let e = 0; e < adjStart[left]; e++) revStart[adjList[e] + 1]++;
    for (let r = 0; r < right; r++) revStart[r + 1] += revStart[r];
    for (let l = 0; l < left; l++)
      for (let e = adjStart[l]; e < adjStart[l + 1]; e++) revList[revStart[adjList[e]]++] = l;
    for (let r = right; r > 0; r--) revStart[r] = revStart[r - 1];
    revStart[0] = 0;
    let head = 0;
    let tail = 0;
    for (let r = 0; r < right; r++)
      if (matchRight[r] < 0) {
        reaches[left + r] = 1;
        queue[tail++] = r;
      }
    // Reverse arcs: into right r come its non-matching edges (l → r); into left l, its match (M(l) → l).
    while (head < tail) {
      const r = queue[head++];
      for (let e = revStart[r]; e < revStart[r + 1]; e++) {
        const l = revList[e];
        if (reaches[l] || matchLeft[l] === r) continue;
        reaches[l] = 1;
        const back = matchLeft[l];
        if (!reaches[left + back]) {
          reaches[left + back] = 1;
          queue[tail++] = back;
        }
      }
    }
  }

  /** Tarjan's strongly connected components, iteratively, over the vertices that reach no free one. */
  private components(left: number, right: number, adjStart: Int32Array, adjList: Int32Array): void {
    const { index, low, component, onStack, stack, callNode, callEdge, reaches, matchLeft, matchRight } =
      this;
    const nodes = left + right;
    index.fill(-1, 0, nodes);
    onStack.fill(0, 0, nodes);
    component.fill(-1, 0, nodes);
    let counter = 0;
    let top = 0;
    // Successors: a left vertex's non-matching edges; a right vertex's matched left vertex.
    const successor = (v: number, k: number): number => {
      if (v < left) {
        const e = adjStart[v] + k;
        if (e >= adjStart[v + 1]) return -2;
        const r = adjList[e];
        return r === matchLeft[v] ? -1 : left + r;
      }
      return k === 0 ? matchRight[v - left] : -2;
    };
    for (let root = 0; root < nodes; root++) {
      if (index[root] >= 0 || reaches[root]) continue;
      callNode[0] = root;
      callEdge[0] = 0;
      let depth = 1;
      index[root] = low[root] = counter++;
      stack[top++] = root;
      onStack[root] = 1;
      while (depth > 0) {
        const v = callNode[depth - 1];
        const w = successor(v, callEdge[depth - 1]++);
        if (w === -2) {
          depth--;
          if (low[v] === index[v]) {
            let x;
            do {
              x = stack[--top];
              onStack[x] = 0;
              component[x] = v;
            } while (x !== v);
          }
          if (depth > 0) {
            const parent = callNode[depth - 1];
            if (low[v] < low[parent]) low[parent] = low[v];
          }
          continue;
        }
        if (w < 0 || reaches[w]) continue;
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack[top++] = w;
          onStack[w] = 1;
          callNode[depth] = w;
          callEdge[depth] = 0;
          depth++;
        } else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
      }
    }
  }
}

function hasEdge(adjStart: Int32Array, adjList: Int32Array, l: number, r: number): boolean {
  for (let e = adjStart[l]; e < adjStart[l + 1]; e++) if (adjList[e] === r) return true;
  return false;
}

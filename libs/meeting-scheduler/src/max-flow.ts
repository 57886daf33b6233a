/** Dinic's maximum flow on a small integer network (the lower bounds' auxiliary graphs). */
export class FlowNetwork {
  private readonly head: Int32Array;
  private to: number[] = [];
  private capacity: number[] = [];
  private next: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.level = new Int32Array(nodeCount);
    this.cursor = new Int32Array(nodeCount);
  }

  /** Returns the edge's handle for `flowOn`. */
  addEdge(from: number, to: number, capacity: number): number {
    for (const [a, b, c] of [
      [from, to, capacity],
      [to, from, 0],
    ]) {
      this.to.push(b);
      this.capacity.push(c);
      this.next.push(this.head[a]);
      this.head[a] = this.to.length - 1;
    }
    return this.to.length - 2;
  }

  /** After `maxFlow`: the flow through an edge, read off its reverse residual capacity. */
  flowOn(edge: number): number {
    return this.capacity[edge ^ 1];
  }

  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.buildLevels(source, sink)) {
      for (let v = 0; v < this.nodeCount; v++) this.cursor[v] = this.head[v];
      let pushed: number;
      while ((pushed = this.push(source, sink, Number.MAX_SAFE_INTEGER)) > 0) total += pushed;
    }
    return total;
  }

  private buildLevels(source: number, sink: number): boolean {
    this.level.fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i];
      for (let e = this.head[v]; e >= 0; e = this.next[e]) {
        const w = this.to[e];
        if (this.capacity[e] > 0 && this.level[w] < 0) {
          this.level[w] = this.level[v] + 1;
          queue.push(w);
        }
      }
    }
    return this.level[sink] >= 0;
  }

  private push(v: number, sink: number, limit: number): number {
    if (v === sink) return limit;
    for (; this.cursor[v] >= 0; this.cursor[v] = this.next[this.cursor[v]]) {
      const e = this.cursor[v];
      const w = this.to[e];
      if (this.capacity[e] <= 0 || this.level[w] !== this.level[v] + 1) continue;
      const pushed = this.push(w, sink, Math.min(limit, this.capacity[e]));
      if (pushed > 0) {
        this.capacity[e] -= pushed;
        this.capacity[e ^ 1] += pushed;
        return pushed;
      }
    }
    return 0;
  }
}

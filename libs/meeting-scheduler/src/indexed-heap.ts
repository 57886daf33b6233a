/** A binary min-heap of item indices whose order may change while they are queued. */
export class IndexedHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private size = 0;

  /** `before(a, b)`: a must come out first; it must be a strict total order for determinism. */
  constructor(
    capacity: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  has(item: number): boolean {
    return this.position[item] >= 0;
  }

  push(item: number): void {
    this.items[this.size] = item;
    this.position[item] = this.size;
    this.size++;
    this.up(this.size - 1);
  }

  pop(): number {
    const top = this.items[0];
    this.size--;
    this.position[top] = -1;
    if (this.size > 0) {
      this.items[0] = this.items[this.size];
      this.position[this.items[0]] = 0;
      this.down(0);
    }
    return top;
  }

  /** Restores the order after the key of a queued item moved either way. */
  update(item: number): void {
    const at = this.position[item];
    if (at < 0) return;
    this.up(at);
    this.down(this.position[item]);
  }

  private up(at: number): void {
    const item = this.items[at];
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(item, this.items[parent])) break;
      this.items[at] = this.items[parent];
      this.position[this.items[at]] = at;
      at = parent;
    }
    this.items[at] = item;
    this.position[item] = at;
  }

  private down(at: number): void {
    const item = this.items[at];
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(this.items[child + 1], this.items[child])) child++;
      if (!this.before(this.items[child], item)) break;
      this.items[at] = this.items[child];
      this.position[this.items[at]] = at;
      at = child;
    }
    this.items[at] = item;
    this.position[item] = at;
  }
}

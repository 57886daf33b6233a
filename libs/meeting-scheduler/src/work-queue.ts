/** A first-in first-out queue of item indices (below `capacity`) in which each item waits at most once. */
export class WorkQueue {
  private readonly queued: Uint8Array;
  /** A ring one longer than the most items that can wait, so that head = tail means empty. */
  private readonly ring: Int32Array;
  private head = 0;
  private tail = 0;

  constructor(capacity: number) {
    this.queued = new Uint8Array(capacity);
    this.ring = new Int32Array(capacity + 1);
  }

  get empty(): boolean {
    return this.head === this.tail;
  }

  push(item: number): void {
    if (this.queued[item]) return;
    this.queued[item] = 1;
    this.ring[this.tail] = item;
    this.tail = (this.tail + 1) % this.ring.length;
  }

  /** The oldest item, which may be pushed again from now on. */
  pop(): number {
    const item = this.ring[this.head];
    this.head = (this.head + 1) % this.ring.length;
    this.queued[item] = 0;
    return item;
  }
}

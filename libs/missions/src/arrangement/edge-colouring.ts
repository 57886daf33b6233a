/**
 * Puts the matched pairs into time slots: a bipartite edge colouring where a colour is a slot, so
 * no company is in two meetings at once. Each pair takes the first slot free for both companies;
 * when none is, an alternating path of two slots is swapped (Kőnig's argument: a slot free for the
 * delegate, another free for the host, and the meetings along the path trade places) so that one
 * slot frees up. Meetings already published, and slots a company cannot use, never move.
 */

const FREE = -1;
const BLOCKED = -2;

export interface ColouredEdge {
  left: number;
  right: number;
  slot: number;
  fixed: boolean;
}

export class SlotBoard {
  /** For each company (left ones first, then right), what it does in each slot: an edge index, FREE or BLOCKED. */
  private readonly cells: Int32Array[];
  readonly edges: ColouredEdge[] = [];

  constructor(
    private readonly left: number,
    right: number,
    private readonly slots: number,
  ) {
    this.cells = Array.from({ length: left + right }, () => new Int32Array(slots).fill(FREE));
  }

  block(side: 'left' | 'right', index: number, slot: number): void {
    const row = this.row(side, index);
    if (row[slot] === FREE) row[slot] = BLOCKED;
  }

  /** A published meeting: it keeps its slot. */
  fix(left: number, right: number, slot: number): void {
    this.put({ left, right, slot, fixed: true });
  }

  /** Places a pair; false when no slot could be freed for both companies. */
  place(left: number, right: number): boolean {
    const l = this.row('left', left);
    const r = this.row('right', right);
    for (let s = 0; s < this.slots; s += 1) {
      if (l[s] === FREE && r[s] === FREE) {
        this.put({ left, right, slot: s, fixed: false });
        return true;
      }
    }
    for (let a = 0; a < this.slots; a += 1) {
      if (l[a] !== FREE) continue;
      for (let b = 0; b < this.slots; b += 1) {
        if (r[b] !== FREE || b === a) continue;
        if (this.swapPath(right, a, b)) {
          this.put({ left, right, slot: a, fixed: false });
          return true;
        }
      }
    }
    return false;
  }

  private row(side: 'left' | 'right', index: number): Int32Array {
    return this.cells[side === 'left' ? index : this.left + index];
  }

  private put(edge: ColouredEdge): void {
    const index = this.edges.push(edge) - 1;
    this.row('left', edge.left)[edge.slot] = index;
    this.row('right', edge.right)[edge.slot] = index;
  }

  /**
   * From the right company `start`, follows its meeting in slot a, then that delegate's meeting in
   * slot b, and so on; if the path ends at a company whose next slot is free (not blocked) and no
   * meeting on it is fixed, swaps a and b along it (slot a becomes free for `start`).
   */
  private swapPath(start: number, a: number, b: number): boolean {
    const path: number[] = [];
    let company = this.left + start;
    let colour = a;
    for (;;) {
      const cell = this.cells[company][colour];
      if (cell === FREE) break;
      if (cell === BLOCKED) return false;
      const edge = this.edges[cell];
      if (edge.fixed) return false;
      path.push(cell);
      company = company < this.left ? this.left + edge.right : edge.left;
      colour = colour === a ? b : a;
    }
    for (const index of path) {
      const edge = this.edges[index];
      this.row('left', edge.left)[edge.slot] = FREE;
      this.row('right', edge.right)[edge.slot] = FREE;
    }
    for (const index of path) {
      const edge = this.edges[index];
      edge.slot = edge.slot === a ? b : a;
      this.row('left', edge.left)[edge.slot] = index;
      this.row('right', edge.right)[edge.slot] = index;
    }
    return true;
  }
}

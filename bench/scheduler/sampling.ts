import { Prng } from '@app/meeting-scheduler';

/** Draws indices with probability proportional to fixed weights (binary search on the prefix sums). */
export class WeightedPicker {
  private readonly prefix: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.prefix = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) this.prefix[i] = total += weights[i];
  }

  pick(random: Prng): number {
    const target = random.next() * this.prefix[this.prefix.length - 1];
    let low = 0;
    let high = this.prefix.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.prefix[mid] <= target) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Zipf-like popularity: weight 1/(rank+1)^exponent, the ranks dealt at random. */
export function popularity(count: number, exponent: number, random: Prng): Float64Array {
  const ranks = random.shuffle(Array.from({ length: count }, (_, i) => i));
  return Float64Array.from(ranks, (rank) => 1 / Math.pow(rank + 1, exponent));
}

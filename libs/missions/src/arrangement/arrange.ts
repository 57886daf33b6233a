import { maxWeightBMatching, type WeightedEdge } from './b-matching.js';
import { SlotBoard } from './edge-colouring.js';

/**
 * The arrangement of a trade mission's meetings, as plain data: which selected delegate meets
 * which selected host, and in which slot. Pure and deterministic: the same input gives the same
 * arrangement (companies are taken in id order, ties go to the lower id).
 */
export interface ArrangementInput {
  delegates: readonly string[];
  hosts: readonly string[];
  /** Mutual fit 0..1 of a delegate and a host (the engine's scores, both directions). */
  fit: (delegate: string, host: string) => number;
  /** A company (either side) that must meet another; at most 5 each, checked by the caller. */
  mustMeet: readonly { from: string; to: string }[];
  /** A company (either side) that will not meet another: such a pair is never arranged. */
  avoid: readonly { from: string; to: string }[];
  meetingsPerDelegate: number;
  /** How many meeting slots the mission has (every company may meet once per slot). */
  slots: number;
  /** Meetings already published: they keep their slot and count towards the target. */
  published: readonly { delegate: string; host: string; slot: number }[];
  /** Slots a company cannot use (another meeting of its people outside the mission). */
  blocked?: ReadonlyMap<string, readonly number[]>;
}

export type UnplacedReason = 'AVOIDED' | 'CAPACITY' | 'NO_COMMON_TIME';

export interface ArrangedMeeting {
  delegate: string;
  host: string;
  slot: number;
  fit: number;
  mustMeet: boolean;
}

export interface Arrangement {
  /** New meetings, by slot then delegate. */
  meetings: ArrangedMeeting[];
  /** Must-meet pairs (asked by either side, counted once) not in the arrangement, and why. */
  unplacedMustMeets: { delegate: string; host: string; reason: UnplacedReason }[];
  delegatesBelowTarget: string[];
  /** Sum of the fit of every meeting, published ones included. */
  totalFit: number;
}

/** A meeting is worth its fit plus this, so that a delegate short of its target meets someone. */
const BASE_WEIGHT = 0.05;
/** Each side's must-meet outweighs any sum of fits a swap could gain elsewhere. */
const MUST_MEET_WEIGHT = 10;

const key = (delegate: string, host: string) => `${delegate}\u0000${host}`;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function arrangeMeetings(input: ArrangementInput): Arrangement {
  const delegates = [...new Set(input.delegates)].sort(byId);
  const hosts = [...new Set(input.hosts)].sort(byId);
  const dIndex = new Map(delegates.map((id, i) => [id, i]));
  const hIndex = new Map(hosts.map((id, i) => [id, i]));
  const pairOf = (a: string, b: string): [string, string] | null =>
    dIndex.has(a) && hIndex.has(b) ? [a, b] : dIndex.has(b) && hIndex.has(a) ? [b, a] : null;

  const avoided = new Set<string>();
  for (const { from, to } of input.avoid) {
    const pair = pairOf(from, to);
    if (pair) avoided.add(key(...pair));
  }
  const wanted = new Map<string, number>();
  for (const { from, to } of input.mustMeet) {
    const pair = pairOf(from, to);
    if (pair) wanted.set(key(...pair), (wanted.get(key(...pair)) ?? 0) + 1);
  }

  const board = new SlotBoard(delegates.length, hosts.length, input.slots);
  for (const [company, slots] of input.blocked ?? []) {
    for (const slot of slots) {
      if (dIndex.has(company)) board.block('left', dIndex.get(company)!, slot);
      if (hIndex.has(company)) board.block('right', hIndex.get(company)!, slot);
    }
  }
  const published = new Set<string>();
  const delegateLoad = new Int32Array(delegates.length);
  const hostLoad = new Int32Array(hosts.length);
  let totalFit = 0;
  for (const m of input.published) {
    const d = dIndex.get(m.delegate);
    const h = hIndex.get(m.host);
    if (d === undefined || h === undefined) continue;
    board.fix(d, h, m.slot);
    published.add(key(m.delegate, m.host));
    delegateLoad[d] += 1;
    hostLoad[h] += 1;
    totalFit += input.fit(m.delegate, m.host);
  }

  const blockedCount = (company: string) => input.blocked?.get(company)?.length ?? 0;
  const delegateCapacity = delegates.map((id, d) =>
    Math.max(0, Math.min(input.meetingsPerDelegate, input.slots - blockedCount(id)) - delegateLoad[d]),
  );
  const hostCapacity = hosts.map((id, h) => Math.max(0, input.slots - blockedCount(id) - hostLoad[h]));

  const fits = new Map<string, number>();
  const edges: WeightedEdge[] = [];
  delegates.forEach((delegate, d) =>
    hosts.forEach((host, h) => {
      const k = key(delegate, host);
      if (avoided.has(k) || published.has(k)) return;
      const fit = input.fit(delegate, host);
      fits.set(k, fit);
      edges.push({ left: d, right: h, weight: BASE_WEIGHT + fit + MUST_MEET_WEIGHT * (wanted.get(k) ?? 0) });
    }),
  );
  const matched = maxWeightBMatching(delegateCapacity, hostCapacity, edges);
  // Must-meets take their slots first, then the best fits.
  matched.sort((x, y) => y.weight - x.weight || x.left - y.left || x.right - y.right);

  const meetings: ArrangedMeeting[] = [];
  const unscheduled = new Set<string>();
  const before = board.edges.length;
  for (const edge of matched) {
    const k = key(delegates[edge.left], hosts[edge.right]);
    if (!board.place(edge.left, edge.right)) unscheduled.add(k);
  }
  for (const edge of board.edges.slice(before)) {
    const delegate = delegates[edge.left];
    const host = hosts[edge.right];
    const fit = fits.get(key(delegate, host)) ?? 0;
    totalFit += fit;
    delegateLoad[edge.left] += 1;
    meetings.push({ delegate, host, slot: edge.slot, fit, mustMeet: wanted.has(key(delegate, host)) });
  }
  meetings.sort((x, y) => x.slot - y.slot || byId(x.delegate, y.delegate));

  const arranged = new Set([...published, ...meetings.map((m) => key(m.delegate, m.host))]);
  const unplacedMustMeets: Arrangement['unplacedMustMeets'] = [];
  for (const k of [...wanted.keys()].sort(byId)) {
    if (arranged.has(k)) continue;
    const [delegate, host] = k.split('\u0000');
    const reason: UnplacedReason = avoided.has(k)
      ? 'AVOIDED'
      : unscheduled.has(k)
        ? 'NO_COMMON_TIME'
        : 'CAPACITY';
    unplacedMustMeets.push({ delegate, host, reason });
  }
  return {
    meetings,
    unplacedMustMeets,
    delegatesBelowTarget: delegates.filter((_, d) => delegateLoad[d] < input.meetingsPerDelegate),
    totalFit,
  };
}

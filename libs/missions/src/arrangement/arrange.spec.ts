import { arrangeMeetings, type ArrangementInput } from './arrange.js';
import { maxWeightBMatching } from './b-matching.js';

const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

/** A deterministic pseudo-random fit in 0..1. */
function hashedFit(d: string, h: string): number {
  let x = 2166136261;
  for (const c of d + h) x = Math.imul(x ^ c.charCodeAt(0), 16777619);
  return ((x >>> 0) % 1000) / 1000;
}

function input(overrides: Partial<ArrangementInput> = {}): ArrangementInput {
  return {
    delegates: ids('d', 6),
    hosts: ids('h', 12),
    fit: hashedFit,
    mustMeet: [],
    avoid: [],
    meetingsPerDelegate: 4,
    slots: 6,
    published: [],
    ...overrides,
  };
}

function assertValid(result: ReturnType<typeof arrangeMeetings>, i: ArrangementInput) {
  const seen = new Set<string>();
  const busy = new Set<string>();
  for (const m of [...i.published, ...result.meetings]) {
    expect(seen.has(`${m.delegate}|${m.host}`)).toBe(false);
    seen.add(`${m.delegate}|${m.host}`);
    for (const company of [m.delegate, m.host]) {
      expect(busy.has(`${company}@${m.slot}`)).toBe(false);
      busy.add(`${company}@${m.slot}`);
      expect(i.blocked?.get(company)?.includes(m.slot) ?? false).toBe(false);
    }
    expect(m.slot).toBeGreaterThanOrEqual(0);
    expect(m.slot).toBeLessThan(i.slots);
  }
  for (const d of i.delegates) {
    expect([...i.published, ...result.meetings].filter((m) => m.delegate === d).length).toBeLessThanOrEqual(
      i.meetingsPerDelegate,
    );
  }
}

describe('maxWeightBMatching', () => {
  it('finds the heaviest matching, not the greedy one', () => {
    // Greedy takes 0–0 (10) and then nothing; the best is 0–1 + 1–0 (9 + 9).
    const chosen = maxWeightBMatching(
      [1, 1],
      [1, 1],
      [
        { left: 0, right: 0, weight: 10 },
        { left: 0, right: 1, weight: 9 },
        { left: 1, right: 0, weight: 9 },
      ],
    );
    expect(chosen.reduce((s, e) => s + e.weight, 0)).toBe(18);
  });

  it('respects both sides’ capacities', () => {
    const edges = [0, 1, 2].flatMap((l) => [0, 1].map((r) => ({ left: l, right: r, weight: 1 + l + r })));
    const chosen = maxWeightBMatching([2, 2, 2], [2, 1], edges);
    expect(chosen.filter((e) => e.right === 0)).toHaveLength(2);
    expect(chosen.filter((e) => e.right === 1)).toHaveLength(1);
  });
});

describe('arrangeMeetings', () => {
  it('gives every delegate its target when there is room, with no company twice in a slot and no pair twice', () => {
    const i = input();
    const result = arrangeMeetings(i);
    assertValid(result, i);
    expect(result.meetings).toHaveLength(6 * 4);
    expect(result.delegatesBelowTarget).toEqual([]);
  });

  it('is deterministic, whatever the order of the companies', () => {
    const a = arrangeMeetings(input());
    const b = arrangeMeetings(input({ delegates: ids('d', 6).reverse(), hosts: ids('h', 12).reverse() }));
    expect(b).toEqual(a);
  });

  it('places must-meets (from either side) even when their fit is poor, and never an avoided pair', () => {
    const i = input({
      fit: (d, h) => (d === 'd000' && h === 'h011' ? 0 : hashedFit(d, h)),
      mustMeet: [
        { from: 'd000', to: 'h011' },
        { from: 'h005', to: 'd001' },
      ],
      avoid: [{ from: 'h003', to: 'd002' }],
    });
    const result = arrangeMeetings(i);
    assertValid(result, i);
    const pairs = result.meetings.map((m) => `${m.delegate}|${m.host}`);
    expect(pairs).toContain('d000|h011');
    expect(pairs).toContain('d001|h005');
    expect(pairs).not.toContain('d002|h003');
    expect(result.meetings.find((m) => m.delegate === 'd000' && m.host === 'h011')?.mustMeet).toBe(true);
    expect(result.unplacedMustMeets).toEqual([]);
  });

  it('reports a must-meet that is also avoided, and one that cannot fit', () => {
    const i = input({
      hosts: ids('h', 2),
      fit: (d, h) => (h === 'h000' ? (d === 'd000' ? 0.9 : 0.1) : 0.5),
      meetingsPerDelegate: 1,
      slots: 1,
      mustMeet: [
        { from: 'd000', to: 'h000' },
        { from: 'd001', to: 'h000' },
        { from: 'd002', to: 'h001' },
      ],
      avoid: [{ from: 'h001', to: 'd002' }],
    });
    const result = arrangeMeetings(i);
    assertValid(result, i);
    expect(result.unplacedMustMeets).toEqual([
      { delegate: 'd001', host: 'h000', reason: 'CAPACITY' },
      { delegate: 'd002', host: 'h001', reason: 'AVOIDED' },
    ]);
  });

  it('keeps published meetings where they are and adds none twice', () => {
    const first = arrangeMeetings(input({ meetingsPerDelegate: 2 }));
    const published = first.meetings.map(({ delegate, host, slot }) => ({ delegate, host, slot }));
    const i = input({ meetingsPerDelegate: 4, published });
    const second = arrangeMeetings(i);
    assertValid(second, i);
    expect(second.meetings).toHaveLength(6 * 2);
    for (const m of second.meetings)
      expect(published).not.toContainEqual(expect.objectContaining({ delegate: m.delegate, host: m.host }));
  });

  it('never uses a slot a company cannot attend, swapping meetings to make room', () => {
    const blocked = new Map([
      ['d000', [0, 1, 2]],
      ['h000', [3, 4, 5]],
    ]);
    const i = input({ blocked, slots: 6, meetingsPerDelegate: 3 });
    const result = arrangeMeetings(i);
    assertValid(result, i);
    expect(result.meetings.filter((m) => m.delegate === 'd000')).toHaveLength(3);
  });

  it('fills a tight grid completely (the colouring repairs where first-fit fails)', () => {
    // 8 delegates × 8 hosts, 8 slots, 8 meetings each: a full Latin square is needed.
    const i = input({ delegates: ids('d', 8), hosts: ids('h', 8), slots: 8, meetingsPerDelegate: 8 });
    const result = arrangeMeetings(i);
    assertValid(result, i);
    expect(result.meetings).toHaveLength(64);
  });

  it('beats a random pairing on total fit', () => {
    const i = input({ delegates: ids('d', 10), hosts: ids('h', 30), slots: 12, meetingsPerDelegate: 6 });
    const result = arrangeMeetings(i);
    const average = result.meetings.length * 0.5;
    expect(result.totalFit).toBeGreaterThan(average * 1.4);
  });
});

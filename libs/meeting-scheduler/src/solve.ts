import { compactDays } from './compact-days.js';
import { DeepRepair } from './deep-repair.js';
import { EjectionChains } from './ejection-chain.js';
import { AugmentingPaths } from './augmenting-path.js';
import { GreedyPlacer } from './greedy.js';
import { PropagatingPlacer } from './propagating-placer.js';
import { tightlyBooked } from './tightly-booked.js';
import { KempeSwaps } from './kempe-swap.js';
import { classLowerBound, lowerBoundUnplaced, type ClassBound, type LowerBound } from './lower-bound.js';
import { buildModel, invert, type SchedulingModel } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import { Prng } from './prng.js';
import { unplacedReason } from './reasons.js';
import { RuinAndRecreate } from './ruin-recreate.js';
import { ScheduleState } from './schedule-state.js';
import { WorkBudget } from './work-budget.js';
import { tabuSearch } from './tabu-search.js';
import type { Assignment, ScheduleInstance, ScheduleResult, Unplaced } from './types.js';

/** Meetings one chain search may expand; bounds the time without making the result time-dependent. */
const CHAIN_BUDGET = 2000;
/** Rounds of deeper moves; in practice the second round rarely gains and the third never has. */
const MAX_ROUNDS = 4;
/** Tabu iterations per meeting, shared out among the classes: about 0.6 µs each at BIO scale. */
const TABU_ITERATIONS_PER_MEETING = 20;
/**
 * After the propagating start: the search is still gaining when 20 a meeting run out (100% tight),
 * and ends at the bound long before where the start leaves little to do (80%). 30 spends about
 * what cheaper iterations saved (2026-12-06).
 */
const TIGHT_TABU_ITERATIONS_PER_MEETING = 30;
/** Small instances still get a real search: a few milliseconds. */
const MIN_TABU_ITERATIONS = 20_000;
/**
 * Priority classes up to which each gets its own capacities, bounds and tabu search (a pass over
 * the whole instance each); with more distinct priorities the classes share the instance's and
 * one search covers them all at the end, so that a priority per meeting stays as fast as one.
 */
const CLASS_BOUNDS = 8;
const SEED = 20261126;
/**
 * Work units (path steps, swap visits, exchanges tried) the late repairs may spend per placeable
 * meeting, over the whole solve: under 1 µs each, so at most some 0.2–0.3 s at BIO scale.
 */
const LATE_WORK_PER_MEETING = 6;
/**
 * Tabu iterations one late-repair work unit buys at about the same CPU time (measured at BIO scale,
 * 100% tight: some 0.6 µs an iteration, 0.9–1.3 µs a unit).
 */
const TABU_ITERATIONS_PER_WORK = 2;
/** Deepest depth-first path, reached by doubling from 2. */
const MAX_PATH_DEPTH = 64;
/** Deepest path when a ruined neighbourhood is refilled: many meetings try one each. */
const RECREATE_PATH_DEPTH = 8;

/** What a solve spent, for the benchmark: counted work, the same on any machine. */
export interface SolveTrace {
  /** Work units the late repairs used, and their budget. */
  lateWork: number;
  lateWorkLimit: number;
}

/**
 * Schedules a valid instance (see validateInstance). Priority classes are handled from the
 * highest down; each is placed greedily, repaired with ejection chains and deeper moves, then
 * improved by a tabu search and, when still above its bound, by the late repairs (Kempe swaps,
 * depth-first paths, ruin and recreate, exchanges), while the classes above keep their count: the number placed is
 * maximised lexicographically by priority, never trading a higher-priority meeting for any
 * number of lower ones. Every budget counts work, never time, so the result depends on the input
 * alone.
 */
export function solveSchedule(instance: ScheduleInstance, trace?: SolveTrace): ScheduleResult {
  const started = performance.now();
  const model = buildModel(instance);
  const capacity = participantCapacities(model);
  const bound = lowerBoundUnplaced(model, capacity);
  const state = new ScheduleState(model);
  const chains = new EjectionChains(state);
  const slotMeetings = invert(model.candStart, model.candList, model.slotCount);
  const tight = tightlyBooked(model);
  const placer = tight ? new PropagatingPlacer(state, slotMeetings) : new GreedyPlacer(state, slotMeetings);
  const delayed = new Uint8Array(model.meetingCount);
  for (const m of bound.sharedDrops) delayed[m] = 1;
  const random = new Prng(SEED);
  const classes = classMembers(model);
  const placeable = classes.reduce((total, meetings) => total + meetings.length, 0);
  const perMeeting = tight ? TIGHT_TABU_ITERATIONS_PER_MEETING : TABU_ITERATIONS_PER_MEETING;
  const tabuBudget = Math.max(MIN_TABU_ITERATIONS, perMeeting * placeable);
  const work = new WorkBudget(LATE_WORK_PER_MEETING * Math.max(placeable, 1000));
  const kempe = new KempeSwaps(state, chains, work);
  const paths = new AugmentingPaths(state, work, MAX_PATH_DEPTH);
  const ruin = new RuinAndRecreate(
    state,
    new AugmentingPaths(state, work, RECREATE_PATH_DEPTH),
    work,
    random,
  );
  const perClass = model.classCount <= CLASS_BOUNDS;
  /** Tabu search on class `klass` and those above, then the constructive repairs again. */
  const search = (klass: number, iterations: number, enough: number, scope: Int32Array) => {
    const deep = new DeepRepair(state, chains, scope);
    const above = classes.slice(0, klass + 1);
    // After the propagating start (nearly everyone's availability cut to their meetings), the
    // tabu search is still gaining when its budget ends while the late repairs find next to
    // nothing: it may spend their budget first, its share of it ("overtime"), at the same CPU time.
    const overtime = tight
      ? Math.floor(
          Math.min(work.limit - work.spent, (work.limit * iterations) / tabuBudget) *
            TABU_ITERATIONS_PER_WORK,
        )
      : 0;
    const unplaced = unplacedOf(state, above.flat());
    const ran = tabuSearch(state, unplaced, klass, iterations + overtime, random, enough, scope);
    work.spent += Math.ceil(Math.max(0, ran - iterations) / TABU_ITERATIONS_PER_WORK);
    for (const meetings of above) {
      repair(state, chains, unplacedOf(state, meetings), scope);
      improve(state, deep, meetings);
    }
    // Above the bound the search stopped short of, the late repairs get their turn; at it, nothing
    // is left to gain, so they also stop as soon as they reach it.
    const atBound = () => unplacedOf(state, perClass ? classes[klass] : above.flat()).length <= enough;
    if (!atBound())
      for (const [h, meetings] of above.entries()) {
        const last = h === above.length - 1;
        lateRepair(
          state,
          { kempe, paths, ruin, work, deep, capacity: scope },
          meetings,
          last ? atBound : () => false,
        );
      }
  };
  let higherUnplaced = 0;
  for (const [klass, meetings] of classes.entries()) {
    const target = classTarget(model, klass, capacity, bound);
    const deep = new DeepRepair(state, chains, target.capacity);
    for (const group of [meetings.filter((m) => !delayed[m]), meetings.filter((m) => delayed[m])]) {
      repair(state, chains, placer.place(group, target.capacity), target.capacity);
    }
    improve(state, deep, meetings);
    // Reaching a bound on this class's unplaced (given what the classes above left) ends the search.
    const enough = Math.max(
      target.upToClass - higherUnplaced,
      higherUnplaced === 0 ? target.aboveAllPlaced : 0,
    );
    if (perClass && unplacedOf(state, meetings).length > enough) {
      search(klass, Math.ceil((tabuBudget * meetings.length) / placeable), enough, target.capacity);
    }
    higherUnplaced += unplacedOf(state, meetings).length;
  }
  if (!perClass) search(classes.length - 1, tabuBudget, bound.value - bound.noCandidate, capacity);
  compactDays(state);
  if (trace) {
    trace.lateWork = work.spent;
    trace.lateWorkLimit = work.limit;
  }
  const result = describe(state, capacity);
  return {
    ...result,
    stats: {
      meetings: model.meetingCount,
      placed: state.placedCount,
      unplaced: model.meetingCount - state.placedCount,
      lowerBoundUnplaced: bound.value,
      millis: Math.round(performance.now() - started),
    },
  };
}

/** The capacities and bounds for one class (see classLowerBound); the instance's when there are many. */
function classTarget(
  model: SchedulingModel,
  klass: number,
  capacity: Int32Array,
  bound: LowerBound,
): ClassBound {
  if (model.classCount === 1) {
    const unplaced = bound.value - bound.noCandidate;
    return { capacity, upToClass: unplaced, aboveAllPlaced: unplaced };
  }
  if (model.classCount > CLASS_BOUNDS) return { capacity, upToClass: 0, aboveAllPlaced: 0 };
  return classLowerBound(model, klass);
}

/** The non-fixed meetings with a candidate slot, grouped by priority class, highest first. */
function classMembers(model: SchedulingModel): number[][] {
  const groups: number[][] = Array.from({ length: model.classCount }, () => []);
  for (let m = 0; m < model.meetingCount; m++) {
    if (model.fixedSlot[m] < 0 && model.candStart[m + 1] > model.candStart[m])
      groups[model.priorityClass[m]].push(m);
  }
  return groups;
}

function unplacedOf(state: ScheduleState, meetings: number[]): number[] {
  return meetings.filter((m) => state.slotOf[m] < 0);
}

/** Retries every unplaced meeting until a whole pass places none. */
function repair(
  state: ScheduleState,
  chains: EjectionChains,
  unplaced: number[],
  capacity: Int32Array,
): void {
  const { partStart, partList } = state.model;
  let progress = true;
  while (progress) {
    progress = false;
    for (const m of unplaced) {
      if (state.slotOf[m] >= 0) continue;
      let saturated = false;
      for (let k = partStart[m]; k < partStart[m + 1] && !saturated; k++) {
        saturated = state.placedOf[partList[k]] >= capacity[partList[k]];
      }
      if (!saturated && chains.insert(m, CHAIN_BUDGET)) progress = true;
    }
  }
}

/** Deeper moves (see DeepRepair) on the class's unplaced meetings until a round gains nothing. */
function improve(state: ScheduleState, deep: DeepRepair, meetings: number[]): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let gained = false;
    for (const m of unplacedOf(state, meetings)) {
      if (state.slotOf[m] >= 0) continue;
      if (deep.saturated(m) ? deep.replace(m) : deep.insert(m, 2)) gained = true;
    }
    if (!gained) return;
  }
}

interface LateRepairs {
  kempe: KempeSwaps;
  paths: AugmentingPaths;
  ruin: RuinAndRecreate;
  work: WorkBudget;
  deep: DeepRepair;
  /** Per participant: the most meetings their slots allow, for the classes searched. */
  capacity: Int32Array;
}

/**
 * The moves tried once the tabu search is done (so they never change its course), pass after
 * pass while one gains and the shared work budget lasts: for a meeting whose participants all
 * have room, Kempe swaps and depth-first paths that may hand over to another unplaced meeting
 * (see KempeSwaps, AugmentingPaths), and when both fail, ruin and recreate around it (see
 * RuinAndRecreate); for one with a saturated participant, a replace whose
 * follower gets in by a path, or an exchange (see AugmentingPaths.exchange). The deeper moves
 * get another round after a gain. Hand-overs are kept to the first kind: those meetings are few
 * and carry the excess over the bound, while the others are many and a hand-over there mostly
 * spends the budget.
 */
function lateRepair(
  state: ScheduleState,
  late: LateRepairs,
  meetings: number[],
  /** Checked after each gain: true once the class is at a proven bound, where nothing more can be placed. */
  atBound: () => boolean,
): void {
  const { kempe, paths, ruin, work, deep, capacity } = late;
  const place = (m: number) =>
    deep.saturated(m)
      ? deep.replace(m, (next) => paths.insert(next, null)) || paths.exchange(m, capacity)
      : kempe.insert(m) || paths.insert(m, capacity) || ruin.insert(m);
  let gained = true;
  while (gained && !work.exhausted) {
    gained = false;
    for (const m of unplacedOf(state, meetings)) {
      if (work.exhausted) break;
      if (state.slotOf[m] < 0 && place(m)) {
        gained = true;
        if (atBound()) return;
      }
    }
    if (gained) improve(state, deep, meetings);
  }
}

function describe(
  state: ScheduleState,
  capacity: Int32Array,
): { assignments: Assignment[]; unplaced: Unplaced[] } {
  const { model } = state;
  const table = new Int32Array(model.meetingCount);
  for (const members of state.members)
    [...members].sort((a, b) => a - b).forEach((m, i) => (table[m] = i + 1));
  const assignments: Assignment[] = [];
  const unplaced: Unplaced[] = [];
  for (let m = 0; m < model.meetingCount; m++) {
    const s = state.slotOf[m];
    if (s >= 0) assignments.push({ meeting: model.meetingIds[m], slot: model.slotIds[s], table: table[m] });
    else unplaced.push({ meeting: model.meetingIds[m], reason: unplacedReason(state, m, capacity) });
  }
  return { assignments, unplaced };
}

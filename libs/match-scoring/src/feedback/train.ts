// Learning from what members did: each company's own preferences over partner attributes, and
// patterns shared by many companies of a sector. Pure and deterministic: the same events, profiles
// and parent give the same model.
import type { MatchProfile } from '../types.js';
import type { FeedbackEvent, FeedbackModel, KeyWeights } from './feedback.types.js';
import { keysNamedIn, partnerKeys, viewerGroups } from './partner-keys.js';

/** How much each signal says the partner fits (+) or does not (−), by reason code where it has one. */
const SIGNAL_VALUE: Record<FeedbackEvent['signal'], { base: number; byReason?: Record<string, number> }> = {
  DISMISSED: {
    base: -0.6,
    // Already in contact says the partner was relevant; "not now" says little about the kind.
    byReason: { NOT_RELEVANT: -1, OTHER: -0.6, NOT_NOW: -0.2, ALREADY_IN_CONTACT: 0.3 },
  },
  REQUEST_SENT: { base: 0.6 },
  REQUEST_ACCEPTED: { base: 0.6 },
  REQUEST_DECLINED: { base: -0.6 },
  MEETING_USEFUL: { base: 0.8, byReason: { PARTNERSHIP_DISCUSSED: 1, FOLLOW_UP_PLANNED: 0.9 } },
  // A partner that did not show says nothing about the kind of partner.
  MEETING_NOT_USEFUL: { base: -0.8, byReason: { NO_SHOW: 0 } },
};

export interface TrainOptions {
  /** The model this one follows (its version + 1, its parent); none for the first. */
  parent?: FeedbackModel | null;
  /** When the model is made (ISO 8601): passed in so that training stays deterministic. */
  createdAt: string;
  /** A global pattern needs this many distinct companies agreeing on it (default 5). */
  minCompanies?: number;
}

/** The weight of a company's own note: the kinds it names are what it meant. */
const NOTE_WEIGHT = 0.5;
/** Global patterns count for at most this share of one company's own evidence. */
const GLOBAL_SHARE = 0.5;
/** How much silence a key's weight is shrunk by (in partners' worth). */
const PRIOR = 1;
/** How much silence a company's base rate is shrunk by (in partners' worth): about a page of feed. */
const BASE_PRIOR = 10;

export function signalValue(event: FeedbackEvent): number {
  const value = SIGNAL_VALUE[event.signal];
  const code = event.reasonCode?.split(':')[0].trim();
  return code && value.byReason && code in value.byReason ? value.byReason[code] : value.base;
}

/** Signals on a key, each weighted by the share of the partner it stands for. */
interface Evidence {
  sum: KeyWeights;
  mass: KeyWeights;
}

function add(evidence: Evidence, key: string, value: number, mass: number) {
  evidence.sum[key] = (evidence.sum[key] ?? 0) + value * mass;
  evidence.mass[key] = (evidence.mass[key] ?? 0) + mass;
}

/**
 * A key's weight: the mean signal on it against the company's own base rate, shrunk towards 0 by
 * a prior of one partner's worth of silence, so one event says less than many that agree, and
 * many dismissals do not drown the requests on a key that both kinds of partner share.
 *
 * Why a base rate: once a company has asked to meet the partners it wanted, what it acts on next
 * is mostly what it dismisses, and without one every key it has seen would sink with each page,
 * the kinds it asked for too. The base rate itself is shrunk by about a page of silence, so a
 * company that dismissed its whole first page still says those kinds are wrong for it.
 */
function weightsOf(evidence: Evidence): KeyWeights {
  let signal = 0;
  let mass = 0;
  for (const key of Object.keys(evidence.sum)) {
    signal += evidence.sum[key];
    mass += evidence.mass[key];
  }
  const base = signal / (mass + BASE_PRIOR);
  const weights: KeyWeights = {};
  for (const key of Object.keys(evidence.sum))
    weights[key] = (evidence.sum[key] - base * evidence.mass[key]) / (evidence.mass[key] + PRIOR);
  return weights;
}

function rounded(weights: KeyWeights): KeyWeights {
  const out: KeyWeights = {};
  for (const key of Object.keys(weights).sort()) {
    const value = Math.round(weights[key] * 10_000) / 10_000;
    if (value !== 0) out[key] = value;
  }
  return out;
}

/**
 * Trains a model from every event so far. Each event spreads its value over the partner's keys
 * (a dismissed oncology CRO counts against "CRO" and "oncology" by half each, until other events
 * tell them apart). A company's notes sharpen its own weights only. Global weights use signals
 * and reason codes only, and only for a (viewer sector, key) on which at least `minCompanies`
 * distinct companies have evidence; each company votes once, bounded, whatever its volume.
 */
export function trainFeedback(
  events: readonly FeedbackEvent[],
  profiles: ReadonlyMap<string, MatchProfile>,
  options: TrainOptions,
): FeedbackModel {
  const coded = new Map<string, Evidence>();
  const own = new Map<string, Evidence>();
  const ordered = [...events].sort(
    (a, b) =>
      a.companyId.localeCompare(b.companyId) ||
      a.partnerId.localeCompare(b.partnerId) ||
      a.signal.localeCompare(b.signal),
  );
  for (const event of ordered) {
    const partner = profiles.get(event.partnerId);
    if (!partner || !profiles.has(event.companyId)) continue;
    const value = signalValue(event);
    if (value === 0) continue;
    const keys = partnerKeys(partner);
    if (keys.length === 0) continue;
    if (!coded.has(event.companyId)) coded.set(event.companyId, { sum: {}, mass: {} });
    if (!own.has(event.companyId)) own.set(event.companyId, { sum: {}, mass: {} });
    for (const key of keys) {
      add(coded.get(event.companyId)!, key, value, 1 / keys.length);
      add(own.get(event.companyId)!, key, value, 1 / keys.length);
    }
    const named = event.note ? keysNamedIn(event.note) : new Set<string>();
    for (const key of named) add(own.get(event.companyId)!, key, Math.sign(value), NOTE_WEIGHT / named.size);
  }

  const votes = new Map<string, Map<string, number[]>>();
  for (const [companyId, evidence] of coded) {
    const weights = weightsOf(evidence);
    for (const group of viewerGroups(profiles.get(companyId))) {
      if (!votes.has(group)) votes.set(group, new Map());
      const byKey = votes.get(group)!;
      for (const [key, weight] of Object.entries(weights)) {
        if (weight === 0) continue;
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key)!.push(Math.tanh(weight));
      }
    }
  }
  const minCompanies = options.minCompanies ?? 5;
  const global: Record<string, KeyWeights> = {};
  for (const group of [...votes.keys()].sort()) {
    const weights: KeyWeights = {};
    for (const [key, list] of votes.get(group)!) {
      if (list.length < minCompanies) continue;
      weights[key] = (GLOBAL_SHARE * list.reduce((sum, v) => sum + v, 0)) / list.length;
    }
    const kept = rounded(weights);
    if (Object.keys(kept).length > 0) global[group] = kept;
  }
  const perCompany: Record<string, KeyWeights> = {};
  for (const companyId of [...own.keys()].sort()) {
    const kept = rounded(weightsOf(own.get(companyId)!));
    if (Object.keys(kept).length > 0) perCompany[companyId] = kept;
  }
  const parent = options.parent ?? null;
  return {
    version: (parent?.version ?? 0) + 1,
    parent: parent && parent.version > 0 ? parent.version : null,
    createdAt: options.createdAt,
    global,
    perCompany,
  };
}

/** Weights by group in one order, whatever the key order (JSONB reorders keys). */
function canonical(groups: Record<string, KeyWeights>): string {
  return JSON.stringify(
    Object.keys(groups)
      .sort()
      .map((group) => [group, Object.entries(groups[group]).sort(([x], [y]) => (x < y ? -1 : 1))]),
  );
}

/** Whether two models learned the same patterns shared by many companies, whatever their versions. */
export function samePatterns(a: FeedbackModel, b: FeedbackModel): boolean {
  return canonical(a.global) === canonical(b.global);
}

/** Whether two models learned the same weights, whatever their versions and key order. */
export function sameLearning(a: FeedbackModel, b: FeedbackModel): boolean {
  return samePatterns(a, b) && canonical(a.perCompany) === canonical(b.perCompany);
}

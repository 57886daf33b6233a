// What a company says it does not do: "We do not handle biologics or cell therapy", « nous
// n'accueillons pas d'études en oncologie », "No devices, no diagnostics", "We do not do seed".
// Negation alone only cancels a claim; these negations also rule out a scope (modality, area,
// class of products, stage), so that a partner that is only of that scope can be told apart from
// one the company serves (engine/pair-score.ts).
import type { Effect } from '../lexicon/lexicon.types.js';

/** Negations that rule a scope out; "without", « sans », "already have" only cancel a claim. */
const EXCLUDING = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'none',
  'pas',
  'aucun',
  'aucune',
  'jamais',
  'ni',
  'except',
  'excluding',
  'sauf',
  'excepte',
]);
/** "not only oncology", « pas seulement », "not limited to": a negation that widens the scope. */
const WIDENING = new Set([
  'only',
  'just',
  'limited',
  'restricted',
  'seulement',
  'uniquement',
  'exclusivement',
  'limite',
  'limites',
  'limitee',
  'limitees',
]);

export interface Exclusions {
  modalities: Record<string, number>;
  areas: Record<string, number>;
  productClasses: Record<string, number>;
  stages: Record<string, number>;
}

const noExclusions = (): Exclusions => ({ modalities: {}, areas: {}, productClasses: {}, stages: {} });

/** Whether the negation at raw token `at` rules out what follows (not "not only", « pas seulement »). */
export function rulesOut(raw: readonly string[], at: number): boolean {
  if (!EXCLUDING.has(raw[at])) return false;
  for (let j = at + 1; j < Math.min(raw.length, at + 3); j++) if (WIDENING.has(raw[j])) return false;
  return true;
}

/**
 * What one negated span ruled out, and the services it named. « Pas de formulation LNP » in a
 * fill-finish plant's text denies a service it does not sell (formulation), so a scope named with
 * it means nothing (the plant still fills mRNA); "we do not invest in medical devices" names the
 * fund's own service, so devices are out of its scope (engine/prepare.ts decides, knowing offers).
 */
export interface RuledOut {
  scopes: Exclusions;
  /** Capability codes named in the span; 'manufacturing' for manufacturing of an open kind. */
  services: string[];
}

/** The phrases of one negated span ("no cell or gene therapy"). */
export class NegatedSpan {
  private scopes = noExclusions();
  private named = false;
  private services = new Set<string>();

  add(effects: readonly Effect[]): void {
    for (const e of effects) {
      const service = serviceOf(e);
      if (service) this.services.add(service);
      else if (recordScope(e, this.scopes)) this.named = true;
    }
  }

  /** Adds what the span ruled out to `into`, and starts a new span. */
  close(into: RuledOut[]): void {
    if (this.named) into.push({ scopes: this.scopes, services: [...this.services] });
    this.scopes = noExclusions();
    this.named = false;
    this.services = new Set();
  }
}

function serviceOf(e: Effect): string | undefined {
  if (e.kind === 'cap') return e.code;
  if (e.kind === 'mfg') return 'manufacturing';
  if (e.kind === 'cro' || e.kind === 'clinical') return 'clinical_trial_services';
  if (e.kind === 'preclinical') return 'preclinical_services';
  return undefined;
}

function recordScope(e: Effect, into: Exclusions): boolean {
  if (e.kind === 'mod') into.modalities[e.code] = 1;
  else if (e.kind === 'area') into.areas[e.code] = 1;
  else if (e.kind === 'productClass') into.productClasses[e.code] = 1;
  else if (e.kind === 'stage' || e.kind === 'round') for (const code of e.codes) into.stages[code] = 1;
  else return false;
  return true;
}

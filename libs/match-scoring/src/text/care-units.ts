// Readings of hospitals, sites and care units that depend on their neighbours in the sentence: a
// care unit wanted for a study is a site, the study that sites are wanted for is theirs, and
// hospitals named with a distributor are its market, not sites (wanted or offered).
import type { Effect } from '../lexicon/lexicon.types.js';

/** A phrase found in a sentence, as the sentence reader keeps it (text/extract.ts). */
export interface SentenceHit {
  effects: Effect[];
  need: boolean;
  client: boolean;
  /** Said of the clients before their need is named: their field and stage, no capability. */
  portrait?: boolean;
  position: number;
  /** Content position where the list item holding this phrase starts (after "and", « et »). */
  conjunctionAt: number;
}

/** How close a care unit and its study stand ("stroke centres for a prospective validation trial"). */
const STUDY_SPAN = 5;
/** How far after a distributor hospitals are still its market ("a distributor that can serve … hospitals"). */
const MARKET_SPAN = 6;
const MARKET_BEFORE_SPAN = 3;

const wanted = (h: SentenceHit) => h.need && !h.client && !h.portrait;
const has = (h: SentenceHit, test: (e: Effect) => boolean) => h.effects.some(test);
const isStudy = (e: Effect) => e.kind === 'study' || e.kind === 'clinical';
const isSiteCap = (e: Effect) => e.kind === 'cap' && e.code === 'clinical_sites';

/**
 * A care unit and a study named in one item of a need (« des centres de psychiatrie pour l'étude
 * pivot », "orthopedic departments for a post-market registry"): the company wants sites.
 */
export function wantsUnitsForStudy(hits: readonly SentenceHit[]): boolean {
  const units = hits.filter((h) => wanted(h) && has(h, (e) => e.kind === 'careUnit'));
  const studies = hits.filter((h) => wanted(h) && has(h, isStudy));
  return units.some((u) =>
    studies.some((s) => {
      const [first, last] = u.position < s.position ? [u, s] : [s, u];
      return last.position - first.position <= STUDY_SPAN && last.conjunctionAt <= first.position;
    }),
  );
}

/**
 * The studies that sites or care units are wanted for ("gynecology sites for phase 2", « notre essai
 * de phase 2 nécessitera des cliniques de gynécologie »): where the sites serve, not a need for a
 * trial-services provider as well. Either may come first, within one item of the need.
 */
export function studiesForSites(hits: readonly SentenceHit[]): Set<SentenceHit> {
  const sites = hits.filter((h) => wanted(h) && has(h, (e) => e.kind === 'careUnit' || isSiteCap(e)));
  return new Set(
    hits.filter(
      (s) =>
        wanted(s) &&
        has(s, (e) => e.kind === 'clinical') &&
        sites.some((u) => {
          const [first, last] = u.position < s.position ? [u, s] : [s, u];
          return (
            first !== last &&
            last.position - first.position <= STUDY_SPAN &&
            last.conjunctionAt <= first.position
          );
        }),
    ),
  );
}

/**
 * The institutions named as a distributor's market ("a distributor to hospitals and cardiology
 * clinics", « un distributeur qui peut desservir les hôpitaux », "Hospital distributor of
 * devices"): neither a need for sites nor an offer of them. A run of institutions follows the
 * distributor until another capability is named.
 */
export function distributionMarkets(hits: readonly SentenceHit[]): Set<SentenceHit> {
  const markets = new Set<SentenceHit>();
  const namedCaps = hits.filter((h) => !h.client && !h.portrait).map((h) => ({ h, kind: capabilityKind(h) }));
  let marketAt = -100;
  let distributorAt = -100;
  namedCaps.forEach(({ h, kind }, i) => {
    if (kind === 'distribution') marketAt = distributorAt = h.position;
    else if (kind === 'institution') {
      // "a hospital distributor", "hospital laboratories or distributors": the market comes first.
      const next = namedCaps.slice(i + 1).find((c) => c.kind !== 'none');
      const before = next?.kind === 'distribution' && next.h.position - h.position <= MARKET_BEFORE_SPAN;
      // "and" right after the distributor starts another item ("a distributor, and hospital sites
      // for our trial"); after an institution of its market, it lists more of them.
      const newItem = h.conjunctionAt > marketAt && marketAt === distributorAt;
      if (before || (h.position - marketAt <= MARKET_SPAN && !newItem)) {
        markets.add(h);
        marketAt = h.position;
      }
    } else if (kind === 'other') marketAt = -100;
  });
  return markets;
}

/** What a phrase names: a distributor, only institutions, another capability, or none. */
function capabilityKind(h: SentenceHit): 'distribution' | 'institution' | 'other' | 'none' {
  const caps = h.effects.filter((e) => e.kind === 'cap' || e.kind === 'mfg' || e.kind === 'cro');
  if (caps.length === 0) return 'none';
  // Market access to hospitals (« l'accès au marché hospitalier ») names a market as a distributor does.
  if (caps.some((e) => e.kind === 'cap' && (e.code === 'distribution' || e.code === 'market_access')))
    return 'distribution';
  return caps.every((e) => e.kind === 'cap' && e.side === 'institution') ? 'institution' : 'other';
}

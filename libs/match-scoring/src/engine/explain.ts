// Why a pair scores what it scores: the parts of the score and the reasons, best first, from the
// viewer's side. Reasons say what each side gains (what the partner offers that the viewer seeks,
// and what the viewer offers that the partner seeks or sells), then what fits, then language.
import { AREAS, CAPABILITIES, MODALITIES, PARTNERSHIP_TYPES, STAGES_BY_ORDER, bitsOf } from '../codes.js';
import type { MatchReason, ScoredPartner } from '../types.js';
import { FIT, FIT_RULES } from './capability-rules.js';
import { stageFit } from './need-fit.js';
import { scorePair, scratch, type MetNeed, type ScoringContext } from './pair-score.js';
import { ROLE, type PreparedProfiles } from './prepared.js';
import { similarity } from './similarity.js';
import { liftScores, TermEvidence } from './term-lift.js';

/** A met need below this value is too weak to be given as a reason. */
const REASON_FLOOR = 0.08;
/** Shared science from this level up is worth saying. */
const SCIENCE_REASON = 0.5;
/** A suggestion gives at most this many reasons. */
export const MAX_REASONS = 6;
const round = (x: number) => Math.round(x * 10000) / 10000;
const EQUITY = CAPABILITIES.indexOf('equity_investment');
const LICENSING = CAPABILITIES.indexOf('licensing_asset');

function capabilityReason(code: string, met: MetNeed): MatchReason {
  const params: Record<string, string> = { capability: CAPABILITIES[met.need] };
  if (met.offer !== met.need) params.offered = CAPABILITIES[met.offer];
  return { code, params };
}

function languageName(mask: number): string {
  return mask === 1 ? 'fr' : mask === 2 ? 'en' : 'fr,en';
}

export function explainPair(
  prepared: PreparedProfiles,
  ctx: ScoringContext,
  a: number,
  b: number,
  evidence = new TermEvidence(),
): ScoredPartner {
  const core = prepared.core;
  const { fit, parts } = scratch();
  const forViewer: MetNeed[] = [];
  const forPartner: MetNeed[] = [];
  const cosine = similarity(core.scienceIndex, a, b);
  scorePair(ctx, a, b, cosine, fit, parts, forViewer, forPartner);
  const score = liftScores(ctx, evidence.load(core, a), b, parts);
  const byValue = (x: MetNeed, y: MetNeed) => y.value - x.value || x.need - y.need;
  const viewerNeeds = forViewer.filter((m) => m.value >= REASON_FLOOR).sort(byValue);
  const partnerNeeds = forPartner.filter((m) => m.value >= REASON_FLOOR).sort(byValue);

  // The stage fit of the best met need that checks stages (1 when none does).
  let stage = 1;
  const staged = [
    ...viewerNeeds.map((m) => [m, a, b] as const),
    ...partnerNeeds.map((m) => [m, b, a] as const),
  ].find(([m]) => FIT_RULES[m.need] & (FIT.STAGE_INVESTOR | FIT.STAGE_ASSET | FIT.STAGE_LATE_SEEKER));
  if (staged) stage = stageFit(ctx, FIT_RULES[staged[0].need], staged[1], staged[2]);

  const reasons: MatchReason[] = [];
  const gains: MatchReason[] = [];
  if (viewerNeeds[0]) reasons.push(capabilityReason('OFFERS_WHAT_YOU_SEEK', viewerNeeds[0]));
  if (partnerNeeds[0]) reasons.push(capabilityReason('SEEKS_WHAT_YOU_OFFER', partnerNeeds[0]));
  else if (viewerNeeds[0] && core.role[b] & ROLE.PROVIDER)
    reasons.push({ code: 'GAINS_A_CLIENT', params: { capability: CAPABILITIES[viewerNeeds[0].offer] } });
  if (parts.language < 1)
    reasons.push({
      code: 'LANGUAGE_BARRIER',
      params: {
        partnerLanguage: languageName(core.languages[b]),
        viewerLanguage: languageName(core.languages[a]),
      },
    });

  const best = viewerNeeds[0] ?? partnerNeeds[0];
  const sharedModalities = bitsOf(core.modalities[a] & core.modalities[b]);
  if (best && FIT_RULES[best.need] & FIT.MODALITY && sharedModalities.length > 0)
    gains.push({ code: 'MODALITY_FIT', params: { modality: MODALITIES[sharedModalities[0]] } });
  if (staged && stage === 1) gains.push(stageReason(prepared, staged[0].need, staged[1], staged[2], a));
  if (parts.science >= SCIENCE_REASON) gains.push({ code: 'SHARED_SCIENCE', params: {} });
  for (const area of bitsOf(core.areas[a] & core.areas[b]).slice(0, 2))
    gains.push({ code: 'SHARED_AREA', params: { area: AREAS[area] } });
  reasons.push(...gains);
  // Further met needs, each offer named once (a CRO meeting two needs is one reason).
  const named = new Set([viewerNeeds[0]?.offer, partnerNeeds[0]?.offer]);
  for (const m of viewerNeeds.slice(1, 3))
    if (!named.has(m.offer)) reasons.push(capabilityReason('OFFERS_WHAT_YOU_SEEK', m));
  for (const m of partnerNeeds.slice(1, 3))
    if (!named.has(m.offer)) reasons.push(capabilityReason('SEEKS_WHAT_YOU_OFFER', m));

  const viewerLanguages = core.languages[a];
  const spoken = viewerLanguages & core.languages[b];
  if (parts.language === 1 && viewerLanguages !== 3)
    reasons.push({ code: 'SPEAKS_LANGUAGE', params: { language: languageName(spoken) } });
  else if (parts.language === 1 && spoken & 1 && core.province[b] === 1)
    reasons.push({ code: 'SPEAKS_LANGUAGE', params: { language: 'fr' } });
  const sharedTypes = bitsOf(core.partnershipTypes[a] & core.partnershipTypes[b]);
  if (sharedTypes.length > 0)
    reasons.push({
      code: 'SHARED_PARTNERSHIP_TYPE',
      params: { partnershipType: PARTNERSHIP_TYPES[sharedTypes[0]] },
    });
  if (reasons.length === 0 || (reasons.length === 1 && reasons[0].code === 'LANGUAGE_BARRIER'))
    reasons.unshift({ code: 'INTERPROVINCIAL', params: { province: core.province[b] === 1 ? 'ON' : 'QC' } });

  return {
    partnerId: prepared.ids[b],
    score: round(score),
    lenses: { theyOffer: round(parts.theyOffer), theySeek: round(parts.theySeek) },
    components: {
      needMetForViewer: round(parts.needMetForViewer),
      needMetForPartner: round(parts.needMetForPartner),
      benefitViewer: round(parts.benefitViewer),
      benefitPartner: round(parts.benefitPartner),
      areaFit: round(fit.area),
      modalityFit: round(fit.modality),
      stageFit: round(stage),
      language: round(parts.language),
      competition: round(parts.competition),
      affinity: round(parts.affinity),
      science: round(parts.science),
      liftViewer: round(parts.liftViewer),
      liftPartner: round(parts.liftPartner),
    },
    reasons: reasons.slice(0, MAX_REASONS),
  };
}

/** The stage reason of a need met at the right stage: investors fund it, distributors want late assets. */
function stageReason(
  prepared: PreparedProfiles,
  need: number,
  seeker: number,
  provider: number,
  viewer: number,
): MatchReason {
  const stages = prepared.core.stages;
  const topStage = (i: number) => STAGES_BY_ORDER[31 - Math.clz32(stages[i] || 1)];
  // Equity: the seeker is the developer; licensing sought by an investor: the provider is.
  if (need === EQUITY || (need === LICENSING && prepared.core.role[seeker] & ROLE.INVESTOR)) {
    const developer = need === EQUITY ? seeker : provider;
    return {
      code: developer === viewer ? 'INVESTS_AT_YOUR_STAGE' : 'AT_A_STAGE_YOU_FUND',
      params: { stage: topStage(developer) },
    };
  }
  // Licensing: the provider holds the asset; distribution: the seeker holds the product.
  const holder = need === LICENSING ? provider : seeker;
  const stage = topStage(holder);
  return { code: holder === viewer ? 'ASSET_SUITS_PARTNER' : 'LATE_STAGE_ASSET', params: { stage } };
}

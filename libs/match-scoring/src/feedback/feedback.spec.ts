import { profile } from '../test-profiles.js';
import { renderReason } from '../reasons.js';
import type { MatchProfile, MatchReason, ScoredPartner } from '../types.js';
import { applyFeedback, feedbackMultiplier } from './apply.js';
import { EMPTY_FEEDBACK_MODEL, type FeedbackEvent } from './feedback.types.js';
import { sameLearning, trainFeedback } from './train.js';

const CREATED = '2026-12-04T12:00:00.000Z';

function cro(id: string): MatchProfile {
  return profile(id, {
    province: 'ON',
    sectors: ['cro'],
    offers: ['clinical_trial_services'],
    therapeuticAreas: ['oncology'],
  });
}
function cdmo(id: string): MatchProfile {
  return profile(id, {
    province: 'ON',
    sectors: ['cdmo'],
    offers: ['gmp_biologics'],
    modalities: ['biologics'],
  });
}
function biotech(id: string): MatchProfile {
  return profile(id, { sectors: ['biopharma'], seeks: ['clinical_trial_services', 'gmp_biologics'] });
}

const byId = (...profiles: MatchProfile[]) => new Map(profiles.map((p) => [p.id, p]));
const scored = (partnerId: string, score: number): ScoredPartner => ({
  partnerId,
  score,
  lenses: { theyOffer: score, theySeek: score / 2 },
  components: {},
  reasons: [],
});

describe('learning from members’ feedback', () => {
  const profiles = byId(biotech('a'), biotech('b'), cro('cro1'), cro('cro2'), cdmo('cdmo1'), cdmo('cdmo2'));
  const feed = [scored('cro1', 0.8), scored('cro2', 0.7), scored('cdmo1', 0.65), scored('cdmo2', 0.6)];

  it('sinks the kind of partner a company dismissed as not relevant, below what it asked to meet', () => {
    const model = trainFeedback(
      [
        { companyId: 'a', partnerId: 'cro1', signal: 'DISMISSED', reasonCode: 'NOT_RELEVANT' },
        { companyId: 'a', partnerId: 'cdmo1', signal: 'REQUEST_SENT' },
      ],
      profiles,
      { createdAt: CREATED },
    );
    const ranked = applyFeedback(feed, model, 'a', profiles).map((p) => p.partnerId);
    expect(ranked).toEqual(['cdmo1', 'cdmo2', 'cro1', 'cro2']);
    const multiplier = feedbackMultiplier(model, profiles.get('a')!, profiles.get('cro2')!);
    expect(multiplier).toBeGreaterThanOrEqual(0.5);
    expect(multiplier).toBeLessThan(0.8);
    // Lens scores move with the pair score.
    const cro2 = applyFeedback(feed, model, 'a', profiles).find((p) => p.partnerId === 'cro2')!;
    expect(cro2.lenses.theyOffer).toBeCloseTo(0.7 * multiplier, 3);
  });

  it('does not sink a kind the company asked to meet because its later pages were mostly dismissals', () => {
    const more = byId(...profiles.values(), cro('cro3'), cdmo('cdmo3'), cdmo('cdmo4'), cdmo('cdmo5'));
    const notRelevant = (partnerId: string): FeedbackEvent => ({
      companyId: 'a',
      partnerId,
      signal: 'DISMISSED',
      reasonCode: 'NOT_RELEVANT',
    });
    const model = trainFeedback(
      [
        { companyId: 'a', partnerId: 'cro1', signal: 'REQUEST_SENT' },
        notRelevant('cro2'),
        ...['cdmo1', 'cdmo2', 'cdmo3', 'cdmo4'].map(notRelevant),
      ],
      more,
      { createdAt: CREATED },
    );
    const viewer = more.get('a')!;
    // One CRO asked for and one dismissed, against four CDMOs dismissed: the CROs are not the problem.
    expect(feedbackMultiplier(model, viewer, more.get('cro3')!)).toBeGreaterThanOrEqual(1);
    expect(feedbackMultiplier(model, viewer, more.get('cdmo5')!)).toBeLessThan(0.8);
  });

  it('reads the reason: "already in contact" or "not now" does not sink the kind like "not relevant"', () => {
    const reasons = ['NOT_RELEVANT', 'NOT_NOW', 'ALREADY_IN_CONTACT'].map((reasonCode) => {
      const model = trainFeedback(
        [{ companyId: 'a', partnerId: 'cro1', signal: 'DISMISSED', reasonCode }],
        profiles,
        { createdAt: CREATED },
      );
      return feedbackMultiplier(model, profiles.get('a')!, profiles.get('cro2')!);
    });
    expect(reasons[0]).toBeLessThan(reasons[1]);
    expect(reasons[1]).toBeLessThan(1);
    expect(reasons[2]).toBeGreaterThan(1);
  });

  it('chains versions, each naming its parent, and stays deterministic', () => {
    const events: FeedbackEvent[] = [{ companyId: 'a', partnerId: 'cro1', signal: 'MEETING_USEFUL' }];
    const first = trainFeedback(events, profiles, { createdAt: CREATED });
    expect(first).toEqual(expect.objectContaining({ version: 1, parent: null, createdAt: CREATED }));
    const second = trainFeedback(events, profiles, { parent: first, createdAt: CREATED });
    expect([second.version, second.parent]).toEqual([2, 1]);
    expect(trainFeedback(events, profiles, { parent: first, createdAt: CREATED })).toEqual(second);
    expect(
      trainFeedback(events, profiles, { parent: EMPTY_FEEDBACK_MODEL, createdAt: CREATED }).parent,
    ).toBeNull();
  });

  it('changes no other company’s ranking from one company’s feedback, nor from its private notes', () => {
    const model = trainFeedback(
      [
        {
          companyId: 'a',
          partnerId: 'cro1',
          signal: 'DISMISSED',
          reasonCode: 'OTHER',
          note: 'OTHER: nous cherchons de la fabrication BPF de produits biologiques, pas des essais',
        },
      ],
      profiles,
      { createdAt: CREATED },
    );
    expect(Object.keys(model.perCompany)).toEqual(['a']);
    expect(model.global).toEqual({});
    expect(applyFeedback(feed, model, 'b', profiles)).toEqual(feed);
  });

  it('learns a pattern for every company of a sector only once five companies share it, from codes only', () => {
    const seekers = ['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => biotech(id));
    const all = byId(...seekers, cro('cro1'), cro('cro2'), cdmo('cdmo1'), cdmo('cdmo2'));
    const dismissals = (ids: string[]): FeedbackEvent[] =>
      ids.map((companyId) => ({
        companyId,
        partnerId: 'cro1',
        signal: 'DISMISSED',
        reasonCode: 'NOT_RELEVANT',
        note: 'OTHER: modalité anticorps seulement',
      }));
    const four = trainFeedback(dismissals(['s1', 's2', 's3', 's4']), all, { createdAt: CREATED });
    expect(four.global).toEqual({});
    expect(feedbackMultiplier(four, all.get('s6')!, all.get('cro2')!)).toBe(1);

    const five = trainFeedback(dismissals(['s1', 's2', 's3', 's4', 's5']), all, { createdAt: CREATED });
    expect(Object.keys(five.global)).toEqual(['biopharma']);
    // Notes named an antibody modality: it is in the authors' own weights, never in the shared ones.
    expect(JSON.stringify(five.global)).not.toContain('modality:');
    const untouched = feedbackMultiplier(five, all.get('s6')!, all.get('cro2')!);
    expect(untouched).toBeLessThan(1);
    // A company's own evidence counts more than the shared pattern.
    expect(feedbackMultiplier(five, all.get('s1')!, all.get('cro2')!)).toBeLessThan(untouched);
  });
});

describe('saying why feedback raised a partner', () => {
  const profiles = byId(biotech('a'), cro('cro1'), cro('cro2'), cdmo('cdmo1'));
  const offers: MatchReason = {
    code: 'OFFERS_WHAT_YOU_SEEK',
    params: { capability: 'clinical_trial_services' },
  };
  const feed = [scored('cro2', 0.7), scored('cdmo1', 0.65)].map((p) => ({ ...p, reasons: [offers] }));

  it('names what the company showed interest in, after what the pair trades, in both languages', () => {
    const model = trainFeedback([{ companyId: 'a', partnerId: 'cro1', signal: 'REQUEST_SENT' }], profiles, {
      createdAt: CREATED,
    });
    const [cro2, cdmo1] = applyFeedback(feed, model, 'a', profiles);
    expect(cro2.reasons).toEqual([offers, { code: 'LIKE_PARTNERS_YOU_CHOSE', params: { sector: 'cro' } }]);
    expect(renderReason(cro2.reasons[1], 'en')).toMatch(/^Like partners your company showed interest in: \S/);
    expect(renderReason(cro2.reasons[1], 'fr')).toMatch(
      /^Semblable aux partenaires pour lesquels votre entreprise a montré de l'intérêt : \S/,
    );
    // Nothing the company did is about CDMOs: no such reason there.
    expect(cdmo1.reasons).toEqual([offers]);
  });

  it('never presents other companies’ patterns as the viewer’s own interest', () => {
    const shared = { ...EMPTY_FEEDBACK_MODEL, version: 1, global: { biopharma: { 'sector:cro': 1 } } };
    const [cro2] = applyFeedback(feed, shared, 'a', profiles);
    expect(cro2.score).toBeGreaterThan(0.7);
    expect(cro2.reasons).toEqual([offers]);
  });
});

describe('comparing what two models learned', () => {
  it('ignores versions and the order of keys', () => {
    const a = {
      ...EMPTY_FEEDBACK_MODEL,
      version: 1,
      perCompany: { x: { 'sector:cro': -1, 'area:oncology': 0.5 } },
    };
    const b = {
      ...EMPTY_FEEDBACK_MODEL,
      version: 2,
      perCompany: { x: { 'area:oncology': 0.5, 'sector:cro': -1 } },
    };
    expect(sameLearning(a, b)).toBe(true);
    expect(sameLearning(a, { ...b, perCompany: { x: { 'sector:cro': -1 } } })).toBe(false);
  });
});

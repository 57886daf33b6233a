import { TAXONOMY } from '@app/taxonomy';
import { demoCompanies, generateCompanies, generatePartneringSet } from './index.js';

const codes = (table: object) => new Set(Object.keys(table));

describe('generateCompanies', () => {
  const set = generateCompanies({ seed: 3, quebec: 60, ontario: 80 });

  it('makes the requested counts with unique external ids', () => {
    expect(set.companies.filter((c) => c.province === 'QC')).toHaveLength(60);
    expect(set.companies.filter((c) => c.province === 'ON')).toHaveLength(80);
    expect(new Set(set.companies.map((c) => c.externalId)).size).toBe(140);
    expect(set.companies.every((c) => /^(BQ|LSO)-\d{4}$/.test(c.externalId))).toBe(true);
  });

  it('uses taxonomy codes only, and valid languages and memberships', () => {
    const caps = codes(TAXONOMY.capabilities.codes);
    for (const c of set.companies) {
      expect(c.sectors.every((s) => codes(TAXONOMY.sectors).has(s))).toBe(true);
      expect((c.therapeuticAreas ?? []).every((s) => codes(TAXONOMY.therapeuticAreas).has(s))).toBe(true);
      expect((c.modalities ?? []).every((s) => codes(TAXONOMY.modalities).has(s))).toBe(true);
      expect([...(c.offers ?? []), ...(c.seeks ?? [])].every((s) => caps.has(s))).toBe(true);
      expect((c.partnershipTypes ?? []).every((s) => codes(TAXONOMY.partnershipTypes).has(s))).toBe(true);
      if (c.stage) expect(codes(TAXONOMY.stages).has(c.stage)).toBe(true);
      if (c.size) expect(codes(TAXONOMY.sizes).has(c.size)).toBe(true);
      expect(c.languages.length).toBeGreaterThan(0);
      expect(c.memberships[0].association).toBe(c.province === 'QC' ? 'BIOQUEBEC' : 'LSO');
      expect(c.description?.fr || c.description?.en).toBeTruthy();
    }
  });

  it('plants cross-province pairs between existing companies', () => {
    const byId = new Map(set.companies.map((c) => [c.externalId, c]));
    expect(set.planted.length).toBeGreaterThan(5);
    for (const p of set.planted) {
      expect(byId.get(p.a)!.province).not.toBe(byId.get(p.b)!.province);
      expect([1, 2, 3]).toContain(p.grade);
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateCompanies({ seed: 3, quebec: 60, ontario: 80 })).toEqual(set);
    expect(generateCompanies({ seed: 4, quebec: 60, ontario: 80 })).not.toEqual(set);
  });

  it('gives a demo set of about 270 Québec and 330 Ontario members', () => {
    const demo = demoCompanies();
    expect(demo.filter((c) => c.province === 'QC')).toHaveLength(270);
    expect(demo.filter((c) => c.province === 'ON')).toHaveLength(330);
  });
});

describe('generatePartneringSet', () => {
  const set = generatePartneringSet({ seed: 5, quebec: 60, ontario: 60 });

  it('gives the latent truth of every company and planted pairs across provinces', () => {
    expect(set.companies).toHaveLength(120);
    expect([...set.truth.keys()].sort()).toEqual(set.companies.map((c) => c.externalId).sort());
    const byId = new Map(set.companies.map((c) => [c.externalId, c]));
    expect(set.planted.length).toBeGreaterThan(10);
    for (const p of set.planted) expect(byId.get(p.a)!.province).not.toBe(byId.get(p.b)!.province);
  });

  it('tags most profiles and is deterministic', () => {
    const tagged = set.companies.filter((c) => (c.offers ?? []).length + (c.seeks ?? []).length > 0);
    expect(tagged.length / set.companies.length).toBeGreaterThan(0.8);
    expect(generatePartneringSet({ seed: 5, quebec: 60, ontario: 60 })).toEqual(set);
  });
});

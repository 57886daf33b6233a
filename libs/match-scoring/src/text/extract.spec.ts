import { extractFeatures } from './extract.js';

describe('extractFeatures', () => {
  it('reads a French need for clinical batches of an antibody as biologics manufacturing', () => {
    const f = extractFeatures('Nous cherchons un CDMO pour les lots cliniques de notre anticorps.', {
      mode: 'offer',
    });
    expect(f.seeks).toContain('gmp_biologics');
    expect(f.modalities).toContain('biologics');
  });

  it('tells offered trial services from a company’s own phase', () => {
    expect(extractFeatures('We run Phase I–III studies for sponsors.').offers).toContain(
      'clinical_trial_services',
    );
    const own = extractFeatures(
      "Nous développons un peptide contre l'insuffisance cardiaque, actuellement en phase I.",
    );
    expect(own.offers).not.toContain('clinical_trial_services');
    expect(own.stages).toEqual(['phase1']);
    expect(own.therapeuticAreas).toEqual(['cardiovascular']);
    expect(own.modalities).toEqual(['peptides']);
  });

  it('reads a partner for a phase and a Series A lead as needs', () => {
    const f = extractFeatures('Un partenaire pour la phase II et a lead investor for our Series A.', {
      mode: 'need',
    });
    expect(f.seeks).toEqual(expect.arrayContaining(['clinical_trial_services', 'equity_investment']));
  });

  it('skips negated needs and the needs of clients', () => {
    const f = extractFeatures(
      "Nous n'avons pas besoin d'investisseurs, mais cherchons un partenaire réglementaire.",
    );
    expect(f.seeks).toEqual(['regulatory_affairs']);
    expect(
      extractFeatures('Nous répondons aux besoins de nos clients en fabrication BPF de petites molécules.')
        .offers,
    ).toEqual(['gmp_small_molecule']);
  });

  it('folds accents and inflections: oncologie, oncology, tumeurs, Alzheimer', () => {
    const f = extractFeatures(
      'Thérapies ciblant les tumeurs solides et la maladie d’Alzheimer; ARNm et thérapie génique.',
    );
    expect(f.therapeuticAreas).toEqual(expect.arrayContaining(['oncology', 'neurology']));
    expect(f.modalities).toEqual(expect.arrayContaining(['rna', 'gene_therapy']));
  });

  it('gives a disease every area it belongs to: breast cancer is oncology too', () => {
    expect(extractFeatures('le cancer du sein triple négatif').therapeuticAreas).toEqual(
      expect.arrayContaining(['oncology', 'womens_health']),
    );
    expect(extractFeatures('osteoporosis').therapeuticAreas).toContain('musculoskeletal');
  });

  it('reads the clients a provider looks for as their needs, not its own', () => {
    const cro = extractFeatures('Biotech sponsors across Canada needing IND/CTA-enabling packages.', {
      mode: 'need',
    });
    expect(cro.seeks).toEqual([]);
    expect(cro.clientNeeds).toEqual(expect.arrayContaining(['preclinical_services', 'regulatory_affairs']));
    const fr = extractFeatures('Des entreprises qui préparent leur première étude clinique.', {
      mode: 'need',
    });
    expect(fr.seeks).toEqual([]);
    expect(fr.clientNeeds).toContain('clinical_trial_services');
  });

  it('keeps a need for a provider when the party sought is the one that offers it', () => {
    const f = extractFeatures('We seek companies offering regulatory support for our CTA.', { mode: 'need' });
    expect(f.seeks).toContain('regulatory_affairs');
    expect(f.clientNeeds).toEqual([]);
  });

  it('reads a round being raised as a need for investors, in both languages', () => {
    expect(extractFeatures('We are also raising a CAD 15M Series A.', { mode: 'need' }).seeks).toContain(
      'equity_investment',
    );
    expect(
      extractFeatures("Nous préparons une ronde de croissance pour financer l'expansion.", { mode: 'need' })
        .seeks,
    ).toContain('equity_investment');
  });

  it('keeps a seeking text a need when it says what the company has or lacks', () => {
    const f = extractFeatures(
      'A partner to commercialize in Canada, where we have no presence, and help with public drug plan listings.',
      { mode: 'need' },
    );
    expect(f.seeks).toEqual(expect.arrayContaining(['distribution', 'market_access']));
    expect(f.offers).toEqual([]);
  });

  it('tells a preclinical CRO from a clinical one by the studies named with it', () => {
    const f = extractFeatures('Nous cherchons un CRO capable de mener les études de toxicologie GLP.', {
      mode: 'need',
    });
    expect(f.seeks).toContain('preclinical_services');
    expect(f.seeks).not.toContain('clinical_trial_services');
  });

  it("does not read a developer's own studies or regulatory T cells as services on offer", () => {
    const f = extractFeatures(
      'We completed a dose-ranging study in mice; our antibody expands regulatory T cells. Lead optimisation is done.',
    );
    expect(f.offers).toEqual([]);
    expect(f.therapeuticAreas).toContain('immunology');
  });

  it('reads a research centre, its research pharmacy and non-dilutive funding as what they are', () => {
    const centre = extractFeatures(
      "Centre de recherche d'un réseau hospitalier : essais de phase II à IV, une pharmacie de recherche.",
    );
    expect(centre.seeks).toEqual([]);
    expect(centre.offers).toContain('clinical_sites');
    expect(centre.offers).not.toContain('distribution');
    const funding = extractFeatures('Nous cherchons du financement non dilutif.', { mode: 'need' });
    expect(funding.seeks).toEqual(['non_dilutive_funding']);
  });

  it('reads partners "to offer" our tests as a need, and Canadian filings as regulatory work', () => {
    const f = extractFeatures(
      'Partners to offer our testing in Quebec: distributors, and market access guidance.',
      {
        mode: 'need',
      },
    );
    expect(f.seeks).toEqual(expect.arrayContaining(['distribution', 'market_access']));
    expect(
      extractFeatures('PME pharmaceutiques et biotechs qui préparent une DEC ou une PDN.', { mode: 'need' })
        .clientNeeds,
    ).toEqual(['regulatory_affairs']);
  });

  it("reads teams a fund wants, ready for a round, as the round's clients", () => {
    const f = extractFeatures(
      'Des équipes canadiennes en médecine de précision, en biologie comme en IA, prêtes pour une ronde de série A.',
      { mode: 'need' },
    );
    expect(f.clientNeeds).toEqual(['equity_investment']);
    expect(f.seeks).not.toContain('equity_investment');
  });

  it('reads what a fund says of the companies it wants, before their need, as their portrait', () => {
    const f = extractFeatures('Companies with phase 2 data or revenue that need growth capital.', {
      mode: 'need',
    });
    expect(f.seeks).toEqual([]);
    expect(f.clientNeeds).toEqual(['equity_investment']);
    expect(f.stages).toContain('phase2');
  });

  it('reads an institution opening a description as what the company is, and wanted sites as a need', () => {
    expect(
      extractFeatures('Centre hospitalier universitaire : unité de phase précoce, cliniques de MII.').offers,
    ).toContain('clinical_sites');
    expect(extractFeatures('Network of six research clinics in neurology.').offers).toContain(
      'clinical_sites',
    );
    // A developer citing hospitals offers no sites.
    expect(extractFeatures('Our test was validated in three Ontario hospitals.').offers).toEqual([]);
    expect(
      extractFeatures('Psychiatry sites, including French-speaking sites in Quebec.', { mode: 'need' }).seeks,
    ).toEqual(['clinical_sites']);
  });

  it("reads the round or phase of the companies a fund wants as theirs, not the fund's", () => {
    expect(extractFeatures('Seed-stage startups.', { mode: 'need' })).toMatchObject({
      seeks: [],
      clientNeeds: ['equity_investment'],
    });
    expect(extractFeatures('Phase 2 and later companies.', { mode: 'need' }).seeks).toEqual([]);
    expect(extractFeatures('We are raising a seed round.', { mode: 'need' }).seeks).toEqual([
      'equity_investment',
    ]);
  });

  it('reads a phase after investors as their context, not a need for trials', () => {
    const f = extractFeatures('Seeking a commercial partner and growth investors for phase 2b.', {
      mode: 'need',
    });
    expect(f.seeks).toEqual(expect.arrayContaining(['distribution', 'equity_investment']));
    expect(f.seeks).not.toContain('clinical_trial_services');
  });

  it("reads a product's regulatory status as no regulatory service, and a consultancy's filings as one", () => {
    expect(
      extractFeatures('Connected spirometer, Health Canada Class II; FDA 510(k) planned.').offers,
    ).toEqual([]);
    expect(extractFeatures('La demande d’homologation est déposée à Santé Canada.').offers).toEqual([]);
    expect(extractFeatures('We prepare Health Canada and FDA submissions for our clients.').offers).toContain(
      'regulatory_affairs',
    );
    expect(
      extractFeatures('Nous cherchons de l’aide pour notre demande d’homologation.', { mode: 'need' }).seeks,
    ).toEqual(['regulatory_affairs']);
  });

  it('reads what a CRO describes as what it sells, and the trials a hospital names as sites', () => {
    const studies = 'GLP toxicology in rodents, dogs and minipigs; safety pharmacology.';
    expect(extractFeatures(studies).offers).toEqual([]);
    expect(extractFeatures(studies, { provider: 'services' }).offers).toEqual(['preclinical_services']);
    const hosted = 'Nous avons participé à trois essais cliniques de thérapie génique.';
    expect(extractFeatures(hosted).offers).toEqual([]);
    expect(extractFeatures(hosted, { provider: 'sites' }).offers).toEqual(['clinical_sites']);
    expect(extractFeatures('80-bed phase I unit for first-in-human studies.').offers).toEqual([
      'clinical_sites',
      'clinical_trial_services',
    ]);
  });

  it("reads academia in a developer's description as its origins, and in an institute's as its research", () => {
    const spinOff =
      'University spin-off with proof of concept in two mouse models; our researchers come from McGill.';
    expect(extractFeatures(spinOff).offers).toEqual([]);
    const institute =
      'Institut de recherche en neurosciences : cohortes de patients, chercheurs et cliniques de la mémoire.';
    expect(extractFeatures(institute, { provider: 'sites' }).offers).toEqual([
      'clinical_sites',
      'research_collaboration',
    ]);
    expect(
      extractFeatures('Des chercheurs universitaires pour valider la cible.', { mode: 'need' }).seeks,
    ).toEqual(['research_collaboration']);
  });

  it('reads care units wanted for a study as sites, and hospitals a distributor serves as its market', () => {
    const need = (text: string) => extractFeatures(text, { mode: 'need' }).seeks;
    expect(need("Nous cherchons des centres de psychiatrie pour l'étude pivot.")).toContain('clinical_sites');
    expect(need('Orthopedic and neurosurgery departments for a post-market registry.')).toEqual([
      'clinical_sites',
    ]);
    expect(need('A second registry of our own is planned; we need a regulatory adviser.')).toEqual([
      'regulatory_affairs',
    ]);
    expect(need('Un distributeur vers les hôpitaux et cliniques de cardiologie de l’Ontario.')).toEqual([
      'distribution',
    ]);
    expect(need('A hospital distributor for Ontario.')).toEqual(['distribution']);
    expect(extractFeatures('Hospital distributor of medical devices across Ontario.').offers).toEqual([
      'distribution',
    ]);
    expect(need('A distributor in Ontario, and hospital sites for our phase 2 trial.')).toContain(
      'clinical_sites',
    );
  });

  it('reads the class of products a fund names, unless negated', () => {
    const fund = extractFeatures('Therapeutics VC, Series A/B. We do not invest in digital health.');
    expect(Object.keys(fund.weights.productClasses)).toEqual(['drug']);
    expect(
      Object.keys(
        extractFeatures('Préamorçage en thérapeutique, medtech et santé numérique.').weights.productClasses,
      ),
    ).toEqual(['drug', 'digital']);
  });

  it('reads investors for a phase as the investors’ context, after a list of other needs', () => {
    expect(
      extractFeatures('Nous recherchons un partenaire canadien et des investisseurs pour la phase 2b.', {
        mode: 'need',
      }).seeks,
    ).toEqual(['equity_investment']);
  });

  it('reads what a company says it does not serve, but not a service it denies or a widening “not only”', () => {
    const scopes = (text: string) => extractFeatures(text).excluded.map((span) => span.scopes);
    expect(
      scopes('Small-molecule API CDMO. We do not handle biologics or cell therapy.')[0].modalities,
    ).toEqual({
      biologics: 1,
      cell_therapy: 1,
    });
    expect(scopes("Nous n'accueillons pas d'études en oncologie.")[0].areas).toEqual({ oncology: 1 });
    expect(Object.keys(scopes('Growth fund. We do not do seed.')[0].stages).length).toBeGreaterThan(0);
    expect(scopes('We work in oncology, but not only oncology.')).toEqual([]);
    expect(scopes('Nous recevons le vrac formulé : pas de formulation LNP.')[0]).toBeDefined();
    expect(
      extractFeatures('Nous recevons le vrac formulé : pas de formulation LNP.').excluded[0].services,
    ).not.toEqual([]);
  });

  it('tells licensing in from licensing out, and a plain licence from either', () => {
    expect(extractFeatures('Value-added generics to in-license.', { mode: 'need' }).seeks).toEqual([
      'licensing_asset',
    ]);
    expect(extractFeatures('Out-licensing partner wanted for our lead asset.').offers).toEqual([
      'licensing_asset',
    ]);
    expect(extractFeatures('Regulatory consultancy: Health Canada licensing.').seeks).toEqual([]);
  });

  it('reads a reseller wanted and privacy or SaMD advice as needs', () => {
    expect(
      extractFeatures(
        'We need a French-language partner to resell to clinics and advice on Law 25 and SaMD classification.',
        {
          mode: 'need',
        },
      ).seeks,
    ).toEqual(['distribution', 'regulatory_affairs']);
  });

  it('reads what an adviser is wanted for as the advice’s topic, until the next item of the list', () => {
    const need = (text: string) => extractFeatures(text, { mode: 'need' }).seeks;
    expect(need('We also need counsel on licensing the neoantigen algorithm from the university.')).toEqual([
      'ip_legal',
    ]);
    expect(need('Patent counsel for a continuation strategy on the oral formulation.')).toEqual(['ip_legal']);
    expect(need('IP counsel for our antibody patents and a CDMO.')).toEqual(['gmp_biologics', 'ip_legal']);
    expect(need("De l'aide pour notre dossier de CTA et une CRO pour la phase II.")).toEqual([
      'clinical_trial_services',
      'regulatory_affairs',
    ]);
  });

  it('reads the phase that sites are wanted for as theirs, not a need for a CRO as well', () => {
    const need = (text: string) => extractFeatures(text, { mode: 'need' }).seeks;
    expect(need('Gynecology sites for phase 2 and a CAD 15 M Series A.')).toEqual([
      'clinical_sites',
      'equity_investment',
    ]);
    expect(need('Notre essai de phase 2 nécessitera des cliniques de gynécologie.')).toEqual([
      'clinical_sites',
    ]);
    expect(need('A CRO for phase 2 and hospital sites in Québec.')).toEqual([
      'clinical_sites',
      'clinical_trial_services',
    ]);
  });

  it('reads hospitals after market access as the market, and corporate assets as assets to license', () => {
    const need = (text: string) => extractFeatures(text, { mode: 'need' }).seeks;
    expect(need("Des conseils sur l'accès au marché hospitalier.")).toEqual(['market_access']);
    expect(need('Corporate assets to build new companies around.')).toEqual(['licensing_asset']);
  });

  it('reads products sold under licence as a licensee’s, not assets to license out', () => {
    const f = extractFeatures('Nous commercialisons 15 produits sous licence.');
    expect(f.offers).toEqual(['distribution']);
    expect(f.seeks).toEqual(['licensing_asset']);
    expect(extractFeatures('Nous voulons concéder sous licence notre actif principal.').offers).toEqual([
      'licensing_asset',
    ]);
  });

  it('reads oncolytic and vaccinia viruses as viral vectors, made by gene-therapy plants', () => {
    expect(extractFeatures('We engineer oncolytic vaccinia viruses for solid tumours.').modalities).toEqual([
      'gene_therapy',
    ]);
    expect(extractFeatures('A GMP manufacturer for our vaccinia vector.', { mode: 'need' }).seeks).toEqual([
      'cell_gene_manufacturing',
    ]);
  });

  it('reads products wanted “already approved by Health Canada” as their stage, not a regulatory need', () => {
    const wanted = extractFeatures('Produits déjà homologués par Santé Canada, à distribuer au Québec.', {
      mode: 'need',
    });
    expect(wanted.seeks).not.toContain('regulatory_affairs');
    expect(wanted.stages).toEqual(['commercial']);
  });

  it('reads products sought “needing a commercial partner” as what a licensee sells them', () => {
    const wanted = extractFeatures('Approved or phase III products needing a Canadian commercial partner.', {
      mode: 'need',
    });
    expect(wanted.seeks).toEqual([]);
    expect(wanted.clientNeeds).toEqual(['distribution']);
  });

  it('reads the phases a fund asks for as its investees’ stage, not a need for trials', () => {
    const fund = extractFeatures('Phase 2 and phase 3 companies with a catalyst ahead.', {
      mode: 'need',
      provider: 'investor',
    });
    expect(fund.seeks).toEqual([]);
    expect(fund.stages).toEqual(['phase2', 'phase3']);
  });
});

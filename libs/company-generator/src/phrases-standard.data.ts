// Standard phrasing set of the generator (the holdout set, phrases-holdout.data.ts, words the same
// things differently so that an evaluation can tell learning the domain from learning templates).
import type { PhraseSet } from './phrases.types.js';

export const STANDARD_PHRASES: PhraseSet = {
  needFrame: {
    fr: [
      'Nous cherchons {need}.',
      'Nous souhaitons trouver {need}.',
      'Nous sommes à la recherche de partenaires : {need}.',
      'Priorité pour la prochaine année : {need}.',
    ],
    en: [
      'We are looking for {need}.',
      'Seeking {need}.',
      'We need {need}.',
      'Our next step requires {need}.',
    ],
  },
  intro: {
    developer: {
      fr: [
        'Nous développons {product} contre {area}, actuellement {stage}.',
        'Notre entreprise met au point {product} pour traiter {area}; notre programme principal est {stage}.',
      ],
      en: [
        'We are developing {product} for {area}, currently {stage}.',
        'Our lead program, {product} targeting {area}, is {stage}.',
      ],
    },
    medtech: {
      fr: [
        'Nous concevons {product} pour les patients touchés par {area}, {stage}.',
        'Entreprise de technologies médicales qui développe {product} ({area}), {stage}.',
      ],
      en: [
        'We design {product} for patients with {area}, {stage}.',
        'Medtech company building {product} for {area}, {stage}.',
      ],
    },
    diagnostics: {
      fr: [
        'Nous développons {product} pour le dépistage précoce de {area}.',
        'Entreprise de diagnostic : {product} pour {area}.',
      ],
      en: [
        'We develop {product} for early detection of {area}.',
        'Diagnostics company with {product} for {area}.',
      ],
    },
    digital: {
      fr: [
        'Nous créons {product} pour mieux suivre les patients, notamment pour {area}.',
        'Jeune pousse en santé numérique : {product} appliqué au suivi des patients, pour {area}.',
      ],
      en: [
        'We build {product} to help clinicians manage {area}.',
        'Digital health startup applying {product} to {area}.',
      ],
    },
    cro: {
      fr: [
        'Organisation de recherche contractuelle établie depuis 15 ans.',
        'CRO canadienne au service des promoteurs.',
      ],
      en: [
        'Contract research organization serving sponsors for 15 years.',
        'Canadian CRO working with biotech sponsors.',
      ],
    },
    cdmo: {
      fr: ['Fabricant à façon (CDMO) doté d’installations BPF.', 'CDMO québécoise au service des biotechs.'],
      en: [
        'Contract development and manufacturing organization with GMP facilities.',
        'CDMO serving emerging biotechs.',
      ],
    },
    investor: {
      fr: [
        'Fonds de capital de risque spécialisé en sciences de la vie.',
        'Société d’investissement en santé.',
      ],
      en: ['Life-sciences venture capital fund.', 'Healthcare investment firm.'],
    },
    hospital: {
      fr: [
        'Centre hospitalier universitaire et son centre de recherche.',
        'Réseau hospitalier avec une unité de recherche clinique.',
      ],
      en: ['Academic hospital and research institute.', 'Hospital network with a clinical research unit.'],
    },
    institute: {
      fr: ['Institut de recherche universitaire.', 'Centre de recherche public.'],
      en: ['University research institute.', 'Public research centre.'],
    },
    services: {
      fr: [
        'Cabinet de services-conseils en sciences de la vie.',
        'Firme de services professionnels pour les biotechs.',
      ],
      en: ['Life-sciences consulting firm.', 'Professional services firm for biotech companies.'],
    },
    distributor: {
      fr: ['Distributeur pharmaceutique canadien.', 'Entreprise de commercialisation de produits de santé.'],
      en: ['Canadian specialty pharmaceutical distributor.', 'Healthcare commercialization company.'],
    },
  },
  offer: {
    research_collaboration: {
      fr: [
        'Nos équipes de recherche collaborent avec l’industrie pour {area}.',
        'Nous menons des projets de recherche conjoints avec des partenaires industriels.',
      ],
      en: [
        'Our scientists partner with industry on joint research in {area}.',
        'We run sponsored research collaborations with companies.',
      ],
    },
    preclinical_services: {
      fr: [
        'Nous réalisons des études précliniques : toxicologie BPL, pharmacocinétique et modèles animaux.',
        'Services de pharmacologie in vivo et études habilitantes IND.',
      ],
      en: [
        'We perform GLP toxicology, PK/PD and in vivo efficacy studies.',
        'IND-enabling preclinical studies for small and large molecules.',
      ],
    },
    clinical_trial_services: {
      fr: [
        'Nous menons des essais cliniques de phase I à III pour nos clients.',
        'Gestion complète d’études cliniques : démarrage des sites, monitoring, biostatistique.',
      ],
      en: [
        'We run Phase I–III clinical trials for sponsors.',
        'Full-service trial management: site start-up, monitoring and biostatistics.',
      ],
    },
    clinical_sites: {
      fr: [
        'Nos cliniciens donnent accès à de grandes cohortes de patients pour {area}.',
        'Plus de 20 investigateurs et une unité d’essais cliniques de phase précoce.',
      ],
      en: [
        'Our clinicians offer access to large patient cohorts in {area}.',
        'Over 20 investigators and an early-phase clinical trial unit.',
      ],
    },
    process_development: {
      fr: [
        'Développement de procédés et méthodes analytiques, de la paillasse à l’échelle pilote.',
        'Nous optimisons vos procédés et assurons le transfert technologique.',
      ],
      en: [
        'Process and analytical development from bench to pilot scale.',
        'We optimize processes and handle tech transfer.',
      ],
    },
    gmp_small_molecule: {
      fr: [
        'Fabrication BPF d’ingrédients pharmaceutiques actifs et de formes solides orales.',
        'Synthèse chimique sur mesure, du kilo-labo aux lots commerciaux.',
      ],
      en: [
        'GMP manufacturing of APIs and oral solid dosage forms.',
        'Custom chemical synthesis from kilo lab to commercial batches.',
      ],
    },
    gmp_biologics: {
      fr: [
        'Production BPF d’anticorps et de protéines recombinantes en bioréacteurs de 2 000 L.',
        'Fabrication de produits biologiques en culture cellulaire de mammifères.',
      ],
      en: [
        'GMP production of antibodies and recombinant proteins in 2,000 L bioreactors.',
        'Mammalian cell culture manufacturing of biologics.',
      ],
    },
    cell_gene_manufacturing: {
      fr: [
        'Fabrication BPF de thérapies cellulaires et de vecteurs viraux.',
        'Production de vecteurs AAV et lentiviraux en salles blanches.',
      ],
      en: [
        'GMP manufacturing of cell therapies and viral vectors.',
        'AAV and lentiviral vector production in our clean rooms.',
      ],
    },
    device_manufacturing: {
      fr: [
        'Fabrication sous contrat de dispositifs médicaux certifiée ISO 13485.',
        'Prototypage, usinage de précision et assemblage de dispositifs.',
      ],
      en: [
        'ISO 13485 contract manufacturing of medical devices.',
        'Prototyping, precision machining and device assembly.',
      ],
    },
    regulatory_affairs: {
      fr: [
        'Nous préparons les dossiers réglementaires pour Santé Canada et la FDA.',
        'Stratégie réglementaire et soumissions, des médicaments aux dispositifs.',
      ],
      en: [
        'We prepare regulatory submissions to Health Canada and the FDA.',
        'Regulatory strategy and filings for drugs and devices.',
      ],
    },
    market_access: {
      fr: [
        'Nous accompagnons les demandes de remboursement auprès de l’INESSS et de l’ACMTS.',
        'Économie de la santé et stratégie de prix et de remboursement.',
      ],
      en: [
        'We support reimbursement submissions to CADTH and INESSS.',
        'Health economics, pricing and market access strategy.',
      ],
    },
    distribution: {
      fr: [
        'Notre force de vente couvre les hôpitaux et pharmacies du Canada.',
        'Distribution et commercialisation de produits pour {area}.',
      ],
      en: [
        'Our sales force covers hospitals and pharmacies across Canada.',
        'We commercialize and distribute products in {area}.',
      ],
    },
    ip_legal: {
      fr: [
        'Conseils en propriété intellectuelle, brevets et ententes de licence.',
        'Avocats spécialisés en droit des sciences de la vie.',
      ],
      en: [
        'Patent prosecution, IP strategy and licensing agreements.',
        'Lawyers focused on life-sciences transactions.',
      ],
    },
    data_analytics: {
      fr: [
        'Analyse de données de santé et données du monde réel.',
        'Science des données et tableaux de bord cliniques.',
      ],
      en: ['Real-world data analytics and health data science.', 'Data analysis and clinical dashboards.'],
    },
    bioinformatics: {
      fr: [
        'Analyses bio-informatiques de données de séquençage et multi-omiques.',
        'Biologie computationnelle et pipelines NGS.',
      ],
      en: ['Bioinformatics for sequencing and multi-omics data.', 'Computational biology and NGS pipelines.'],
    },
    lab_space: {
      fr: [
        'Espaces de laboratoire et incubation pour jeunes entreprises.',
        'Laboratoires partagés et bureaux à louer.',
      ],
      en: ['Lab space and incubation for startups.', 'Shared wet labs and offices for rent.'],
    },
    equity_investment: {
      fr: [
        'Nous investissons de 1 à 5 M$ par entreprise, du stade {stage}.',
        'Nous menons des rondes de financement pour des entreprises qui ciblent {area}.',
      ],
      en: ['We invest CAD 1-5M per company, {stage}.', 'We lead financing rounds in {area} companies.'],
    },
    non_dilutive_funding: {
      fr: [
        'Nous octroyons des subventions de recherche et des contributions non remboursables.',
        'Programme de financement public pour projets d’innovation.',
      ],
      en: [
        'We award research grants and non-repayable contributions.',
        'Public funding program for innovation projects.',
      ],
    },
    licensing_asset: {
      fr: [
        'Notre candidat est disponible pour une licence hors Amérique du Nord.',
        'Actif {stage} disponible sous licence.',
      ],
      en: ['Our lead candidate is available for licensing.', 'Asset {stage} available for out-licensing.'],
    },
    technology_platform: {
      fr: [
        'Notre plateforme technologique propriétaire accélère la découverte.',
        'Plateforme brevetée offerte aux partenaires.',
      ],
      en: [
        'Our proprietary technology platform speeds up discovery.',
        'Patented platform available to partners.',
      ],
    },
    talent_training: {
      fr: [
        'Programmes de formation et stages pour le personnel de l’industrie.',
        'Nous formons techniciens et scientifiques.',
      ],
      en: ['Training programs and internships for industry staff.', 'We train technicians and scientists.'],
    },
  },
  need: {
    research_collaboration: {
      fr: ['un partenaire de recherche universitaire', 'une collaboration de recherche sur {area}'],
      en: ['an academic research partner', 'a research collaboration in {area}'],
    },
    preclinical_services: {
      fr: [
        'un partenaire pour nos études de toxicologie réglementaires',
        'une CRO préclinique pour des études in vivo',
      ],
      en: ['a partner for our IND-enabling toxicology studies', 'a preclinical CRO for in vivo studies'],
    },
    clinical_trial_services: {
      fr: ['un partenaire pour la phase {phase}', 'une CRO pour mener notre essai de phase {phase}'],
      en: ['a CRO to run our Phase {phase} study', 'a clinical partner for our Phase {phase} trial'],
    },
    clinical_sites: {
      fr: [
        'des sites cliniques pour recruter des patients ({area})',
        'un hôpital partenaire pour valider notre produit',
      ],
      en: ['clinical sites to recruit patients with {area}', 'a hospital partner to validate our product'],
    },
    process_development: {
      fr: ['un partenaire pour la mise à l’échelle de notre procédé', 'du développement de procédé'],
      en: ['a partner to scale up our process', 'process development support'],
    },
    manufacturing: {
      fr: [
        'un CDMO pour produire les lots cliniques de {product}',
        'un fabricant pour notre matériel clinique',
      ],
      en: ['a CDMO to make clinical batches of {product}', 'a manufacturing partner for clinical supply'],
    },
    device_manufacturing: {
      fr: [
        'un fabricant pour produire notre dispositif en série',
        'un partenaire de fabrication certifié ISO 13485',
      ],
      en: ['a contract manufacturer for our device', 'an ISO 13485 manufacturing partner'],
    },
    regulatory_affairs: {
      fr: ['de l’aide pour notre soumission à Santé Canada', 'un expert en affaires réglementaires'],
      en: ['help with our Health Canada submission', 'a regulatory affairs consultant'],
    },
    market_access: {
      fr: ['un partenaire pour le remboursement et l’accès au marché', 'un expert de l’INESSS et de l’ACMTS'],
      en: ['support for reimbursement and market access', 'a market access partner for CADTH'],
    },
    distribution: {
      fr: ['un distributeur pour le marché canadien', 'un partenaire de commercialisation'],
      en: ['a distribution partner in Canada', 'a commercialization partner'],
    },
    ip_legal: {
      fr: ['un cabinet en propriété intellectuelle', 'des conseils juridiques sur nos brevets'],
      en: ['IP counsel for our patent portfolio', 'a law firm for licensing deals'],
    },
    data_analytics: {
      fr: ['un partenaire en analyse de données', 'de l’expertise en données du monde réel'],
      en: ['a data analytics partner', 'real-world evidence expertise'],
    },
    bioinformatics: {
      fr: ['de l’expertise en bio-informatique', 'un partenaire pour analyser nos données de séquençage'],
      en: ['bioinformatics support', 'a partner to analyze our sequencing data'],
    },
    lab_space: {
      fr: ['des espaces de laboratoire', 'un incubateur avec laboratoires humides'],
      en: ['lab space', 'an incubator with wet labs'],
    },
    equity_investment: {
      fr: ['un investisseur pour notre série A', 'un fonds de capital de risque pour notre prochaine ronde'],
      en: ['a lead investor for our Series A', 'venture capital for our next round'],
    },
    non_dilutive_funding: {
      fr: ['du financement non dilutif', 'des subventions pour notre projet'],
      en: ['non-dilutive funding', 'grants for our project'],
    },
    licensing_asset: {
      fr: ['des produits à ajouter à notre portefeuille', 'des actifs à acquérir sous licence'],
      en: ['products to in-license', 'late-stage assets to add to our portfolio'],
    },
    technology_platform: {
      fr: [
        'des technologies innovantes à tester dans nos unités',
        'des solutions numériques pour nos patients',
      ],
      en: ['innovative technologies to pilot in our units', 'new digital solutions for our patients'],
    },
    talent_training: {
      fr: ['du personnel qualifié', 'des stagiaires en biotechnologie'],
      en: ['skilled staff', 'trained lab technicians'],
    },
  },
};

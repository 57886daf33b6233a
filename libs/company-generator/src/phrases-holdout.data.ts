// Holdout phrasing set: the same meanings as the standard set in other words, other sentence
// shapes and more informal style, so that an engine tuned on one set can be checked on the other.
import type { PhraseSet } from './phrases.types.js';

export const HOLDOUT_PHRASES: PhraseSet = {
  needFrame: {
    fr: [
      'Nous aimerions rencontrer {need}.',
      'Besoin actuel : {need}.',
      'D’ici 12 mois, il nous faudra {need}.',
      'Ouverts à discuter avec {need}.',
    ],
    en: [
      'Looking to partner with {need}.',
      'Current need: {need}.',
      'Interested in {need}.',
      'We would welcome {need}.',
    ],
  },
  intro: {
    developer: {
      fr: [
        'Biotech issue de l’université, notre molécule ({product}) vise {area} et se trouve {stage}.',
        '{product} pour {area} : c’est notre programme phare, {stage}.',
      ],
      en: [
        'Spin-out biotech; {product} in {area}, {stage}.',
        'Clinical-stage company: {product} addressing {area}, {stage}.',
      ],
    },
    medtech: {
      fr: [
        'Jeune entreprise en technologies médicales : {product} pour {area}, {stage}.',
        'Nous avons conçu {product} destiné à {area} ({stage}).',
      ],
      en: [
        'Early medtech: {product} for {area}, {stage}.',
        'Our {product} helps surgeons treating {area}; {stage}.',
      ],
    },
    diagnostics: {
      fr: ['Notre produit, {product}, détecte plus tôt {area}.', 'Diagnostic moléculaire pour {area}.'],
      en: ['Our {product} catches {area} earlier.', 'Molecular testing for {area}.'],
    },
    digital: {
      fr: [
        'Solution logicielle : {product} pour {area}.',
        'Nous appliquons {product} au suivi des patients ({area}).',
      ],
      en: ['Software company: {product} for {area} care.', 'We apply {product} to {area} monitoring.'],
    },
    cro: {
      fr: ['Firme de recherche sous contrat.', 'Recherche clinique à contrat depuis 2008.'],
      en: ['Contract research firm.', 'Clinical research services company since 2008.'],
    },
    cdmo: {
      fr: ['Sous-traitant en fabrication pharmaceutique.', 'Usine de fabrication à façon.'],
      en: ['Contract manufacturer for pharma and biotech.', 'Outsourced manufacturing partner.'],
    },
    investor: {
      fr: ['Fonds d’investissement en santé.', 'Capital de risque en biotechnologie.'],
      en: ['Healthcare venture fund.', 'Biotech-focused VC.'],
    },
    hospital: {
      fr: ['Hôpital universitaire.', 'CIUSSS avec centre de recherche.'],
      en: ['Teaching hospital.', 'Regional health network with research institute.'],
    },
    institute: {
      fr: ['Centre de recherche affilié à l’université.', 'Institut public de recherche biomédicale.'],
      en: ['University-affiliated research centre.', 'Biomedical research institute.'],
    },
    services: {
      fr: ['Services-conseils pour biotechs.', 'Consultants en sciences de la vie.'],
      en: ['Consultancy for life-sciences firms.', 'Advisory firm for biotech.'],
    },
    distributor: {
      fr: ['Entreprise pharmaceutique de spécialité.', 'Distribution de produits de santé au Canada.'],
      en: ['Specialty pharma company.', 'Canadian healthcare products distributor.'],
    },
  },
  offer: {
    research_collaboration: {
      fr: [
        'Ouverts aux projets conjoints avec l’industrie, notamment pour {area}.',
        'Nos chercheurs s’associent à des entreprises sur des projets subventionnés.',
      ],
      en: [
        'Open to joint projects with industry, especially in {area}.',
        'Our researchers team up with companies on funded projects.',
      ],
    },
    preclinical_services: {
      fr: ['Toxicologie, PK et modèles murins sous BPL.', 'Études d’efficacité in vivo et bioanalyse.'],
      en: ['Tox, PK and mouse models under GLP.', 'In vivo efficacy studies and bioanalysis.'],
    },
    clinical_trial_services: {
      fr: [
        'Nous gérons des études multicentriques pour des commanditaires.',
        'Monitoring, gestion de données cliniques et rédaction médicale.',
      ],
      en: [
        'We manage multi-site studies for sponsors.',
        'Clinical monitoring, data management and medical writing.',
      ],
    },
    clinical_sites: {
      fr: [
        'Accès aux patients et aux investigateurs de notre réseau pour {area}.',
        'Unité de recherche clinique avec lits dédiés.',
      ],
      en: [
        'Patient access and investigators across our network in {area}.',
        'Dedicated clinical research unit with beds.',
      ],
    },
    process_development: {
      fr: ['Formulation, développement analytique et CMC.', 'Transfert de procédé et optimisation.'],
      en: ['Formulation, analytical development and CMC.', 'Process transfer and optimization.'],
    },
    gmp_small_molecule: {
      fr: ['Production d’IPA et de comprimés selon les BPF.', 'Chimie de synthèse à l’échelle commerciale.'],
      en: ['API and tablet production under cGMP.', 'Synthetic chemistry at commercial scale.'],
    },
    gmp_biologics: {
      fr: [
        'Bioproduction d’anticorps monoclonaux sous BPF.',
        'Culture cellulaire CHO et purification de protéines.',
      ],
      en: ['cGMP bioproduction of monoclonal antibodies.', 'CHO cell culture and protein purification.'],
    },
    cell_gene_manufacturing: {
      fr: [
        'Production de cellules CAR-T et de vecteurs AAV.',
        'Plateforme de fabrication pour thérapies géniques.',
      ],
      en: ['CAR-T cell processing and AAV vector production.', 'Manufacturing platform for gene therapies.'],
    },
    device_manufacturing: {
      fr: [
        'Assemblage et stérilisation de dispositifs médicaux.',
        'Moulage par injection et électronique médicale.',
      ],
      en: ['Medical device assembly and sterilization.', 'Injection molding and medical electronics.'],
    },
    regulatory_affairs: {
      fr: [
        'Homologation de produits au Canada et aux États-Unis.',
        'Affaires réglementaires et assurance qualité.',
      ],
      en: ['Product approvals in Canada and the US.', 'Regulatory affairs and quality assurance.'],
    },
    market_access: {
      fr: [
        'Dossiers de remboursement et pharmacoéconomie.',
        'Inscription aux listes de médicaments provinciales.',
      ],
      en: ['Reimbursement dossiers and pharmacoeconomics.', 'Provincial formulary listing support.'],
    },
    distribution: {
      fr: [
        'Réseau de distribution pancanadien et équipe de vente pour {area}.',
        'Mise en marché et logistique au Canada.',
      ],
      en: [
        'Nationwide distribution network and sales team in {area}.',
        'Go-to-market and logistics in Canada.',
      ],
    },
    ip_legal: {
      fr: [
        'Brevets, marques de commerce et négociation de contrats.',
        'Droit des affaires et propriété intellectuelle.',
      ],
      en: ['Patents, trademarks and contract negotiation.', 'Corporate law and intellectual property.'],
    },
    data_analytics: {
      fr: ['Données cliniques et analyses prédictives.', 'Entrepôt de données de santé.'],
      en: ['Clinical data and predictive analytics.', 'Health data warehouse and analysis.'],
    },
    bioinformatics: {
      fr: ['Analyse génomique et biologie computationnelle.', 'Pipelines d’analyse omique.'],
      en: ['Genomic analysis and computational biology.', 'Omics analysis pipelines.'],
    },
    lab_space: {
      fr: ['Paillasses et bureaux disponibles dans notre incubateur.', 'Laboratoires humides à louer.'],
      en: ['Bench space and offices in our incubator.', 'Wet labs for rent.'],
    },
    equity_investment: {
      fr: [
        'Tickets de 500 k$ à 3 M$, {stage}.',
        'Investisseur principal ou co-investisseur, surtout pour {area}.',
      ],
      en: ['Cheques of 0.5-3M, {stage}.', 'Lead or co-investor in {area}.'],
    },
    non_dilutive_funding: {
      fr: ['Subventions et contributions pour projets de R-D.', 'Aide financière gouvernementale.'],
      en: ['Grants and contributions for R&D projects.', 'Government funding programs.'],
    },
    licensing_asset: {
      fr: [
        'Droits disponibles pour notre candidat {stage}.',
        'Ouverts à une licence sur notre actif principal.',
      ],
      en: ['Rights available to our candidate {stage}.', 'Open to licensing our lead asset.'],
    },
    technology_platform: {
      fr: [
        'Notre technologie propriétaire est offerte en partenariat.',
        'Outils logiciels disponibles pour les partenaires.',
      ],
      en: ['Our proprietary technology is available to partners.', 'Software tools available to partners.'],
    },
    talent_training: {
      fr: ['Formation continue et programmes de stages.', 'Bassin de diplômés qualifiés.'],
      en: ['Continuing education and internships.', 'Pool of qualified graduates.'],
    },
  },
  need: {
    research_collaboration: {
      fr: ['des chercheurs universitaires', 'un laboratoire académique qui étudie {area}'],
      en: ['university researchers', 'an academic lab in {area}'],
    },
    preclinical_services: {
      fr: ['des études de toxicologie BPL', 'des modèles animaux de {area}'],
      en: ['GLP tox studies', 'animal models of {area}'],
    },
    clinical_trial_services: {
      fr: [
        'une organisation pour gérer notre étude de phase {phase}',
        'un partenaire pour notre essai multicentrique',
      ],
      en: ['someone to manage our Phase {phase} study', 'a partner for our multicentre trial'],
    },
    clinical_sites: {
      fr: ['des cliniciens pour recruter des patients', 'un accès à des patients ({area})'],
      en: ['investigators to enrol patients', 'access to patients with {area}'],
    },
    process_development: {
      fr: ['de l’aide en CMC', 'un partenaire pour la montée en échelle'],
      en: ['CMC support', 'help with scale-up'],
    },
    manufacturing: {
      fr: ['une usine BPF pour {product}', 'un sous-traitant pour fabriquer {product}'],
      en: ['a GMP plant for {product}', 'an outsourced manufacturer for {product}'],
    },
    device_manufacturing: {
      fr: ['un sous-traitant pour assembler notre dispositif', 'un fabricant de dispositifs'],
      en: ['a contract manufacturer to build our device', 'a device manufacturing partner'],
    },
    regulatory_affairs: {
      fr: ['un accompagnement pour l’homologation', 'de l’aide réglementaire auprès de la FDA'],
      en: ['support for regulatory approval', 'FDA regulatory guidance'],
    },
    market_access: {
      fr: ['de l’aide pour le remboursement', 'un accompagnement pharmacoéconomique'],
      en: ['reimbursement support', 'health economics expertise'],
    },
    distribution: {
      fr: ['un réseau de vente au Canada', 'un partenaire pour la mise en marché'],
      en: ['a sales channel in Canada', 'a go-to-market partner'],
    },
    ip_legal: {
      fr: ['des avocats en brevets', 'un conseiller en PI'],
      en: ['patent lawyers', 'IP strategy advice'],
    },
    data_analytics: {
      fr: ['des analyses de données cliniques', 'une expertise en science des données'],
      en: ['clinical data analysis', 'data science expertise'],
    },
    bioinformatics: {
      fr: ['des analyses génomiques', 'de la biologie computationnelle'],
      en: ['genomic data analysis', 'computational biology support'],
    },
    lab_space: { fr: ['des paillasses', 'un local de laboratoire'], en: ['bench space', 'a wet lab'] },
    equity_investment: {
      fr: ['des investisseurs pour notre financement d’amorçage', 'du capital pour notre ronde de série A'],
      en: ['seed investors', 'capital for our Series A round'],
    },
    non_dilutive_funding: {
      fr: ['des subventions', 'des crédits d’impôt RS&DE'],
      en: ['grant funding', 'SR&ED tax credits'],
    },
    licensing_asset: {
      fr: ['des produits à distribuer', 'des licences sur des produits en phase avancée'],
      en: ['products to distribute', 'in-licensing opportunities'],
    },
    technology_platform: {
      fr: ['de nouvelles technologies pour nos équipes cliniques', 'des innovations à évaluer'],
      en: ['new technologies for our clinical teams', 'innovations to evaluate'],
    },
    talent_training: {
      fr: ['des techniciens formés', 'de la main-d’œuvre qualifiée'],
      en: ['trained technicians', 'qualified workforce'],
    },
  },
};

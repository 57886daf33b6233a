// Capabilities of bringing a product to patients and of running a company: regulatory affairs,
// market access and reimbursement, distribution, IP and legal, data, lab space, funding (equity
// and non-dilutive), licensing, technology platforms and talent — French and English, with the
// Canadian bodies people name instead of the capability (Santé Canada, INESSS, IRAP, RS&DE …).
import { capability, group, modality, round, stage, type LexiconGroup } from './lexicon.types.js';

export const BUSINESS_LEXICON: LexiconGroup[] = [
  // Regulatory work as a trade: a service offered, or help wanted.
  group(
    'regulatory|regulator|regulators|reglementa*|affaires reglementaires|regulatory affairs|' +
      'dossier* reglementaire*|regulatory submission*|soumission* reglementaire*|regulatory strateg*|' +
      'strategie reglementaire|regulatory pathway*|voie* reglementaire*|conformite reglementaire|' +
      'regulatory compliance|quality assurance|assurance qualite|systeme* gestion qualite|' +
      'quality management system*|^qms|^smq|quality system*|^qa ra|^ara|audit* bpf|gmp audit*|' +
      'inspection* bpf|qualified person|personne qualifiee|^ectd|pediatric plan*|paediatric plan*|' +
      'pediatric investigation plan*|plan* pediatrique*|drug master file*|^dmf|fiche* maitresse*|' +
      'samd classification|device classification|classification dispositif*|classification reglementaire|' +
      'regulatory classification|product classification|classification produit*|' +
      // Privacy rules for health data are a compliance question, asked of regulatory advisers.
      'privacy compliance|loi 25|law 25|bill 64|phipa|pipeda|privacy impact assessment*|' +
      'evaluation facteurs relatifs vie privee|protection renseignements personnels|' +
      // So is selling in French in Québec: labels, leaflets and software in the language of the law.
      'french labelling|french labeling|french labels|etiquetage francais|etiquetage bilingue|' +
      'bilingual label*|french version|version francaise|french materials|french language law|' +
      'materiel francais|traduction reglementaire|regulatory translation|francisation|loi 96|bill 96|' +
      'charte langue francaise|conformite linguistique',
    capability('regulatory_affairs'),
  ),
  // Regulators, filings, approvals and designations: in a description, mostly the company's own
  // product's status ("Health Canada Class II", « homologation en cours », "CTA filing planned"),
  // an offer only beside service words.
  group(
    'homolog*|sante canada|health canada|^fda|^ema|510 k|510k|^pma|de novo|marquage ce|^mdr|' +
      '^ivdr|^mdel|^mdl|licence etablissement|licence instrument*|^ind|^cta|^nds|^nda|^bla|^anda|^dec|' +
      '^pdn|demande* essai* clinique*|clinical trial application*|presentation* drogue* nouvelle*|' +
      'new drug submission*|regulatory filing*|regulatory approval*|approbation* reglementaire*|' +
      'approval*|approbation*|product approval*|market authori*|autorisation mise marche|homologation|' +
      'orphan designation*|orphan drug designation*|designation* orpheline*|' +
      'designation* medicament orphelin|statut orphelin|product monograph*|monographie* produit|' +
      // A device maker's certified quality system is its status; set up for others, a service.
      'iso 13485|mdsap',
    capability('regulatory_affairs', 1, 'serviceOnly'),
  ),
  group(
    'market access|acces marche*|acces au marche|acces remboursement|remboursement*|reimburs*|inesss|cadth|' +
      'acmts|cda amc|pcpa|pcpa|pmprb|cepmb|health economic*|economie* sante|economi* sante|heor|' +
      'pharmacoeconom*|medico economi*|cost effectiveness|cout efficacite|pricing|tarification|fixation prix|' +
      'listing*|inscription* liste*|liste* medicaments|formular*|formulaire* provinciau*|payer*|payeur*|' +
      'value dossier*|dossier* valeur|health technology assessment*|evaluation* technologies sante|^hta|' +
      'public drug plan*|regime* public* assurance medicaments|private insurer*|assureur* prive*|' +
      'group purchasing|achats groupes|appel* offres|tender*|procurement|approvisionnement* hospital*',
    capability('market_access'),
  ),
  group(
    'distribut*|commercialisation|commercialization|commercialisation partner*|commercializ* partner*|' +
      'partenaire* commerciali*|partenaire* commercia*|commercial partner*|sales force|force* vente*|' +
      'representants|representant* commercia*|sales rep*|sales marketing|ventes marketing|sales team*|' +
      'equipe* vente*|equipe commerciale|go market|mise marche|lancement commercia*|commercial launch|' +
      'launch partner*|grossiste*|wholesal*|pharmacie*|pharmacies|pharmacy chain*|channel partner*|' +
      'canaux distribution|canal distribution|reseau distribution|distribution network*|importat*|' +
      'importer*|logistique*|logistics|chaine froid|cold chain|commercial rights|droits commerciaux|' +
      'droits commercialisation|marketing rights|territor*|market* product* canada|mise en marche|' +
      'bring* market|porter marche|market entry|entree marche|reach* hospitals|rejoindre hopitaux|' +
      'resell*|resale|reseller*|revendre|revendeur*|revente|value added reseller*',
    capability('distribution'),
  ),
  // The verb: someone to commercialize our product is a need; our own commercializing is no service.
  group(
    // Not « commercialisé » (marketed), which folds to the British verb: that is a stage.
    'commercialiser|commercialize|commercializing|commercialising|commercialisent|commercialiserons|' +
      'to commercialize',
    capability('distribution', 1, 'needOnly'),
  ),
  group(
    'intellectual property|propriete intellectuelle|^ip|^pi|strategie pi|ip strateg*|brevet*|patent*|' +
      'juridique*|legal|avocat*|lawyer*|law firm*|cabinet avocats|counsel|conseiller* juridique*|' +
      'freedom operate|^fto|liberte exploitation|trademark*|marque* commerce|contract negotiation*|' +
      'negociation* contrat*|negociation* entente*|licensing agreement*|entente* licence|contrat* licence|' +
      'due diligence|vigilance raisonnable|corporate law|droit affaires|droit sante|health law|' +
      'regulatory law|droit reglementaire|ip portfolio|portefeuille* brevets|prosecution',
    capability('ip_legal'),
  ),
  group(
    'data analytic*|analytics|analytique donnees|analyse* donnees|data analys*|data science*|' +
      'science* donnees|big data|megadonnee*|donnees massives|real world evidence|real world data|^rwe|^rwd|' +
      'donnees vie reelle|donnees monde reel|donnees probantes monde reel|donnees cliniques|clinical data|' +
      'health data|donnees sante|donnees patients|patient data|dashboard*|tableau* bord|data platform*|' +
      'plateforme* donnees|data management|gestion donnees|statistic*|statisti*|epidemiolog*|' +
      'predictive analytic*|analyse* predictive*|outcomes research|recherche resultats|data partner*|' +
      // The archives and de-identified data a hospital or a lab can share.
      'imaging archive*|' +
      'archive* imagerie|digital pathology|digiti* pathology|pathologie numeri*|de identified data|' +
      'deidentified data|donnees desidentifiees|donnees anonymisees|anonymi* data|administrative data*|' +
      'donnees administratives|banque* administrative*',
    capability('data_analytics'),
  ),
  group(
    'bioinformati*|bio informati*|computational biolog*|biologie computationnelle|biologie numerique|' +
      'in silico|genomic analys*|analyse* genomique*|ngs analys*|sequencing analys*|analyse sequencage|' +
      'omics analys*|analyse* omique*|multiomi*|multi omi*|omics data|donnees omiques|donnees genomiques|' +
      'genomic data|pipeline* analyse|analysis pipeline*|variant calling|structural biolog*|' +
      'biologie structurale|molecular modell*|molecular model*|modelisation moleculaire|cheminformati*|' +
      'chemoinformati*|chimioinformati*',
    capability('bioinformatics'),
  ),
  group(
    'lab space|laboratory space|espace* laboratoire*|laboratoire* partage*|shared lab*|wet lab*|' +
      'laboratoire* humide*|bench space|paillasse*|incubat*|accelerat* program*|programme* acceleration|' +
      'accelerateur*|accelerator*|locaux|office space|bureaux|espace* bureau*|lab facilit*|' +
      'installations laboratoire|infrastructure* recherche|research infrastructure*|plateau* technique*|' +
      'core facilit*|equipment access|acces equipement*|equipements specialises|specialized equipment|' +
      'hebergement entreprise*|host* startup*|start up hosting|biotech hub|pole biotech*|cite sciences',
    capability('lab_space'),
  ),
  // Investors and rounds: "invest*" is not used as a prefix because it would catch "investigator".
  group(
    'investor*|investisseur*|investissement*|investment*|investir|investissons|investit|investissent|' +
      'invest|invests|investing|investi|equity|fonds propres|capital* risque|venture capital*|^vc|^vcs|' +
      'venture fund*|fonds capital risque|capital investissement|private equity|capital prive|' +
      'lead investor*|investisseur* principa*|chef file ronde|co invest*|coinvest*|syndicat*|syndicate*|' +
      'angel*|ange* investisseur*|anges financiers|family office*|bureau* famil*|fonds investissement|' +
      'investment fund*|fund|funds|fonds|levee* fonds|lever fonds|lever capital|lever capitaux|raise capital|' +
      'raising capital|capital raise|fundrais*|financement* equite|equity financing|equity funding|' +
      'financement* capital|financement* prive*|private financing|tour* financement|ronde* financement|' +
      'funding round*|financing round*|cheque*|ticket*|portfolio compan*|societes portefeuille|' +
      'entreprises portefeuille|crossover|corporate venture|capital* croissance|growth capital|' +
      'growth equity|capitaux|capital|financement*|financing|funding|bailleur* fonds|backer*',
    capability('equity_investment'),
  ),
  group('pre seed|pre amorcage|preamorcage|pre seed', round(['discovery'])),
  // A round with no stage named (« une ronde de croissance », "our next funding round").
  group('ronde|rondes|funding round|next round|prochaine ronde|growth round|ronde croissance', round([])),
  group('seed|amorcage|seed stage|stade amorcage|seed round', round(['discovery', 'preclinical'])),
  // Company-stage words say which stages an investor funds, or where a company is, not that it needs money.
  group(
    'early stage|stade precoce|premier stade|startup*|start up*|jeune* pousse*|demarrage|' +
      'early stage compan*|entreprise* demarrage',
    stage(['discovery', 'preclinical', 'phase1'], 0.6),
  ),
  group(
    'growth stage|stade croissance|late stage|stade avance*|pre ipo|mezzanine|later stage|stade tardif',
    stage(['phase3', 'regulatory_review', 'commercial'], 0.6),
  ),
  group(
    'non dilutive|non dilutif*|non dilutiv*|financement* non dilutif*|non dilutive funding|subvention*|grant*|sred|^rsde|rs de|credit* impot*|tax credit*|' +
      'fonds recherche*|frq|frqs|frqnt|frqsc|irap|^pari|^cnrc|^nrc|mitacs|genome canada|genome quebec|prima quebec|cqdm|^ised|^isde|' +
      'investissement quebec|programme* financement public*|public funding|financement public|' +
      'fonds public*|government funding|aide gouvernementale|financement gouvernemental|' +
      'government program*|programme* gouvernement*|^cihr|^irsc|^nserc|^crsng|^mitacs|^sdtc|^tdd|' +
      'fonds innovation|innovation fund*|strategic innovation fund|^fsi|^csbi|ontario genomics|' +
      'oce|ontario centre* innovation|scientific research experimental development|' +
      'recherche scientifique developpement experimental|contribution* remboursable*|repayable contribution*|' +
      'pret* sans interet|interest free loan*',
    capability('non_dilutive_funding'),
  ),
  // Licensing: who licenses out (offer) and who licenses in (need) is often written in the verb.
  group(
    'licen*|licensing opportunit*|opportunite* licence|partenariat* licence|licensing deal*|' +
      'accord* licence|licensing partner*|partenaire* licence|actif* disponible*|asset* available|' +
      'available license|available licensing|disponible* licence|licence disponible',
    capability('licensing_asset'),
  ),
  // Products sold "under licence" (« 15 produits sous licence ») are a licensee's: it commercialises
  // others' products and takes in more, it has none to license out.
  group(
    'sous licence|under licen*|produit* licencie*',
    capability('distribution', 0.8, 'offer'),
    capability('licensing_asset', 1, 'seek'),
  ),
  group(
    'out licens*|outlicens*|out license|licence sortante|conceder licence*|concede* licence*|' +
      'conceder sous licence|licensee*|licencie*|preneur* licence|partner our asset*|partner our program*|' +
      'partenaire pour notre actif|candidat* medicament*|drug candidate*|lead candidate*|' +
      'candidat* principa*|lead asset*|actif* principa*|lead program*|programme* phare*|our pipeline|' +
      'notre pipeline|pipeline',
    capability('licensing_asset', 0.8, 'offer'),
  ),
  group(
    'inlicens*|licence entrante|licences entrantes|acquer* licence*|acquire* asset*|' +
      'acquisition* actif*|acquer* actif*|acquer* produit*|acquire* product*|acquisition* produit*|' +
      'product acquisition*|portfolio expansion|elargir portefeuille|enrichir portefeuille|' +
      'completer portefeuille|add portfolio|expand portfolio|new product* portfolio|' +
      'nouveaux produits portefeuille|late stage asset*|actif* stade avance*|products distribute|' +
      'produits distribuer|asset* commerciali*|marketed product*|produit* commercialise*|' +
      'deal flow|flux transactions|investment opportunit*|occasions investissement|' +
      'opportunite* investissement|academic asset*|corporate asset*|university asset*|external asset*|' +
      'actif* universitaire*|actif* academique*|actif* externe*',
    capability('licensing_asset', 1, 'seek'),
  ),
  group(
    'technology platform*|plateforme* technologique*|platform*|plateforme*|proprietary technolog*|' +
      // Any technology named ("our technology", « la technologie ») is read as one a partner could use.
      'technologie* proprietaire*|technologie* exclusive*|technolog*|' +
      'software|logiciel*|saas|application* mobile*|mobile app*|digital solution*|solution* numerique*|' +
      'digital tool*|outil* numerique*|digital health solution*|solution* sante numerique|' +
      'telemedecine|telemedicine|telehealth|telesante|remote monitoring|telesurveillance|' +
      'surveillance distance|remote patient monitoring|innovative technolog*|technologie* innovante*|' +
      'nouvelle* technologie*|new technolog*|innovation* technolog*|solution* innovante*|' +
      'innovative solution*|emerging technolog*|technologie* emergente*|point care|hors laboratoire|' +
      'innovation|innovations|tool*|outil*|device* integrat*|drug discovery engine|moteur decouverte|screening platform*',
    capability('technology_platform', 0.8),
  ),
  group(
    'artificial intelligence|intelligence artificielle|^ai|^ia|machine learning|apprentissage automatique|' +
      'apprentissage machine|apprentissage profond|deep learning|neural network*|reseau* neurone*|' +
      'algorithm*|algorithme*|computer vision|vision ordinateur|vision artificielle|^llm|^llms|genai|' +
      'ia generative|generative ai|ai driven|ai powered|propulse* ia|predictive model*|modele* predictif*',
    modality('ai_ml'),
    // A product maker's AI is its product ("deep learning that flags polyps"); analytics is on
    // offer only as a service ("we build predictive models for sponsors").
    capability('data_analytics', 0.6, 'serviceOnly'),
  ),
  group(
    'talent*|training|formation*|former personnel|train* staff|recrut* personnel|recrut* talent*|' +
      'recrut* employe*|recrut* scientifique*|recruit* talent*|recruit* staff|recruit* scientist*|' +
      'recruit* personnel|hiring|hire|embauche*|main oeuvre|workforce|stagiaire*|internship*|interns|stage* ' +
      'etudiant*|etudiant*|student*|diplome*|graduate*|co op|coop|competence*|skill*|upskill*|' +
      'perfectionnement|requalification|reskill*|personnel qualifie|qualified personnel|highly qualified|' +
      'personnel hautement qualifie|^phq|^hqp|formation continue|continuing education|programme* formation|' +
      'training program*|mentorat|mentorship|bassin talents|talent pool|pool talent',
    capability('talent_training'),
  ),
];

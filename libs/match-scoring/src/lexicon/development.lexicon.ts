// Capabilities of drug and device development, in the words people write: research, preclinical
// and clinical services, patient access, process development and manufacturing (GMP/BPF, CDMO,
// « lots cliniques », scale-up). Manufacturing words without a modality are resolved later from the
// modality the same sentence or the company names (an antibody needs a biologics plant).
import {
  capability,
  careUnit,
  clinical,
  cro,
  group,
  manufacturing,
  modality,
  preclinical,
  stage,
  study,
  type LexiconGroup,
} from './lexicon.types.js';

export const DEVELOPMENT_LEXICON: LexiconGroup[] = [
  // --- research collaboration
  group(
    'research collaboration*|collaborative research|collaboration* recherche|collaborer recherche|recherche collaborative|' +
      'research partner*|partenaire* recherche|partenariat* recherche|joint research|recherche conjointe|' +
      'sponsored research|recherche commandit*|recherche subventionn*|research alliance*|alliance* recherche|' +
      'academic partner*|partenaire* academique*|partenaire* universitaire*|' +
      'co recherche|co research|co developpement|codevelopp*|co develop*|co creation|cocreation|' +
      'projet* conjoint*|joint project*',
    capability('research_collaboration', 0.8),
  ),
  // Academia and its means: wanted, a need for research partners; in a hospital's or institute's
  // description, its own research; in anyone else's, where the company comes from or whom it works
  // with (« issue d'un laboratoire universitaire », "university spin-off"), no offer.
  group(
    'academi*|universit*|laboratoire* universitaire*|university lab*|chercheur*|researcher*|' +
      'scientifique* renom*|principal investigator*|chercheur* principa*|expertise scientifique|' +
      'scientific expertise|research centre*|research center*|centre* recherche|research institut*|' +
      'institut* recherche|translational research|recherche translationnelle|key opinion leader*|kol|kols|' +
      'leader* opinion|biobanque*|biobank*|echantillon* patient*|patient sample*|cohorte*|cohort*',
    capability('research_collaboration', 0.8, 'hostOnly'),
  ),
  // What a developer reached or wants checked: wanted, a need; said of itself, a milestone.
  group(
    'preuve concept|proof concept|validation scientifique|consortium*',
    capability('research_collaboration', 0.8, 'needOnly'),
  ),
  // --- preclinical services (study words alone are a service only when offered as one)
  group(
    'preclinical service*|services preclinique*|preclinical cro|cro preclinique|' +
      'drug discovery service*|services decouverte|discovery service*|screening service*|' +
      'services toxicolog*|toxicology service*|bioanalytical service*|services bioanaly*',
    capability('preclinical_services'),
  ),
  // Study words: a developer names them about its own program, a CRO as what it runs; they are a
  // need when wanted and an offer only with a service cue (as trial words are).
  group(
    'medicinal chemistry|chimie medicinale|chimie therapeutique|hit lead|lead optimi*|optimisation tete* serie*|' +
      'drug metabolism|metabolisme medicament*|toxicolog*|toxicity stud*|etude* toxicite|tox stud*|glp|bpl|bonnes pratiques laboratoire|' +
      'good laboratory practice*|pharmacokineti*|pharmacocineti*|pk pd|pkpd|adme|dmpk|bioanaly*|' +
      'safety pharmacolog*|pharmacologie securite|in vivo pharmacolog*|animal model*|modele* animal*|' +
      'modele* murin*|murine model*|rodent*|rongeur*|vivarium|animalerie|efficacy stud*|' +
      'etude* efficacite|in vitro assay*|essai* in vitro|cell based assay*|essai* cellulaire*|' +
      'criblage|high throughput screening|hts|ind enabling|cta enabling|' +
      'etude* habilitante*|ind package|dossier ind',
    preclinical(),
  ),
  group(
    'preclini*|etude* preclinique*|preclinical stud*|preclinical development|developpement preclinique|' +
      'preclinical work|travaux preclinique*|preclinical data|donnees precliniques|in vivo',
    preclinical(0.9),
    stage(['preclinical'], 0.7),
  ),
  // --- a CRO: which kind depends on the studies named with it
  group(
    'cro|cros|contract research*|recherche contractuelle|recherche sous contrat|organisation* recherche|' +
      'contract research organi*|organisation* recherche contractuelle|' +
      // Running studies, like a CRO, is preclinical or clinical by the studies named.
      'run* stud*|conduct* stud*|mener etude*|menons etude*|mene* etude*|realis* etude*|perform* stud*',
    cro(),
  ),
  // --- clinical trial services: explicit service words
  group(
    'clinical research organi*|clinical trial service*|services essai* clinique*|service* essai* clinique*|' +
      'clinical service*|services cliniques|clinical research service*|services recherche clinique|' +
      'clinical operations|operations cliniques|trial management|gestion essai* clinique*|gestion essai*|' +
      'gestion etude* clinique*|study management|clinical monitoring|monitoring clinique|trial monitoring|monitoring essai*|' +
      'site management|gestion site*|smo|pharmacovigilanc*|drug safety|biostatisti*|clinical data management|' +
      'gestion donnees cliniques|medical writing|redaction medicale|clinical development partner*|' +
      'partenaire* developpement clinique|clinical partner*|partenaire* clinique*|bioequivalen*|' +
      'bioequivalence stud*|trial execution|conduite essai*|full service cro|cro service complet|' +
      'run* trial*|conduct* trial*|mene* essai*|menons essai*|realis* essai*|execut* essai*|execut* trial*|' +
      'immunogenicity assay*|essai* immunogenicite|' +
      // A trial's central laboratory, devices' investigations and electronic trial tools.
      'central lab*|laboratoire* centra*|clinical investigation*|investigation* clinique*|ecoa|epro|econsent*|e consent*|' +
      'consentement* electronique*|edc|electronic data capture|saisie electronique donnees',
    capability('clinical_trial_services'),
  ),
  // A phase 1 unit runs the studies and is the site where volunteers are dosed (the English "phase I
  // unit" is read with the phase numbers, text/numbered-stages.ts).
  group(
    'unite* phase 1|unite* phase i|clinical pharmacology unit*|' + 'unite* pharmacologie clinique',
    capability('clinical_trial_services'),
    capability('clinical_sites', 0.8),
  ),
  // --- clinical context: a trial or study of one's own, a need for trial services when wanted
  group(
    'essai* clinique*|clinical trial*|clinical stud*|etude* clinique*|clinical research|recherche clinique|' +
      'clinical development|developpement clinique|clinical program*|programme* clinique*|' +
      'clinical validation|validation clinique|clinical evaluation|evaluation clinique|' +
      'multicent*|multi cent*|multisite*|multi site*|pivot* stud*|etude* pivot*|pivot* trial*|essai* pivot*|' +
      'registration trial*|essai* enregistrement|proof concept clinique|clinical proof concept',
    clinical(),
  ),
  group(
    'first human|first in human|fih|premier* administration* humain*|premier* chez humain*|premier* humain*|' +
      'dose escalation|escalade dose*|escalade doses',
    clinical(),
    stage(['phase1'], 0.9),
  ),
  // --- clinical sites and patient access (hospitals, networks)
  group(
    'clinical site*|site* clinique*|trial site*|site* essai*|investigat* site*|site* investigat*|' +
      'centre* investigat*|investigat* centre*|investigateur*|investigator*|patient recruit*|recrut* patient*|' +
      'patient* recrut*|recruit* patient*|recrutement|enrol* patient*|patient enrol*|patient access|' +
      'acces patient*|acces aux patients|access patient*|patient population*|population* patient*|' +
      'patient* cohort*|clinical setting*|milieu clinique|milieux cliniques|real world setting*|living lab*|' +
      'research pharmac*|pharmacie* recherche|investigational pharmac*|study coordinator*|research coordinator*|' +
      'coordonnat* recherche|coordonnat* etude*|research nurse*|infirmi* recherche',
    capability('clinical_sites', 0.8),
  ),
  // An institution: wanted, a need for sites; opening a description's sentence, what the company is
  // (an offer of sites); merely named elsewhere, nothing (a developer citing hospitals offers none).
  group(
    'hopita*|hospital*|chu|chum|cusm|muhc|centre hospitalier|centres hospitaliers|health network*|' +
      'reseau* sante|reseau hospitalier|hospital network*|ciusss|cisss|clinic|clinics|cliniques|' +
      'outpatient clinic*|memory clinic*|specialty clinic*|endoscopy unit*|unite* endoscopie|sites|' +
      'emergency department*|service* urgence*|urgences|nuclear medicine department*|' +
      'service* medecine nucleaire|cancer cent*|centre* cancer*|centre* cancerolog*|centre* oncolog*|' +
      'oncology cent*|academic medical cent*|academic cent*|centre* universitaire*|teaching hospital*|' +
      'institut* universitaire*|research clinic*|clinique* recherche|early phase unit*|early phase clinic*|' +
      'unite* phase precoce|unite* essai*|trial unit*|volunteer database*|banque* volontaires',
    capability('clinical_sites', 0.7, 'institution'),
  ),
  // Clinicians and patients: wanted, a need for sites; otherwise no offer.
  group(
    'clinician*|clinicien*|medecin*|physician*|bedside|chevet|usagers|patient* partenaire*',
    capability('clinical_sites', 0.7, 'needOnly'),
  ),
  // An institution that says it takes part in sponsors' trials offers itself as a site.
  group(
    'industry trial*|industry sponsored trial*|sponsored trial*|essai* commandite*|essai* industrie*|' +
      'take part industry|participate industry|participons essais|participe essais|participation essais|' +
      'trial participation|site network*|reseau* sites',
    capability('clinical_sites', 0.8),
  ),
  group('recrut*|recruit*', capability('clinical_sites', 0.5)),
  // A care unit wanted for a study ("stroke centres for a validation trial", « des centres de
  // psychiatrie pour l'étude pivot ») is a need for sites (text/care-units.ts); alone, neither word
  // says what is wanted: "a registry" is the company's own, a "centre" may be anything.
  group(
    'centre|centres|center|centers|department|departments|departement|departements|unit|units|' +
      'unite|unites|institut|instituts|institute|institutes',
    careUnit(),
  ),
  group(
    'study|studies|trial|trials|registry|registries|registre|registres|etude|etudes|essai|essais',
    study(),
  ),
  // --- manufacturing, generic (modality decides which kind)
  group(
    'manufactur*|fabricat*|fabriqu*|production|produire|produisons|cdmo|cdmos|cmo|cmos|' +
      'contract manufactur*|fabrication sous contrat|fabrication facon|facon|lot* clinique*|clinical batch*|' +
      'clinical lot*|clinical suppl*|approvisionnement* clinique*|clinical grade|qualite clinique|' +
      'grade clinique|materiel clinique|clinical material*|gmp|cgmp|bpf|good manufacturing practice*|' +
      'bonnes pratiques fabrication|commercial supply|approvisionnement commercial|fill finish|' +
      'remplissage|usine*|manufacturing plant*|installation* bpf|gmp facilit*|gmp suite*|salle* blanche*|' +
      'cleanroom*|clean room*|drug substance|substance medicamenteuse|drug product|produit* fini*|' +
      'batch*|lot production|mise echelle|montee echelle|changement echelle|scale up|scaleup|' +
      'scale ups|upscal*|industrialis*|industrializ*|commercial scale|echelle commerciale',
    manufacturing(),
  ),
  group(
    'scale up|scaleup|mise echelle|montee echelle|changement echelle|upscal*|industrialis*|industrializ*',
    manufacturing(),
    capability('process_development', 0.7),
  ),
  group(
    'biomanufactur*|bioproduction|bioprocede*|bioprocess*|bioreact*|bioreacteur*|fermentation|' +
      'mammalian cell culture|culture* cellul* mammif*|cho cell*|cellules cho|microbial*|microbien*|' +
      'upstream|downstream|purification',
    manufacturing(0.9),
    modality('biologics', 0.7),
  ),
  group(
    'api manufactur*|active pharmaceutical ingredient*|ingredient* pharmaceutique* acti*|principe* acti*|' +
      'chemical synthesis|synthese chimique|synthese organique|organic synthesis|custom synthesis|' +
      'synthese sur mesure|kilo lab*|oral solid*|forme* solide* orale*|comprime*|tablet*|gelule*|capsule*|' +
      'hpapi|highly potent',
    manufacturing(0.9),
    modality('small_molecule', 0.8),
  ),
  group(
    'viral vector manufactur*|fabrication vecteur*|vector manufactur*|production vecteur*|' +
      'cell therapy manufactur*|fabrication therapie* cellulaire*|cell gene therapy manufactur*|' +
      'cell processing|traitement cellulaire|production cellulaire',
    manufacturing(),
    capability('cell_gene_manufacturing'),
  ),
  group(
    'device manufactur*|medical device manufactur*|fabrication dispositif*|fabricant* dispositif*|' +
      'iso 13485 manufactur*|iso 13485 certified|certifie* iso 13485|fabricant* iso 13485|iso 13485 supplier*|' +
      'usinage|machining|injection molding|moulage injection|moulage|electronics assembly|' +
      'assemblage|precision manufacturing|fabrication precision|prototyp*|sterilis*|steriliz*|contract assembly',
    capability('device_manufacturing'),
    modality('medical_device', 0.8),
  ),
  // --- process development
  group(
    'process development|developpement* procede*|developpement* procedes|process optimi*|optimisation* procede*|' +
      'cmc|chimie fabrication controle*|chemistry manufacturing control*|analytical development|' +
      'developpement analytique|methode* analytique*|analytical method*|formulation*|formuler|' +
      'tech transfer|technology transfer procede*|transfert procede*|transfert technologie fabrication|' +
      'process transfer|cell line development|developpement lignee* cellulaire*|lignee* cellulaire*|' +
      'cell line*|stability stud*|etude* stabilite|qc testing|controle qualite|quality control|release testing',
    capability('process_development'),
  ),
];

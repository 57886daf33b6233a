// Modalities: what the product is made of or how it works (an antibody, an mRNA, a device, an
// algorithm), in the words of both languages. Manufacturing fit and modality fit rest on these.
import { area, group, modality, productClass, type LexiconGroup } from './lexicon.types.js';

export const MODALITY_LEXICON: LexiconGroup[] = [
  group(
    'petite* molecule*|small molecule*|small molecular|chimie medicinale|medicinal chemistry|' +
      'molecule* synthese|synthetic molecule*|inhibiteur*|inhibitor*|generique*|generic drug*|generics|' +
      'protac*|degrader*|degradeur*|composes chimiques|chemical compound*|drug like|oral drug*|' +
      'medicament* oral*|voie orale|orally available|compose* oral*|oral compound*|composes oraux',
    modality('small_molecule'),
  ),
  group(
    'biologics|biologic|produit* biologique*|medicament* biologique*|therapie* biologique*|' +
      'biotherap*|anticorps|antibod*|^mab|^mabs|mab|mabs|monoclona*|bispecifi*|bispecific*|trispecific*|' +
      'nanobod*|nanocorps|anticorps domaine unique|single domain antibod*|proteine* therapeutique*|' +
      'therapeutic protein*|protein therapeutic*|proteine* recombinante*|recombinant protein*|recombinant*|' +
      'recombinante*|enzyme*|biosimila*|fusion protein*|proteine* fusion|fragment* anticorps|' +
      'antibody fragment*|igg|immunoglobulin*|cytokine therap*|hormone* recombinant*|plasma derived|' +
      'derive* plasma|proteines|protein|proteins|proteine|biologique*|large molecule*|grosse* molecule*',
    modality('biologics'),
  ),
  group(
    'therapie* cellulaire*|cell therap*|cell based therap*|cellular therap*|cellules souches|stem cell*|' +
      'ipsc|ipscs|^ips|cellules mesenchymateuses|mesenchymal|^msc|^mscs|nk cell*|cellules nk|' +
      'cellules immunitaires modifiees|engineered cell*|cellules modifiees|lymphocytes t modifies|' +
      'autolog*|allogen*|allogeni*|medecine regenerative|regenerative medicine|regenerati*|' +
      'cellules therapeutiques|tcr t|til therap*|treg*',
    modality('cell_therapy'),
  ),
  group(
    'therapie* genique*|gene therap*|genetic therap*|gene editing|edition genique|edition genome|' +
      'genome editing|edition gene*|crispr*|^aav|aav|adeno associated|lentivir*|vecteur* vira*|' +
      'viral vector*|gene transfer|transfert genique|transfert gene*|base editing|prime editing|' +
      'gene silenc*|gene replacement|remplacement genique|oncolytic*|oncolytique*|' +
      // A vaccinia virus is made like other viral vectors, whether it treats tumours or vaccinates.
      'vaccinia|poxvir*',
    modality('gene_therapy'),
  ),
  group(
    'cell gene|cellulaire* genique*|cellules genes|cgt|therapie* cellulaire* genique*|cell gene therap*',
    modality('cell_therapy'),
    modality('gene_therapy'),
  ),
  group(
    'arn|arnm|^mrna|mrna|rna|rnai|arni|sirna|arnsi|si rna|antisens*|antisense|aso|asos|oligonucleotid*|' +
      'arn messager|messenger rna|sarna|circular rna|arn circulaire|self amplifying|auto amplifiant*|' +
      'rna therapeutic*|therapeutique* arn|rna based|base arn|mirna|microrna*|micro arn',
    modality('rna'),
  ),
  group(
    'nanoparticule* lipidique*|lipid nanoparticle*|lnp|lnps',
    modality('rna', 0.8),
    modality('drug_delivery'),
  ),
  group(
    'vaccin*|vaccine*|immunisation|immunization|adjuvant*|prophylactic vaccine*|vaccinolog*|antigen*|' +
      'antigene*|virus like particle*|particules pseudo virales|vlp|vlps',
    modality('vaccines'),
  ),
  group(
    'radiopharm*|radioisotop*|radio isotop*|isotope* medica*|medical isotope*|isotop*|radioligand*|' +
      'radiotracer*|radiotraceur*|theranosti*|theranost*|medecine nucleaire|nuclear medicine|lutetium|' +
      'lutecium|177lu|lu 177|actinium|ac 225|225ac|technetium|99mtc|cyclotron*|radioconjug*|radiolabel*|' +
      'radiomarqu*|radionucli*|radioactive|radioactif*|alpha emitter*|emetteur* alpha',
    modality('radiopharmaceuticals'),
  ),
  group(
    'peptid*|peptide*|macrocycl*|cyclic peptide*|peptide* cyclique*|glp 1|glp1|stapled',
    modality('peptides'),
  ),
  group(
    'dispositif* medica*|medical device*|medtech|med tech|technologie* medicale*|medical technolog*|' +
      'device|devices|dispositif|dispositifs|instrument*|implant*|implantable*|catheter*|stent*|capteur*|' +
      'sensor*|biosensor*|biocapteur*|wearable*|vetement* intelligent*|portable* connecte*|pompe* insuline|' +
      'insulin pump*|prothese*|prosthe*|orthese*|orthotic*|robot*|chirurgica*|surgical|neurostimul*|' +
      'equipement* medica*|medical equipment|appareil* medica*|hearing aid*|aide* auditive*|' +
      'defibrillat*|pacemaker*|stimulateur* cardiaque*|valve* cardiaque*|heart valve*|laser*|' +
      'electrode*|monitor*|moniteur*|hardware|materiel medical|endoscop*|ultrason*|ultrasound*|' +
      'instrumentation|electronique medicale|medical electronic*|connected device*|objet* connecte*',
    modality('medical_device'),
  ),
  group(
    'diagnostic* in vitro|in vitro diagnostic*|ivd|ivds|diagnosti*|diagnostique*|companion diagnostic*|' +
      'diagnostic* compagnon*|test* diagnostique*|diagnostic test*|diagnostic assay*|essai* diagnostique*|' +
      'biomarqu*|biomarker*|depistage|screening test*|test* depistage|rapid test*|test* rapide*|' +
      'point care|delocalise*|immunoessai*|immunoassay*|pcr|qpcr|rt pcr|biopsie* liquide*|liquid biops*|' +
      'pathologie numerique|digital pathology|trousse*|test kit*|kits|laboratory test*|analyses laboratoire|' +
      'analyse* sang*|blood test*|tests sanguins|molecular diagnostic*|diagnostic moleculaire|theranostic',
    modality('in_vitro_diagnostic'),
  ),
  group(
    'imagerie*|imaging|image* medicale*|medical imag*|^irm|^mri|tomograph*|ct scan*|tdm|scanner*|' +
      'pet ct|pet imaging|pet scan*|^tep|^pet|echograph*|ultrason*|ultrasound*|radiolog*|rayons x|x ray*|' +
      'xray*|microscop*|optical coherence|photoacousti*|spectroscop*|fluorescence imaging|' +
      'imagerie optique|optical imaging|image analys*|analyse* image*|radiomi*',
    modality('imaging'),
  ),
  group(
    'genomi*|genom*|genomiq*|sequenc*|^ngs|genetiq*|genetic*|pharmacogenom*|pharmacogenet*|transcriptom*|' +
      'omique*|omics|proteomi*|metabolomi*|single cell|cellule unique|exome*|^wgs|adn|dna|epigenet*|' +
      'precision medicine|medecine precision|medecine personnalisee|personalized medicine|' +
      'personalised medicine|medecine personnalise|variant*|gene expression|expression genique|' +
      'spatial biology|biologie spatiale',
    modality('genomics'),
  ),
  group(
    'administration medicament*|drug delivery|delivery technolog*|technologie* administration|' +
      'vectorisation|targeted delivery|liberation controlee|controlled release|liberation prolongee|' +
      'extended release|sustained release|liberation modifiee|modified release|nanoparticul*|' +
      'nanoparticle*|nanomedic*|nanomedecine|liposom*|microneedle*|micro aiguille*|microaiguille*|' +
      'transderm*|timbre* transdermique*|patch|patches|inhaler*|inhalateur*|injectable*|auto injecteur*|' +
      'autoinjector*|auto injector*|injecteur*|injector*|encapsulat*|encapsul*|long acting|action prolongee|' +
      'depot|reformulat*|galenique|galenic*|voie administration|route administration|intranasal*|nasal spray|' +
      'vaporisateur nasal|sublingual*|oral thin film*|film* oraux',
    modality('drug_delivery'),
  ),
  group(
    'biomateria*|biomateriau*|hydrogel*|scaffold*|echafaud*|bioprint*|bio impression|bioimpression|' +
      'impression 3d|3d print*|3d bioprint*|polymere*|polymer*|collagen*|collagene*|tissue engineer*|' +
      'genie tissulaire|ingenierie tissulaire|substitut* osseu*|bone graft*|bone substitute*|' +
      'pansement*|dressing*|biocompat*|chitosan*|bioresorb*|biodegradable*|matrice* extracellulaire*|' +
      'extracellular matrix|revetement* biomedica*|biomedical coating*|tissue substitute*|substitut* tissulaire*',
    modality('biomaterials'),
  ),
  group('pansement*|dressing*|wound dressing*', area('dermatology', 0.6)),
  // What a fund, a consultancy or a distributor says it works on when it names no modality
  // ("a therapeutics VC", « medtech et santé numérique »): the class of products it deals in.
  group(
    'therapeutics|therapeutique|therapeutiques|drug development|developpement medicament*|drug developer*|' +
      'developpeur* medicament*|biopharma|biopharmaceutical*|biopharmaceutique*|medicament|medicaments|drugs|' +
      'pharmaceutique*|pharmaceutical*|drogue nouvelle|drogues nouvelles|presentation* drogue*',
    productClass('drug'),
  ),
  group(
    'digital health|sante numerique|sante digitale|e sante|esante|ehealth|software|logiciel*|' +
      'health tech|healthtech|technologies information sante',
    productClass('digital'),
  ),
  // Natural health products are licensed, made and sold apart from drugs (NPN, not DIN).
  group(
    'produit* sante naturel*|natural health product*|nhp|nhps|supplements|dietary supplement*|' +
      'food supplement*|complement* alimentaire*|nutraceuti*|probiotique*|probiotic*|herbal*',
    productClass('natural'),
  ),
];

// Development stages named in words; phase numbers ("phase I–III", « phase 2b ») and funding
// series (« série A ») are parsed apart in text/matcher.ts because their letters are function words.
import { group, stage, type LexiconGroup } from './lexicon.types.js';

export const STAGE_LEXICON: LexiconGroup[] = [
  group(
    'discovery stage|stade decouverte|phase decouverte|early research|recherche exploratoire|' +
      'target identification|identification cible*|target validation|validation cible*|hit identification|' +
      'lead identification|drug discovery|decouverte medicament*|decouverte|discovery',
    stage(['discovery'], 0.7),
  ),
  group('ind|cta|ind filing|depot ind', stage(['preclinical'], 0.5)),
  group(
    'regulatory review|examen reglementaire|under review|en examen|under regulatory review|' +
      'awaiting approval|awaiting regulatory approval|attente approbation reglementaire|en attente approbation|attente homologation|submitted health canada|' +
      'soumis sante canada|depose sante canada|filed fda|nds filed|dossier depose|pending approval|' +
      'approbation attendue|approval expected|pre market|premarket|avant mise marche|pre commercial*|' +
      'precommercial*',
    stage(['regulatory_review']),
  ),
  group(
    'commercial stage|stade commercial|commercialise|commercialises|commercialisee|commercialisees|' +
      'commercially available|disponible commercialement|deja marche|marketed|' +
      'approved product*|produit* approuve*|produit* homologue*|homologue|homologues|homologuee|' +
      'approved health canada|approuve* sante canada|homologu* sante canada|deja homologu*|deja approuve*|' +
      'deja homologu* sante canada|deja approuve* sante canada|already approved health canada|' +
      'produit* homologu* sante canada|produit* approuve* sante canada|products approved health canada|' +
      'already approved|already licensed|fda approved|fda cleared|approuve fda|revenue*|' +
      'revenus|chiffre affaires|sold|vendu|vendus|installed base|parc installe|' +
      'clients hospitaliers|hospital customers',
    stage(['commercial'], 0.8),
  ),
  group('post market*|post commercialisation|post homologation|postmarket*', stage(['commercial'], 0.7)),
  // Where an investor comes in, as funds say it.
  group(
    'clinical stage|stade clinique|clinical stage compan*|entreprises stade clinique',
    stage(['phase1', 'phase2', 'phase3'], 0.6),
  ),
  group(
    'early clinical|early clinical stage|stade clinique precoce|premiers essais cliniques',
    stage(['phase1', 'phase2'], 0.7),
  ),
  group(
    'late clinical|late clinical stage|late stage clinical|stade clinique avance*|fin developpement clinique',
    stage(['phase3', 'regulatory_review'], 0.7),
  ),
  group('pre revenue|pre revenus|avant revenus|prerevenue', stage(['preclinical', 'phase1', 'phase2'], 0.5)),
];

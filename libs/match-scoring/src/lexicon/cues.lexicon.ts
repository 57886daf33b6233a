// Cue words, matched on every word of the text (function words included, so that "we offer",
// "looking to" and « à la recherche d'un » can be told apart): they say whether what follows in
// the sentence is sought or offered, and which claims are negated. Need cues are conjugated or
// framed forms (« cherchons », "seeking", « recherche un »): the bare noun « recherche » means research.
import { cue, group, type LexiconGroup } from './lexicon.types.js';

export const CUE_LEXICON: LexiconGroup[] = [
  group(
    'seek|seeks|seeking|sought|looking for|look for|looks for|searching for|search of|in search|need|needs|' +
      'needed|require|requires|required|requiring|besoin*|cherche|cherchons|cherchent|chercher|cherchez|cherchant|recherchons|rechercher|recherchent|' +
      'recherche un|recherche une|recherche des|recherche d|recherche activement|a la recherche|' +
      'recherche*e|souhait*|desir*|aimerions|voudrions|aimerait|voudrait|interested in|interesse*|wish*|' +
      'want|wants|wanted|hoping|hope|esperons|espere|open to|ouvert a|ouverts a|ouverte a|ouvertes a|' +
      'quete|requiert|requierent|necessit*|lack|lacks|lacking|manque|manquent|demandons|sollicit*|' +
      'welcome|welcomes|bienvenu*|invite|invitons|exploring|explorons|envisag*|considering|would like|' +
      'would welcome|next step*|prochaine etape*|devons|devrons|il nous faut|nous faut|must|have to|' +
      'will need|aurons besoin|voulons|nous voulons|on veut',
    cue('need'),
  ),
  group(
    'seek to|seeks to|seeking to|looking to|look to|looks to|cherchons a|cherche a|cherchent a|' +
      'aim to|aims to|aiming to|visons a|vise a|visent a|hope to|esperons|strive to|wish to|want to',
    cue('weakNeed'),
  ),
  group(
    'we offer|we provide|we bring|we deliver|we run|we conduct|we host|' +
      'we invest|we fund|we support|we manage|we can offer|we can provide|offrons|pouvons offrir|' +
      'fournissons|apportons|proposons|offrir|mettons disposition|menons|realisons|gerons|' +
      'hebergeons|investissons|financons|accompagnons|soutenons|en echange|' +
      'in exchange|en retour|in return|our services|nos services|' +
      'available for|disponible pour|disponibles pour',
    cue('offer'),
  ),
  // Saying what one has or is turns a description's need back into an offer, but in a text about
  // what the company looks for it describes the situation ("where we have no presence").
  group(
    'we have|we own|we operate|we are|nous avons|nous sommes|disposons|possedons|exploitons|' +
      // "what we have to offer", but also "partners to offer our tests in Québec".
      'a offrir|to offer',
    cue('weakOffer'),
  ),
  // Phrases that contain a need word without stating one ("to meet the needs of our clients").
  group(
    'repondre besoins|repondre aux besoins|repond aux besoins|repondons aux besoins|meet the needs|' +
      'meets the needs|meeting the needs|needs of|your needs|vos besoins|their needs|leurs besoins|' +
      'client needs|besoins des clients|besoins de nos clients|besoins de ses clients|unmet need|unmet needs|' +
      'unmet medical need|unmet medical needs|besoin medical|besoins medicaux|besoin non comble|' +
      'besoins non combles|besoin medical non comble|medical need|medical needs|as needed|au besoin|' +
      'selon les besoins|if needed|si besoin|tailored to|adapte aux besoins|adaptes aux besoins|' +
      // « recherche » as a noun: a research centre, team or pharmacy seeks nothing.
      'centre de recherche|centres de recherche|institut de recherche|instituts de recherche|' +
      'unite de recherche|unites de recherche|chaire de recherche|equipe de recherche|equipes de recherche|' +
      'pharmacie de recherche|infirmiere de recherche|infirmieres de recherche|programme de recherche|' +
      'programmes de recherche|projet de recherche|projets de recherche|contrat de recherche|' +
      'contrats de recherche|reseau de recherche|plateforme de recherche',
    cue('neutral'),
  ),
  // Who a provider looks for when it looks for clients ("sponsors running trials that need eCOA",
  // « des promoteurs qui préparent leur phase I »): what they need is what the provider sells.
  group(
    'clients|customers|clientele|sponsors|trial sponsors|promoteurs|commanditaires|donneurs ordre|' +
      'mandants|licensees|licencies|investees|portfolio companies|societes portefeuille',
    cue('client'),
    cue('service'),
  ),
  group(
    'developers|developpeurs|startups|start ups|jeunes pousses|biotechs|medtechs|companies|entreprises|' +
      'societes|firms|firmes|innovators|innovateurs|teams|equipes|founders|fondateurs|projects|projets|' +
      'manufacturers|fabricants|laboratories|laboratoires|hospitals|hopitaux|' +
      // Products sought are portrayed like companies: "phase III products needing a partner".
      'products|produits|assets|actifs|programs|programmes',
    cue('party'),
  ),
  group(
    'needing|requiring|preparing|planning|entering|approaching|running|heading|moving|facing|' +
      'that need|who need|which need|that require|who require|that are preparing|who are preparing|' +
      'before their|ahead of their|qui ont besoin|ayant besoin|qui doivent|qui preparent|preparant|' +
      'qui planifient|qui approchent|qui entrent|qui se preparent|qui visent|en voie|a l approche|' +
      'avant leur|avant leurs|looking for|seeking|who seek|that seek|in need of|who lack|that lack|' +
      'lacking|qui cherchent|qui recherchent|qui n ont pas|a la recherche|en quete|ready for|ready to|' +
      'prets pour|pretes pour|pret pour|prete pour|prets a|pretes a|' +
      // How far they are from a milestone ("a year out from approval", « à l'approche de »).
      'nearing|close to|year out from|years out from|months out from|year away from|months away from|' +
      'negotiating|qui negocient|negociant|closing their|qui concluent|qui veulent|who want|that want|' +
      'proches de|proche de|a l aube de',
    cue('needing'),
  ),
  group(
    'raise|raising|raised|are raising|lever|levons|levee|leverons|boucler|bouclons|close our|closing our|' +
      'preparing|preparons|preparer|prepare|opening|ouvrons|ouvrir|launching|lancons|lancer|plan to raise|' +
      'will raise|en train de lever',
    cue('raising'),
  ),
  group('and|et|as well as|ainsi que|plus|also|aussi|de plus|en outre|as well', cue('conjunction')),
  // Words of a company describing its own program: a trial it mentions is its own, not a service.
  group(
    'our lead|notre candidat|notre principal|developing|developpons|developpe|develops|our drug|' +
      'notre medicament|notre molecule|our molecule|candidate|candidat|asset|actif|completed|complete|' +
      'termine|terminee|achieved|currently|actuellement|en cours|ongoing|our program|notre programme|' +
      'our product|notre produit|our therapy|notre therapie|notre traitement|our treatment|our compound|' +
      'notre compose|we are developing|nous developpons|first patient|premier patient|topline|resultats',
    cue('self'),
  ),
  group(
    'run|runs|running|conduct*|perform*|execut*|realis*|mene|menons|menent|menant|gere|gerons|gerent|' +
      'manage|manages|managing|offer*|offr*|provid*|propos*|fourni*|deliver*|client*|sponsor*|' +
      'commanditaire*|promoteur*|service*|full|complet|cro|cros|sites|centres|centers|coordonn*|coordinat*|' +
      'oversee*|supervis*|support*|soutien*|accompagn*|expert*|specialis*|specializ*|years|annees|ans|' +
      'since|depuis|capacite*|capacity|capabilit*|turnkey|cle en main|across|dans plus|more than|plus de',
    cue('service'),
  ),
  group(
    'find|finding|identify|identifier|trouver|secure|securing|obtenir|obtain|raise|raising|lever|' +
      'partner|partnering|partenaire*|associer|collaborate|collaborer|work with|travailler avec|access|' +
      'acceder|recruit|recruter|license|in license|licencier|acquire|acquerir|nouer|etablir|establish|' +
      'conclure|sign|signer|engage|retenir|retain|hire|embaucher|connect|connecter|rejoindre|meet|' +
      'rencontrer|team up|allier|outsource|externaliser|confier|mandater|choose|choisir|select|selectionner',
    cue('acquire'),
  ),
  group(
    'not|no|never|without|except|excluding|nor|neither|none|sans|pas|aucun|aucune|jamais|ni|sauf|' +
      'hors|excepte|plus besoin|no longer|ne plus|already have|avons deja|already secured|already found|' +
      'deja trouve|deja obtenu|avons obtenu|secured|have closed|avons conclu|completed our|avons complete|' +
      'avons termine|finished our',
    cue('negation'),
  ),
];

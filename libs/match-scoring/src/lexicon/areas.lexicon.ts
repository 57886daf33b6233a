// Therapeutic areas as people name them: the specialty, the organ, the disease or the drug class,
// in French and English (« insuffisance cardiaque », "NSCLC", « SLA », "GLP-1"). A disease that
// belongs to two areas (leukemia: oncology and hematology) carries both.
import { area, group, modality, species, type LexiconGroup } from './lexicon.types.js';

export const AREA_LEXICON: LexiconGroup[] = [
  // Regulatory T cells are immunology, not regulatory affairs.
  group(
    'regulatory t cell*|regulatory t lymphocyte*|tregs|treg|lymphocyte* t regulat*|cellule* t regulat*',
    area('immunology'),
  ),
  group(
    'oncolog*|cancer*|cancero*|tumo*|tumeur*|carcinom*|melanom*|sarcom*|glioblastom*|gliom*|metasta*|' +
      'chimiotherap*|chemotherap*|immuno oncolog*|immunooncolog*|neoplas*|nsclc|sclc|mesotheliom*|' +
      'antitumo*|anti tumo*|anticancer*|anti cancer*|radiotherap*|radio oncolog*|solid tumo*|' +
      'tumeurs solides|prostat*|colorect*|pancreatic cancer|cancer pancreas|hepatocarcinom*|neuroblastom*',
    area('oncology'),
  ),
  group(
    'leucemi*|leukemi*|leukaemi*|lymphom*|myelom*|myelodysplas*|^aml|^lma|^cll|^lymphoid',
    area('oncology'),
    area('hematology'),
  ),
  group(
    'adc|adcs|antibody drug conjugate*|conjugue* anticorps medicament|anticorps conjugue*',
    area('oncology', 0.7),
    modality('biologics'),
  ),
  group('car t|cart|car nk|cellules car', area('oncology', 0.6), modality('cell_therapy')),
  group('theranosti*|theranost*', area('oncology', 0.8), modality('radiopharmaceuticals')),
  group(
    'neurolog*|neuro|neurodegen*|neuroscien*|alzheimer*|parkinson*|^sla|^als|amyotroph*|' +
      'sclerose* plaque*|multiple sclerosis|epileps*|epilepti*|migrain*|^avc|stroke*|' +
      'accident* vasculaire* cerebra*|cerveau|brain|cerebra*|^snc|^cns|central nervous system|' +
      'systeme nerveux|nervous system|demence*|dementia|huntington*|neuropath*|neuropathic pain|douleur* neuropath*|' +
      'traumatisme* cranien*|^tbi|concussion*|commotion* cerebra*|spinal cord|moelle epiniere|neuron*|' +
      'neurone*|neurodevelop*|neuromodul*|neurostimul*|neuroprotect*|cognitive decline|declin cognitif|' +
      'blood brain barrier|barriere hematoencephalique|barriere hemato encephalique|neuroinflamm*',
    area('neurology'),
  ),
  group('douleur*|pain|analges*|chronic pain|douleur chronique', area('neurology', 0.5)),
  group(
    'sante mentale|mental health|psychiatr*|depress*|anxiet*|anxieu*|schizophren*|bipolar*|bipolaire*|' +
      '^ptsd|^tspt|stress post traumatique|post traumatic stress|addict*|dependance*|toxicomani*|' +
      'substance use|usage substances|opioid*|opioide*|psychedel*|psilocyb*|trouble* humeur|' +
      'mood disorder*|insomni*|sleep disorder*|troubles sommeil|^tdah|^adhd|suicid*|autis*|' +
      'eating disorder*|troubles alimentaires|mental wellness|bien etre mental|psycholog*|psychotherap*|' +
      'burnout|burn out|epuisement professionnel',
    area('mental_health'),
  ),
  group(
    'cardio*|cardiaq*|heart disease*|maladie* coeur|maladies cardiaques|heart health|sante coeur|vascula*|vasculai*|hypertens*|heart failure|insuffisance cardiaque|' +
      'atherosclero*|arythmi*|arrhythmi*|atrial fibrillation|fibrillation auriculaire|coronar*|infarct*|' +
      'aortic*|aortiq*|cholesterol*|dyslipid*|hyperlipid*|lipid lowering|hypolipem*|stent*|ecg|' +
      'electrocardio*|endotheli*|thrombos*|thrombo*|anticoagul*|embol*|valve* cardiaque*|heart valve*|' +
      'cardiovascula*|cardiometabol*|angin*|peripheral arter*|arteriopathie*|arter*',
    area('cardiovascular'),
  ),
  group(
    'maladie* infectieuse*|infecti*|anti infecti*|antimicrob*|antibacter*|antibacteri*|antibiot*|' +
      'antiviral*|antivira*|virus|viruses|virolog*|^vih|^hiv|hepatit*|covid*|sars*|coronavirus*|' +
      'influenza|grippe|tuberculos*|paludisme|malaria|^amr|antimicrobial resistance|resistance antimicrobienne|' +
      'antibioresist*|bacteri*|bacter*|fongi*|fungal|antifong*|antifungal*|sepsis|septic*|pathogen*|' +
      'pathogene*|pandemi*|epidemi*|^rsv|^vrs|zona|shingles|lyme|emerging infectious|infections nosocomiales|' +
      'nosocomial*|superbug*|phage*|bacteriophage*',
    area('infectious_disease'),
  ),
  group(
    'immunolog*|immunitaire*|immune|immunity|immunite|inflammat*|auto immun*|autoimmun*|polyarthrite*|' +
      'rheumatoid|arthrite rhumatoide|lupus|crohn*|colite*|colitis|^mici|^ibd|inflammatory bowel|allerg*|' +
      'transplant*|greffe*|immunomodul*|immunosuppress*|immunotherap*|cytokine*|anti inflamm*|' +
      'anti tnf|interleukin*|spondyl*|sjogren*|vasculit*|myasthen*',
    area('immunology'),
  ),
  group(
    'maladie* rare*|rare disease*|orphan*|orphelin*|ultra rare|genetic disorder*|maladie* genetique*|' +
      'maladies hereditaires|inherited disorder*|dystroph*|mucoviscidos*|cystic fibrosis|fabry|gaucher|' +
      'hemophil*|drepanocyt*|sickle cell|^sma|amyotrophie spinale|spinal muscular atrophy|duchenne*|' +
      'lysosom*|x fragile|fragile x|rett|tay sachs|friedreich*|epidermolys*|^pku|phenylceton*|' +
      'enzyme replacement|enzymotherap*|metabolic disorders inborn|erreurs innees metabolisme|' +
      'small patient population*|petites populations patients|huntington*|^als|^sla',
    area('rare_diseases'),
  ),
  group(
    'metaboli*|diabet*|obes*|surpoids|overweight|^nash|^mash|^nafld|^masld|steatos*|steatohepat*|' +
      'fatty liver|foie gras|insulin*|glp 1|glp1|glycem*|glucose|glycemi*|thyroid*|endocrin*|' +
      'cardiometabol*|weight loss|perte poids|weight management|gestion poids|hypoglycem*|' +
      'insulinoresist*|insulin resistance|resistance insuline|kidney*|rein|reins|renal*|renaux|nephro*',
    area('metabolic'),
  ),
  group(
    'respirat*|respiratoi*|pulmon*|poumon*|lung*|asthm*|bpco|copd|mucoviscidos*|cystic fibrosis|' +
      'fibrose pulmonaire|pulmonary fibrosis|^ipf|^fpi|pneumon*|voies respiratoires|airway*|' +
      'apnee*|apnea*|apnoea*|sleep apnea|ventilat*|bronch*|inhal*|pneumolog*|pulmonolog*',
    area('respiratory'),
  ),
  group(
    'ophtalm*|ophthalm*|oeil|yeux|eye|eyes|ocul*|retin*|glaucom*|^dmla|^amd|degenerescence maculaire|' +
      'macular degeneration|macula*|cataract*|cornee*|cornea*|vision loss|perte vision|vision care|soins vue|' +
      'troubles visuels|visual impairment*|deficience* visuelle*|sec oculaire|dry eye|uveit*|myop*',
    area('ophthalmology'),
  ),
  group(
    'dermato*|peau|skin|psoriasi*|eczema|dermatite* atopique*|atopic dermatitis|acne|cutane*|cutaneous|' +
      'plaie*|wound*|cicatris*|wound healing|brulure*|burn|burns|burn injur*|vitiligo|rosace*|alopeci*|' +
      'hidradenit*|topique*|topical*|epiderm*|keratinocyt*|chronic wound*|plaies chroniques|ulcere* pied*|' +
      'diabetic foot ulcer*|ulcere* pression|pressure ulcer*',
    area('dermatology'),
  ),
  group(
    'hematolog*|hemato*|sang|blood|sanguin*|anemi*|hemophil*|drepanocyt*|sickle cell|thalassemi*|' +
      'coagulat*|thrombocyt*|plaquette*|platelet*|transfusion*|moelle osseuse|bone marrow|' +
      'cellules souches hematopoietiques|hematopoietic|hemoglobin*|plasma|hemostas*',
    area('hematology'),
  ),
  group(
    'gastro*|gastroenterolog*|intestin*|gut|digesti*|crohn*|colite*|colitis|^mici|^ibd|^ibs|' +
      'syndrome intestin irritable|irritable bowel|microbiom*|microbiot*|hepato*|hepatique*|hepatic|' +
      'foie|liver|celiaq*|celiac|coeliac|pancrea*|colon|colorect*|oesophag*|esophag*|reflux|' +
      'constipation|^nash|^mash|stomach|estomac|bowel|digestive health|sante digestive|probiotique*|probiotic*',
    area('gastroenterology'),
  ),
  group(
    'musculosquelet*|musculoskelet*|appareil locomoteur|os|bone|bones|osseu*|osteo*|arthros*|' +
      'arthrit*|arthrite*|articula*|cartilag*|tendon*|ligament*|muscle*|muscula*|musculai*|sarcopeni*|' +
      'orthop*|colonne vertebrale|spine|spinal|rachis|fracture*|sport* medicine|medecine sport*|' +
      'rhumatolog*|rheumatolog*|lombalgi*|back pain|mal dos|mobility|mobilite|rehabilit*|readapt*|' +
      'physiotherap*|kinesiolog*|locomot*',
    area('musculoskeletal'),
  ),
  group(
    'sante* femme*|women* health|womens health|gyneco*|gynaeco*|gynecolog*|obstetri*|grossesse*|' +
      'pregnan*|fertilit*|infertilit*|^fiv|^ivf|endometrios*|menopaus*|contracept*|maternal*|' +
      'prenata*|perinata*|postpartum|post partum|ovari*|ovaire*|uter*|^pcos|^sopk|femtech|vagina*|' +
      'mammo*|breast|cancer* sein|sante sein|lactation|allaitement|sante maternelle|sante femmes',
    area('womens_health'),
  ),
  group(
    'vieilliss*|aging|ageing|personnes agees|personne agee|older adult*|aine*|seniors|senior care|' +
      'geriatr*|longevit*|gerontolog*|soins longue duree|long term care|^chsld|fragilite|frailty|' +
      'perte autonomie|maintien domicile|aging place|healthy aging|vieillir|chute*|falls|fall prevention|' +
      'prevention chutes|age related|lie age|lies age|gerosci*|senescen*|senolyti*',
    area('aging'),
  ),
  group('demence*|dementia|alzheimer*|declin cognitif|cognitive decline', area('aging', 0.6)),
  group('osteoporos*|sarcopeni*', area('aging', 0.6), area('musculoskeletal')),
  // Diseases whose words belong to another area's phrase (« cancer du sein » is also oncology).
  group(
    'cancer* sein|breast cancer*|ovarian cancer*|cancer* ovaire*|cervical cancer*|cancer* col uterus',
    area('oncology'),
  ),
  group('inflammatory bowel|^ibd|^mici|crohn*|colite*|colitis', area('gastroenterology')),
  group(
    'coeliaque|celiaque|celiac|^gerd|^rgo|reflux gastro*|gastro oesophag*|cirrhos*|hepatic fibros*|' +
      'fibrose hepatique',
    area('gastroenterology'),
  ),
  group('mpoc|fibrose kystique', area('respiratory')),
  group('hypercholesterol*|dyslipidemi*|dyslipidaemi*|lipid lowering|hypolipemi*', area('cardiovascular')),
  group('thrombos*|thrombo embol*|thromboembol*|anticoagul*|coagulation*', area('hematology', 0.7)),
  // Veterinary work. Pigs, sheep, dogs or primates alone are not: they are also preclinical models
  // ("repeat-dose toxicology in rodents and dogs").
  group(
    'veterinair*|veterinar*|livestock|betail|cattle|bovins|poultry|volaille*|aquacultur*|pisciculture|' +
      'companion animal*|animaux compagnie|pets|cats|chats|equine|horses|chevaux|' +
      'animal health|sante animale|elevage*|farm animal*|animaux elevage|animaux ferme|target animal*|' +
      'animal* cible*|food producing animal*|animaux destines alimentation|^cfia|^acia|autogenous|autogene*',
    species('animal'),
  ), // Crops and soils: an agricultural biotech's market is farms, not patients.
  group(
    'crop*|grandes cultures|cultures agricole*|agricultur*|agricole*|agronom*|farmer*|agriculteur*|' +
      'producteur* agricole*|fertili*|engrais|inoculant*|biostimulant*|biopesticide*|biofertili*|' +
      'semence*|seed treatment*|soil*|sol agricole|sols agricoles|corn|wheat|soybean*|canola|mais grain|ble|soja',
    species('plant'),
  ),
];

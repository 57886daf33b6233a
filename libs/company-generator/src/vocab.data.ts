// Everyday words for a company's field, in both languages: the diseases people name rather than
// the therapeutic-area label, the product a modality makes, the way a stage is said.

type Words = { fr: string[]; en: string[] };

export const DISEASES: Record<string, Words> = {
  oncology: {
    fr: [
      'le cancer du poumon',
      'les tumeurs solides',
      'le cancer du sein triple négatif',
      'le mélanome métastatique',
      'le cancer colorectal',
      'le glioblastome',
    ],
    en: [
      'lung cancer',
      'solid tumours',
      'triple-negative breast cancer',
      'metastatic melanoma',
      'colorectal cancer',
      'pancreatic cancer',
    ],
  },
  neurology: {
    fr: [
      "la maladie d'Alzheimer",
      'la maladie de Parkinson',
      'la sclérose latérale amyotrophique',
      "l'épilepsie réfractaire",
      'la sclérose en plaques',
    ],
    en: [
      "Alzheimer's disease",
      "Parkinson's disease",
      'ALS',
      'drug-resistant epilepsy',
      'multiple sclerosis',
      'migraine',
    ],
  },
  mental_health: {
    fr: [
      'la dépression résistante',
      'les troubles anxieux',
      'la schizophrénie',
      'les dépendances aux opioïdes',
    ],
    en: [
      'treatment-resistant depression',
      'anxiety disorders',
      'schizophrenia',
      'opioid use disorder',
      'PTSD',
    ],
  },
  cardiovascular: {
    fr: [
      "l'insuffisance cardiaque",
      'la fibrillation auriculaire',
      "l'hypertension pulmonaire",
      "l'athérosclérose",
    ],
    en: ['heart failure', 'atrial fibrillation', 'hypertension', 'coronary artery disease'],
  },
  infectious_disease: {
    fr: [
      'les infections résistantes aux antibiotiques',
      'le VRS',
      'les infections fongiques invasives',
      'la tuberculose',
    ],
    en: ['antimicrobial-resistant infections', 'RSV', 'influenza', 'hospital-acquired infections'],
  },
  immunology: {
    fr: ['la polyarthrite rhumatoïde', 'le lupus', 'les maladies auto-immunes', 'la maladie de Crohn'],
    en: ['rheumatoid arthritis', 'lupus', 'autoimmune disorders', 'chronic inflammation'],
  },
  rare_diseases: {
    fr: [
      'la dystrophie musculaire de Duchenne',
      'les maladies lysosomales',
      'la mucoviscidose',
      'des maladies orphelines',
    ],
    en: ['Duchenne muscular dystrophy', 'lysosomal storage disorders', 'cystic fibrosis', 'orphan diseases'],
  },
  metabolic: {
    fr: ['le diabète de type 2', "l'obésité", 'la stéatohépatite (NASH)', 'le diabète de type 1'],
    en: ['type 2 diabetes', 'obesity', 'NASH', 'type 1 diabetes'],
  },
  respiratory: {
    fr: ["l'asthme sévère", 'la MPOC', 'la fibrose pulmonaire idiopathique'],
    en: ['severe asthma', 'COPD', 'idiopathic pulmonary fibrosis'],
  },
  ophthalmology: {
    fr: ['la DMLA', 'le glaucome', 'la rétinopathie diabétique'],
    en: ['macular degeneration', 'glaucoma', 'diabetic retinopathy'],
  },
  dermatology: {
    fr: ['le psoriasis', 'la dermatite atopique', 'les plaies chroniques'],
    en: ['psoriasis', 'atopic dermatitis', 'chronic wounds'],
  },
  hematology: {
    fr: ["l'hémophilie", 'la drépanocytose', 'les anémies rares'],
    en: ['hemophilia', 'sickle cell disease', 'blood disorders'],
  },
  gastroenterology: {
    fr: [
      'les maladies inflammatoires de l’intestin',
      'le syndrome de l’intestin irritable',
      'les maladies du foie',
    ],
    en: ['inflammatory bowel disease', 'irritable bowel syndrome', 'liver disease'],
  },
  musculoskeletal: {
    fr: ["l'arthrose", "l'ostéoporose", 'les lésions du cartilage'],
    en: ['osteoarthritis', 'osteoporosis', 'orthopedic injuries'],
  },
  womens_health: {
    fr: ["l'endométriose", 'la ménopause', "l'infertilité"],
    en: ['endometriosis', 'menopause', 'infertility'],
  },
  aging: {
    fr: ['la fragilité des aînés', 'le vieillissement en santé', 'la perte d’autonomie'],
    en: ['frailty in older adults', 'healthy aging', 'age-related decline'],
  },
};

export const PRODUCTS: Record<string, Words> = {
  small_molecule: {
    fr: ['une petite molécule orale', 'un inhibiteur de kinase', 'un composé oral'],
    en: ['an oral small molecule', 'a kinase inhibitor', 'a small-molecule drug'],
  },
  biologics: {
    fr: ['un anticorps monoclonal', 'un anticorps bispécifique', 'une protéine de fusion'],
    en: ['a monoclonal antibody', 'a bispecific antibody', 'a therapeutic protein'],
  },
  cell_therapy: {
    fr: ['une thérapie CAR-T', 'une thérapie cellulaire allogénique', 'des cellules souches'],
    en: ['a CAR-T therapy', 'an allogeneic cell therapy', 'a stem-cell therapy'],
  },
  gene_therapy: {
    fr: ['une thérapie génique par AAV', 'une approche d’édition génique CRISPR'],
    en: ['an AAV gene therapy', 'a CRISPR gene-editing approach'],
  },
  rna: {
    fr: ['un vaccin ou traitement à ARNm', 'un ARN interférent (ARNi)', 'un oligonucléotide antisens'],
    en: ['an mRNA therapeutic', 'an siRNA therapy', 'an antisense oligonucleotide'],
  },
  vaccines: { fr: ['un vaccin', 'un candidat vaccin'], en: ['a vaccine', 'a vaccine candidate'] },
  radiopharmaceuticals: {
    fr: ['un radiopharmaceutique au lutécium-177', 'un radioligand'],
    en: ['a lutetium-177 radioligand', 'a radiopharmaceutical'],
  },
  peptides: {
    fr: ['un peptide cyclique', 'un analogue peptidique'],
    en: ['a cyclic peptide', 'a peptide analogue'],
  },
  medical_device: {
    fr: ['un dispositif implantable', 'un dispositif médical portable', 'un instrument chirurgical'],
    en: ['an implantable device', 'a wearable medical device', 'a surgical instrument'],
  },
  in_vitro_diagnostic: {
    fr: ['un test diagnostique rapide', 'un test de biopsie liquide'],
    en: ['a rapid diagnostic test', 'a liquid-biopsy assay'],
  },
  imaging: {
    fr: ["une solution d'imagerie", 'un système d’imagerie optique'],
    en: ['an imaging system', 'an imaging platform'],
  },
  ai_ml: {
    fr: ["un logiciel d'intelligence artificielle", 'des algorithmes d’apprentissage automatique'],
    en: ['an AI software', 'machine-learning models'],
  },
  genomics: {
    fr: ['une plateforme de génomique', 'un outil de séquençage'],
    en: ['a genomics platform', 'a sequencing tool'],
  },
  drug_delivery: {
    fr: ["une technologie d'administration de médicaments", 'une formulation à libération prolongée'],
    en: ['a drug-delivery technology', 'a long-acting formulation'],
  },
  biomaterials: {
    fr: ['un biomatériau résorbable', 'un hydrogel'],
    en: ['a resorbable biomaterial', 'a hydrogel scaffold'],
  },
};

export const STAGE_WORDS: Record<string, Words> = {
  discovery: {
    fr: ['au stade de la découverte', 'en recherche exploratoire'],
    en: ['at discovery stage', 'in early discovery'],
  },
  preclinical: {
    fr: ['au stade préclinique', 'en développement préclinique'],
    en: ['in preclinical development', 'at preclinical stage'],
  },
  phase1: { fr: ['en phase I', 'en phase 1'], en: ['in Phase I', 'in a Phase 1 trial'] },
  phase2: { fr: ['en phase II', 'en phase 2'], en: ['in Phase II', 'in a Phase 2 study'] },
  phase3: { fr: ['en phase III', 'en phase 3 pivot'], en: ['in Phase III', 'in a pivotal Phase 3 trial'] },
  regulatory_review: {
    fr: ['en examen à Santé Canada', 'en attente d’homologation'],
    en: ['under review at Health Canada', 'awaiting regulatory approval'],
  },
  commercial: {
    fr: ['déjà commercialisé', 'sur le marché canadien'],
    en: ['already on the market', 'commercially available in Canada'],
  },
};

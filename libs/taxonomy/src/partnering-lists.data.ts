// Code lists that describe what a company works on and seeks: therapeutic areas, modalities,
// stages, capabilities and partnership types (taxonomy version 1, copied from the product contract).
export const PARTNERING_LISTS = {
  "therapeuticAreas": {
    "oncology": {
      "fr": "Oncologie",
      "en": "Oncology"
    },
    "neurology": {
      "fr": "Neurologie",
      "en": "Neurology"
    },
    "mental_health": {
      "fr": "Santé mentale",
      "en": "Mental health"
    },
    "cardiovascular": {
      "fr": "Cardiovasculaire",
      "en": "Cardiovascular"
    },
    "infectious_disease": {
      "fr": "Maladies infectieuses",
      "en": "Infectious diseases"
    },
    "immunology": {
      "fr": "Immunologie et inflammation",
      "en": "Immunology and inflammation"
    },
    "rare_diseases": {
      "fr": "Maladies rares",
      "en": "Rare diseases"
    },
    "metabolic": {
      "fr": "Maladies métaboliques et diabète",
      "en": "Metabolic diseases and diabetes"
    },
    "respiratory": {
      "fr": "Respiratoire",
      "en": "Respiratory"
    },
    "ophthalmology": {
      "fr": "Ophtalmologie",
      "en": "Ophthalmology"
    },
    "dermatology": {
      "fr": "Dermatologie",
      "en": "Dermatology"
    },
    "hematology": {
      "fr": "Hématologie",
      "en": "Hematology"
    },
    "gastroenterology": {
      "fr": "Gastroentérologie",
      "en": "Gastroenterology"
    },
    "musculoskeletal": {
      "fr": "Appareil locomoteur",
      "en": "Musculoskeletal"
    },
    "womens_health": {
      "fr": "Santé des femmes",
      "en": "Women's health"
    },
    "aging": {
      "fr": "Vieillissement",
      "en": "Aging"
    }
  },
  "modalities": {
    "small_molecule": {
      "fr": "Petites molécules",
      "en": "Small molecules"
    },
    "biologics": {
      "fr": "Produits biologiques (anticorps, protéines)",
      "en": "Biologics (antibodies, proteins)"
    },
    "cell_therapy": {
      "fr": "Thérapie cellulaire",
      "en": "Cell therapy"
    },
    "gene_therapy": {
      "fr": "Thérapie génique",
      "en": "Gene therapy"
    },
    "rna": {
      "fr": "ARN (ARNm, ARNi)",
      "en": "RNA (mRNA, RNAi)"
    },
    "vaccines": {
      "fr": "Vaccins",
      "en": "Vaccines"
    },
    "radiopharmaceuticals": {
      "fr": "Radiopharmaceutiques",
      "en": "Radiopharmaceuticals"
    },
    "peptides": {
      "fr": "Peptides",
      "en": "Peptides"
    },
    "medical_device": {
      "fr": "Dispositif médical",
      "en": "Medical device"
    },
    "in_vitro_diagnostic": {
      "fr": "Diagnostic in vitro",
      "en": "In vitro diagnostic"
    },
    "imaging": {
      "fr": "Imagerie",
      "en": "Imaging"
    },
    "ai_ml": {
      "fr": "Intelligence artificielle",
      "en": "Artificial intelligence"
    },
    "genomics": {
      "fr": "Génomique",
      "en": "Genomics"
    },
    "drug_delivery": {
      "fr": "Administration de médicaments",
      "en": "Drug delivery"
    },
    "biomaterials": {
      "fr": "Biomatériaux",
      "en": "Biomaterials"
    }
  },
  "stages": {
    "discovery": {
      "fr": "Découverte",
      "en": "Discovery",
      "order": 1
    },
    "preclinical": {
      "fr": "Préclinique",
      "en": "Preclinical",
      "order": 2
    },
    "phase1": {
      "fr": "Phase I",
      "en": "Phase I",
      "order": 3
    },
    "phase2": {
      "fr": "Phase II",
      "en": "Phase II",
      "order": 4
    },
    "phase3": {
      "fr": "Phase III",
      "en": "Phase III",
      "order": 5
    },
    "regulatory_review": {
      "fr": "Examen réglementaire",
      "en": "Regulatory review",
      "order": 6
    },
    "commercial": {
      "fr": "Commercialisation",
      "en": "Commercial",
      "order": 7
    },
    "not_applicable": {
      "fr": "Sans objet",
      "en": "Not applicable",
      "order": 0
    }
  },
  "capabilities": {
    "about": "What a company offers or seeks. The same codes serve both sides of a profile: offers and seeks.",
    "codes": {
      "research_collaboration": {
        "fr": "Collaboration de recherche",
        "en": "Research collaboration"
      },
      "preclinical_services": {
        "fr": "Services précliniques",
        "en": "Preclinical services"
      },
      "clinical_trial_services": {
        "fr": "Services d'essais cliniques",
        "en": "Clinical trial services"
      },
      "clinical_sites": {
        "fr": "Sites cliniques et accès aux patients",
        "en": "Clinical sites and patient access"
      },
      "process_development": {
        "fr": "Développement de procédés",
        "en": "Process development"
      },
      "gmp_small_molecule": {
        "fr": "Fabrication BPF de petites molécules",
        "en": "GMP small-molecule manufacturing"
      },
      "gmp_biologics": {
        "fr": "Fabrication BPF de produits biologiques",
        "en": "GMP biologics manufacturing"
      },
      "cell_gene_manufacturing": {
        "fr": "Fabrication de thérapies cellulaires et géniques",
        "en": "Cell and gene therapy manufacturing"
      },
      "device_manufacturing": {
        "fr": "Fabrication de dispositifs médicaux",
        "en": "Medical device manufacturing"
      },
      "regulatory_affairs": {
        "fr": "Affaires réglementaires",
        "en": "Regulatory affairs"
      },
      "market_access": {
        "fr": "Accès au marché et remboursement",
        "en": "Market access and reimbursement"
      },
      "distribution": {
        "fr": "Distribution et commercialisation",
        "en": "Distribution and commercialization"
      },
      "ip_legal": {
        "fr": "Propriété intellectuelle et services juridiques",
        "en": "IP and legal services"
      },
      "data_analytics": {
        "fr": "Données et analytique",
        "en": "Data and analytics"
      },
      "bioinformatics": {
        "fr": "Bio-informatique",
        "en": "Bioinformatics"
      },
      "lab_space": {
        "fr": "Espaces de laboratoire et incubation",
        "en": "Lab space and incubation"
      },
      "equity_investment": {
        "fr": "Investissement en capital",
        "en": "Equity investment"
      },
      "non_dilutive_funding": {
        "fr": "Financement non dilutif",
        "en": "Non-dilutive funding"
      },
      "licensing_asset": {
        "fr": "Actif disponible pour licence",
        "en": "Asset available for licensing"
      },
      "technology_platform": {
        "fr": "Plateforme technologique",
        "en": "Technology platform"
      },
      "talent_training": {
        "fr": "Talents et formation",
        "en": "Talent and training"
      }
    }
  },
  "partnershipTypes": {
    "licensing": {
      "fr": "Licence",
      "en": "Licensing"
    },
    "co_development": {
      "fr": "Codéveloppement",
      "en": "Co-development"
    },
    "research_collaboration": {
      "fr": "Collaboration de recherche",
      "en": "Research collaboration"
    },
    "manufacturing": {
      "fr": "Fabrication",
      "en": "Manufacturing"
    },
    "distribution": {
      "fr": "Distribution",
      "en": "Distribution"
    },
    "investment": {
      "fr": "Investissement",
      "en": "Investment"
    },
    "service_agreement": {
      "fr": "Contrat de services",
      "en": "Service agreement"
    },
    "clinical_collaboration": {
      "fr": "Collaboration clinique",
      "en": "Clinical collaboration"
    },
    "joint_venture": {
      "fr": "Coentreprise",
      "en": "Joint venture"
    }
  }
} as const;

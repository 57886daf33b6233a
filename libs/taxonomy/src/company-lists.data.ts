// Code lists that describe a company itself: where it is, which associations it belongs to, its
// sectors, size and languages (taxonomy version 1, copied from the product contract).
export const COMPANY_LISTS = {
  "provinces": {
    "QC": {
      "fr": "Québec",
      "en": "Quebec"
    },
    "ON": {
      "fr": "Ontario",
      "en": "Ontario"
    }
  },
  "associations": {
    "BIOQUEBEC": {
      "province": "QC",
      "fr": "BIOQuébec",
      "en": "BIOQuébec"
    },
    "LSO": {
      "province": "ON",
      "fr": "Life Sciences Ontario",
      "en": "Life Sciences Ontario"
    }
  },
  "sectors": {
    "biopharma": {
      "fr": "Biopharmaceutique",
      "en": "Biopharmaceuticals"
    },
    "medtech": {
      "fr": "Dispositifs médicaux",
      "en": "Medical devices"
    },
    "diagnostics": {
      "fr": "Diagnostics",
      "en": "Diagnostics"
    },
    "digital_health": {
      "fr": "Santé numérique et IA",
      "en": "Digital health and AI"
    },
    "cro": {
      "fr": "Recherche contractuelle (CRO)",
      "en": "Contract research (CRO)"
    },
    "cdmo": {
      "fr": "Développement et fabrication à façon (CDMO)",
      "en": "Contract development and manufacturing (CDMO)"
    },
    "natural_health": {
      "fr": "Produits de santé naturels",
      "en": "Natural health products"
    },
    "animal_health": {
      "fr": "Santé animale",
      "en": "Animal health"
    },
    "industrial_biotech": {
      "fr": "Biotechnologie agricole et industrielle",
      "en": "Agricultural and industrial biotech"
    },
    "research_institute": {
      "fr": "Établissement de recherche",
      "en": "Research institute"
    },
    "hospital": {
      "fr": "Hôpital et réseau de santé",
      "en": "Hospital and health network"
    },
    "investor": {
      "fr": "Investisseur",
      "en": "Investor"
    },
    "professional_services": {
      "fr": "Services professionnels",
      "en": "Professional services"
    }
  },
  "sizes": {
    "1-10": {
      "fr": "1 à 10 employés",
      "en": "1 to 10 employees"
    },
    "11-50": {
      "fr": "11 à 50 employés",
      "en": "11 to 50 employees"
    },
    "51-200": {
      "fr": "51 à 200 employés",
      "en": "51 to 200 employees"
    },
    "201-1000": {
      "fr": "201 à 1 000 employés",
      "en": "201 to 1,000 employees"
    },
    "1000+": {
      "fr": "Plus de 1 000 employés",
      "en": "More than 1,000 employees"
    }
  },
  "languages": {
    "fr": {
      "fr": "Français",
      "en": "French"
    },
    "en": {
      "fr": "Anglais",
      "en": "English"
    }
  }
} as const;

import type { LocalizedText } from '@app/common';

export const IMPORT_MESSAGES = {
  notJson: {
    fr: "le fichier n'est pas du JSON valide : {detail}",
    en: 'the file is not valid JSON: {detail}',
  },
  notDocument: {
    fr: 'doit être un objet { "companies": [ ... ] }.',
    en: 'must be an object { "companies": [ ... ] }.',
  },
  mustBeObject: { fr: 'doit être un objet.', en: 'must be an object.' },
  mustBeString: { fr: 'doit être du texte.', en: 'must be a string.' },
  mustBeList: { fr: 'doit être une liste.', en: 'must be a list.' },
  mustBeBoolean: { fr: 'doit valoir true ou false.', en: 'must be true or false.' },
  unknownField: { fr: 'champ inconnu.', en: 'unknown field.' },
  oneOf: { fr: 'doit être l’une de ces valeurs : {values}.', en: 'must be one of {values}.' },
  invalidDate: { fr: 'doit être une date AAAA-MM-JJ.', en: 'must be a date YYYY-MM-DD.' },
  expiresBeforeStart: { fr: 'précède la date d’adhésion.', en: 'is before memberSince.' },
  atLeastOne: { fr: 'doit contenir au moins un élément.', en: 'must contain at least one item.' },
  repeatedExternalId: {
    fr: '« {value} » figure déjà dans companies[{other}].',
    en: '"{value}" already appears in companies[{other}].',
  },
  repeatedContact: {
    fr: '« {value} » figure déjà dans {other}.',
    en: '"{value}" already appears in {other}.',
  },
  contactOfOtherCompany: {
    fr: '« {value} » a déjà un compte dans une autre entreprise.',
    en: '"{value}" already has an account with another company.',
  },
} satisfies Record<string, LocalizedText>;

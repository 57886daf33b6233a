import type { LocalizedText } from '@app/common';

export const SPREADSHEET_MESSAGES = {
  unknownColumn: { fr: 'colonne inconnue.', en: 'unknown column.' },
  repeatedColumn: { fr: 'cette colonne figure deux fois.', en: 'this column appears twice.' },
  unnamedColumn: {
    fr: 'une valeur dans une colonne sans nom.',
    en: 'a value in a column without a name.',
  },
  notBoolean: {
    fr: 'doit valoir true ou false (ou oui/non, yes/no, 1/0).',
    en: 'must be true or false (or oui/non, yes/no, 1/0).',
  },
  semicolons: {
    fr: 'les colonnes sont séparées par des « ; » : enregistrez le fichier en « CSV UTF-8 (délimité par des virgules) ».',
    en: 'the columns are separated by ";": save the file as "CSV UTF-8 (comma delimited)".',
  },
  notUtf8: {
    fr: 'ce fichier n’est pas en UTF-8 (les accents seraient perdus) : enregistrez-le en « CSV UTF-8 ».',
    en: 'this file is not UTF-8 (accents would be lost): save it as "CSV UTF-8".',
  },
  noRows: { fr: 'le fichier ne contient aucune entreprise.', en: 'the file holds no company.' },
  unclosedQuote: {
    fr: 'un guillemet ouvert n’est jamais fermé.',
    en: 'a quoted value is never closed.',
  },
  textAfterQuote: {
    fr: 'du texte suit un guillemet fermant ; doublez les guillemets ("") dans une valeur.',
    en: 'text follows a closing quote; double the quotes ("") inside a value.',
  },
  notWorkbook: {
    fr: 'ce fichier n’est pas un classeur .xlsx lisible.',
    en: 'this file is not a readable .xlsx workbook.',
  },
  repeatedExternalId: {
    fr: '« {value} » figure déjà à la ligne {other}.',
    en: '"{value}" already appears in row {other}.',
  },
  repeatedContact: {
    fr: '« {value} » figure déjà à la ligne {other}.',
    en: '"{value}" already appears in row {other}.',
  },
} satisfies Record<string, LocalizedText>;

import type { LocalizedText } from './locale.js';

/** Messages shared by every domain: generic errors and field validation. */
export const COMMON_MESSAGES = {
  unauthenticated: {
    fr: 'Veuillez vous connecter.',
    en: 'Please sign in.',
  },
  forbidden: {
    fr: "Vous n'avez pas accès à cette action.",
    en: 'You are not allowed to do this.',
  },
  notFound: {
    fr: '{thing} introuvable.',
    en: '{thing} not found.',
  },
  invalidInput: {
    fr: 'Certaines valeurs ne sont pas valides.',
    en: 'Some values are not valid.',
  },
  internal: {
    fr: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
    en: 'Something went wrong on our side. Please try again in a moment.',
  },
  serviceUnavailable: {
    fr: 'Le service est momentanément indisponible. Réessayez dans un instant.',
    en: 'The service is briefly unavailable. Please try again in a moment.',
  },
  rateLimited: {
    fr: 'Trop de requêtes. Réessayez dans {seconds} secondes.',
    en: 'Too many requests. Try again in {seconds} seconds.',
  },
  firstOutOfRange: {
    fr: 'doit être un entier de 0 à {max}.',
    en: 'must be a whole number from 0 to {max}.',
  },
  wholeNumberBetween: {
    fr: 'doit être un entier de {min} à {max}.',
    en: 'must be a whole number from {min} to {max}.',
  },
  badCursor: {
    fr: "ce curseur n'est pas valide pour cette liste.",
    en: 'is not a valid cursor for this list.',
  },
  required: { fr: 'est obligatoire.', en: 'is required.' },
  tooLong: { fr: 'doit compter au plus {max} caractères.', en: 'must be at most {max} characters.' },
  tooShort: { fr: 'doit compter au moins {min} caractères.', en: 'must be at least {min} characters.' },
  unknownCode: {
    fr: '« {value} » n’est pas un code connu de {list}.',
    en: '"{value}" is not a known code of {list}.',
  },
  duplicateValue: { fr: '« {value} » est en double.', en: '"{value}" is repeated.' },
  invalidEmail: { fr: 'doit être une adresse courriel valide.', en: 'must be a valid email address.' },
  invalidUrl: {
    fr: 'doit être une adresse web commençant par http:// ou https://.',
    en: 'must be a web address starting with http:// or https://.',
  },
  invalidTimeZone: {
    fr: '« {value} » n’est pas un fuseau horaire IANA (ex. America/Toronto).',
    en: '"{value}" is not an IANA time zone (e.g. America/Toronto).',
  },
  bodyTooLarge: {
    fr: 'La requête dépasse la taille permise ({limit} ko).',
    en: 'The request is larger than allowed ({limit} kB).',
  },
  tooDeep: {
    fr: '« {field} » est imbriqué sur plus de {max} niveaux.',
    en: '"{field}" is nested more than {max} levels deep.',
  },
  malformedBody: {
    fr: "Le corps de la requête n'est pas du JSON valide.",
    en: 'The request body is not valid JSON.',
  },
  malformedId: {
    fr: 'Un identifiant fourni n’est pas valide.',
    en: 'An identifier in the request is not valid.',
  },
  nulCharacter: {
    fr: 'contient un caractère nul (U+0000), qui n’est pas permis.',
    en: 'contains a null character (U+0000), which is not allowed.',
  },
  invalidId: { fr: "n'est pas un identifiant valide.", en: 'is not a valid identifier.' },
} satisfies Record<string, LocalizedText>;

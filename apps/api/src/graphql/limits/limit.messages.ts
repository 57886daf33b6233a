import type { LocalizedText } from '@app/common';

/** What a caller reads when a request is refused before it runs, with the limit that applies. */
export const LIMIT_MESSAGES = {
  TOO_MANY_TOKENS: {
    fr: 'La requête GraphQL est trop longue ({actual} jetons ; au plus {max}).',
    en: 'The GraphQL query is too long ({actual} tokens; at most {max}).',
  },
  QUERY_TOO_DEEP: {
    fr: 'La requête imbrique {actual} niveaux de champs ; au plus {max}.',
    en: 'The query nests fields {actual} levels deep; at most {max}.',
  },
  TOO_MANY_ALIASES: {
    fr: 'La requête utilise {actual} alias ; au plus {max}.',
    en: 'The query uses {actual} aliases; at most {max}.',
  },
  TOO_MANY_DIRECTIVES: {
    fr: 'La requête utilise {actual} directives ; au plus {max}.',
    en: 'The query uses {actual} directives; at most {max}.',
  },
  QUERY_TOO_COSTLY: {
    fr: 'La requête demanderait trop de travail (coût estimé {actual} ; au plus {max}). Demandez moins d’éléments par liste.',
    en: 'The query would take too much work (estimated cost {actual}; at most {max}). Ask for fewer items per list.',
  },
  TOO_MANY_SUBSCRIPTIONS: {
    fr: 'Trop d’abonnements en direct ({actual} ; au plus {max}). Fermez-en un avant d’en ouvrir un autre.',
    en: 'Too many live subscriptions ({actual}; at most {max}). Close one before opening another.',
  },
  BATCH_TOO_LARGE: {
    fr: 'Une requête groupée compte au plus {max} opérations ; celle-ci en a {actual}.',
    en: 'A batched request holds at most {max} operations; this one has {actual}.',
  },
} satisfies Record<string, LocalizedText>;

export type LimitReason = keyof typeof LIMIT_MESSAGES;

import { ApiErrorCode, defineDomainErrors } from '@app/common';

/** Every error of signing in and accounts, with its contract code and message. */
export const authError = defineDomainErrors({
  BAD_CREDENTIALS: {
    code: ApiErrorCode.UNAUTHENTICATED,
    text: { fr: 'Courriel ou mot de passe incorrect.', en: 'Wrong email or password.' },
  },
  INVITATION_INVALID: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: "Ce lien d'invitation n'est pas valide ou a déjà servi.",
      en: 'This invitation link is not valid or has already been used.',
    },
  },
  INVITATION_EXPIRED: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: "Ce lien d'invitation a expiré. Demandez une nouvelle invitation.",
      en: 'This invitation link has expired. Ask for a new invitation.',
    },
  },
  SESSION_ENDED: {
    code: ApiErrorCode.UNAUTHENTICATED,
    text: {
      fr: 'Votre session a pris fin. Veuillez vous reconnecter.',
      en: 'Your session has ended. Please sign in again.',
    },
  },
  EMAIL_TAKEN: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Un compte existe déjà avec ce courriel.', en: 'An account already uses this email.' },
  },
});

export const PASSWORD_TOO_WEAK = {
  fr: 'doit compter au moins 10 caractères, dont des lettres et des chiffres ou symboles.',
  en: 'must be at least 10 characters, with letters and digits or symbols.',
};

export const ERASED_PERSON = { fr: 'Ancien participant', en: 'Former participant' };

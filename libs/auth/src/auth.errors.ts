import { ApiErrorCode, defineDomainErrors } from '@app/common';
import { PASSWORD_RULE_TEXT } from './password-rule.js';

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
  RESET_LINK_INVALID: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Ce lien de réinitialisation n’est pas valide ou a déjà servi. Demandez-en un nouveau.',
      en: 'This reset link is not valid or has already been used. Ask for a new one.',
    },
  },
  RESET_LINK_EXPIRED: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Ce lien de réinitialisation a expiré (il vaut une heure). Demandez-en un nouveau.',
      en: 'This reset link has expired (it works for an hour). Ask for a new one.',
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

export const PASSWORD_TOO_WEAK = PASSWORD_RULE_TEXT;

export const CURRENT_PASSWORD_WRONG = {
  fr: 'ne correspond pas à votre mot de passe actuel.',
  en: 'is not your current password.',
};

/** Counted whether or not the address has an account, so it reveals nothing either. */
export const PASSWORD_RESETS_LIMITED = {
  fr: 'Trop de demandes de réinitialisation pour ce courriel ou depuis ce réseau. Réessayez dans {seconds} secondes.',
  en: 'Too many reset requests for this email or from this network. Try again in {seconds} seconds.',
};

export const ERASED_PERSON = { fr: 'Ancien participant', en: 'Former participant' };

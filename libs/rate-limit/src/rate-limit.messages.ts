import type { LocalizedText } from '@app/common';

/** Login lockout: one message whether or not the email has an account, so it reveals nothing. */
export const LOGIN_LOCKED: LocalizedText = {
  fr: 'Trop de tentatives de connexion échouées pour ce compte ou depuis ce réseau. Réessayez dans {seconds} secondes.',
  en: 'Too many failed sign-in attempts for this account or from this network. Try again in {seconds} seconds.',
};

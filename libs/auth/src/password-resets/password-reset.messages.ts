import type { LocalizedText } from '@app/common';

export const PASSWORD_RESET_EMAIL: { subject: LocalizedText; body: LocalizedText } = {
  subject: {
    fr: 'Réinitialiser votre mot de passe Passerelle',
    en: 'Reset your Passerelle password',
  },
  body: {
    fr: [
      'Bonjour {name},',
      '',
      'Vous avez demandé à choisir un nouveau mot de passe pour Passerelle.',
      'Choisissez-le ici (lien valide une heure, une seule fois) :',
      '{link}',
      '',
      'Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe ne change pas.',
    ].join('\n'),
    en: [
      'Hello {name},',
      '',
      'You asked to choose a new password for Passerelle.',
      'Choose it here (the link works once, for an hour):',
      '{link}',
      '',
      'If you did not ask, ignore this email: your password stays as it is.',
    ].join('\n'),
  },
};

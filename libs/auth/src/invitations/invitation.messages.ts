import type { LocalizedText } from '@app/common';

export const INVITATION_EMAIL: { subject: LocalizedText; body: LocalizedText } = {
  subject: {
    fr: 'Votre invitation à Passerelle ({company})',
    en: 'Your invitation to Passerelle ({company})',
  },
  body: {
    fr: [
      'Bonjour {name},',
      '',
      '{inviter} vous invite à rejoindre {company} sur Passerelle, la plateforme de partenariats',
      'de BIOQuébec et de Life Sciences Ontario.',
      '',
      'Choisissez votre mot de passe ici (lien valide {days} jours, une seule fois) :',
      '{link}',
    ].join('\n'),
    en: [
      'Hello {name},',
      '',
      '{inviter} invites you to join {company} on Passerelle, the partnering platform of',
      'BIOQuébec and Life Sciences Ontario.',
      '',
      'Choose your password here (the link works once, for {days} days):',
      '{link}',
    ].join('\n'),
  },
};

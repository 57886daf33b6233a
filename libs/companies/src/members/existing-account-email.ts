import { translate, type Locale, type LocalizedText } from '@app/common';

const EXISTING_ACCOUNT_EMAIL: { subject: LocalizedText; body: LocalizedText } = {
  subject: {
    fr: 'Invitation à Passerelle ({company}) : vous avez déjà un compte',
    en: 'Invitation to Passerelle ({company}): you already have an account',
  },
  body: {
    fr: [
      'Bonjour {name},',
      '',
      '{inviter} a voulu vous inviter à rejoindre {company} sur Passerelle. Cette adresse a déjà',
      'un compte : rien n’a changé pour lui. Connectez-vous comme d’habitude ; si vous devez',
      'changer d’entreprise, écrivez à l’équipe de votre association.',
    ].join('\n'),
    en: [
      'Hello {name},',
      '',
      '{inviter} tried to invite you to join {company} on Passerelle. This address already has an',
      'account: nothing changed for it. Sign in as usual; if you need to change companies, write',
      'to your association’s staff.',
    ].join('\n'),
  },
};

/**
 * Told to the owner of an address someone tried to invite: the inviter gets the answer a new
 * address gets, so an invitation never reveals that an address has an account.
 */
export function existingAccountEmail(
  person: { id: string; email: string; name: string; locale: Locale },
  company: string,
  inviter: string,
) {
  const params = { name: person.name, company, inviter };
  return {
    to: person.email,
    userId: person.id,
    kind: 'invitation-existing-account',
    subject: translate(EXISTING_ACCOUNT_EMAIL.subject, person.locale, params),
    body: translate(EXISTING_ACCOUNT_EMAIL.body, person.locale, params),
  };
}

import type { LocalizedText } from '@app/common';
import type { PartnershipStage } from '@app/meetings';

export const FOLLOW_UP_TEXT = {
  subject: {
    fr: 'Mission « {mission} » : où en sont vos rencontres ?',
    en: 'Mission "{mission}": where did your meetings lead?',
  },
  greeting: { fr: 'Bonjour {name},', en: 'Hello {name},' },
  intro: {
    fr: 'Il y a environ six mois, votre entreprise a rencontré ces entreprises pendant la mission commerciale « {mission} ». Où chaque rencontre a-t-elle mené ? Un clic enregistre la réponse, sans mot de passe ; chaque lien sert une fois et expire le {expires}.',
    en: 'About six months ago, your company met these companies during the trade mission "{mission}". Where did each meeting lead? One click records the answer, no password needed; each link works once and expires on {expires}.',
  },
  meeting: { fr: 'Rencontre avec {company} :', en: 'Meeting with {company}:' },
  recorded: { fr: 'Merci : votre réponse est enregistrée.', en: 'Thank you: your answer is recorded.' },
  gone: {
    fr: 'Ce lien a expiré ou a déjà servi.',
    en: 'This link has expired or was already used.',
  },
} satisfies Record<string, LocalizedText>;

export const STAGE_LABELS: Record<PartnershipStage, LocalizedText> = {
  NO_FURTHER_CONTACT: { fr: 'Aucun autre contact', en: 'No further contact' },
  KNOWLEDGE_GAIN: { fr: 'Connaissances acquises', en: 'Knowledge gained' },
  VALUABLE_CONTACT: { fr: 'Contact précieux', en: 'Valuable contact' },
  NEGOTIATION: { fr: 'Négociation en cours', en: 'Negotiation started' },
  AGREEMENT: { fr: 'Entente conclue', en: 'Agreement reached' },
};

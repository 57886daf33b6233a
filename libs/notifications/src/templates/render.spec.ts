import { NOTIFICATION_TEMPLATES } from './notification-templates.js';
import { formatTimeRange, renderEmail, renderMessage } from './render.js';

const params = {
  company: 'Lakeshore Clinical Research',
  person: 'Raj Patel',
  startsAt: '2030-12-03T19:00:00.000Z',
  endsAt: '2030-12-03T20:00:00.000Z',
  location: 'https://meet.example.org/x',
  meetingId: 'm1',
};

describe('notification rendering', () => {
  it('has every kind in both languages with the same placeholders', () => {
    for (const template of Object.values(NOTIFICATION_TEMPLATES)) {
      for (const text of [template.message, template.subject]) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(text.fr)).toEqual(names(text.en));
      }
    }
  });

  it('writes times in the reader’s zone and language', () => {
    expect(formatTimeRange(params.startsAt, params.endsAt, 'fr', 'America/Montreal')).toBe(
      'mardi 3 décembre 2030, 14 h 00 – 15 h 00 (HNE)',
    );
    expect(formatTimeRange(params.startsAt, params.endsAt, 'en', 'America/Vancouver')).toBe(
      'Tuesday, December 3, 2030, 11:00 a.m. – 12:00 p.m. (PST)',
    );
    expect(formatTimeRange(params.startsAt, undefined, 'en', 'Not/AZone')).toBe(
      'Tuesday, December 3, 2030, 7:00 p.m. (UTC)',
    );
  });

  it('adds the reason to the sentence when there is one', () => {
    expect(renderMessage('MEETING_REQUEST_DECLINED', { company: 'Néovasc', reason: 'Trop tôt' }, 'fr')).toBe(
      'Néovasc a décliné votre demande de rencontre. Motif : « Trop tôt »',
    );
    expect(renderMessage('UNKNOWN_KIND', {}, 'en')).toBe('UNKNOWN_KIND');
  });

  it('writes a plain-text email with the details and links the notification carries', () => {
    const email = renderEmail(
      'MEETING_REQUEST_ACCEPTED',
      { ...params, icsUrl: 'https://passerelle.example/calendar/abc/meetings/m1.ics' },
      { name: 'Julie', locale: 'fr', timeZone: 'America/Toronto' },
      'https://passerelle.example',
    );
    expect(email.subject).toBe('Rencontre confirmée avec Lakeshore Clinical Research');
    expect(email.body).toBe(
      [
        'Bonjour Julie,',
        '',
        'Raj Patel (Lakeshore Clinical Research) a accepté votre demande de rencontre : mardi 3 décembre 2030, 14 h 00 – 15 h 00 (HNE).',
        '',
        'Quand : mardi 3 décembre 2030, 14 h 00 – 15 h 00 (HNE)',
        'Lieu : https://meet.example.org/x',
        '',
        'Ajouter à votre agenda : https://passerelle.example/calendar/abc/meetings/m1.ics',
        'Ouvrir Passerelle : https://passerelle.example/meetings',
        '',
        '—',
        'Passerelle, la plateforme de maillage de BIOQuébec et de Life Sciences Ontario.',
        'Vous recevez ce courriel parce que vous êtes membre d’une entreprise inscrite.',
        '',
      ].join('\n'),
    );
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { UsersService } from '@app/auth';
import type { Viewer } from '@app/common';
import { EventsCoreModule, EventsService, RegistrationsService } from '@app/events';
import { CurationService } from '@app/matching';
import {
  Clock,
  MeetingRequestsService,
  MeetingResponsesService,
  MeetingReschedulesService,
  MeetingsService,
} from '@app/meetings';
import { PrivacyCoreModule, PrivacyService } from '@app/privacy';
import { QueueModule } from '@app/queue';
import { DataSource } from 'typeorm';
import { importCompanies, sampleDocument, TEST_PASSWORD } from '../support/fixtures.js';
import { startServices, type Services } from '../support/services.js';
import { whereFound } from './words-found.js';

const T0 = new Date('2030-12-02T17:00:00Z');
const HOUR = 3_600_000;
const slot = (fromHours: number, toHours: number) => ({
  start: new Date(T0.getTime() + fromHours * HOUR),
  end: new Date(T0.getTime() + toHours * HOUR),
});

const EMAIL = 'zephyrine@neovasc.test';

/** What Zéphyrine wrote, one text per place a person writes. */
const texts = {
  message: 'Zéphyrine writes: phase two trials',
  location: 'Zéphyrine boardroom, 5th floor',
  reschedule: 'Zéphyrine asks to move: board meeting moved',
  cancel: 'Zéphyrine cancels: travel conflict',
  withdraw: 'Zéphyrine withdraws: budget frozen',
  dismiss: 'Zéphyrine dismisses: already partners',
};

describe('privacy, through the services (medium test)', () => {
  let services: Services;
  let app: INestApplicationContext;
  let db: DataSource;
  let zephyrine: Viewer;
  let words: string[];

  /** The export without the moment it was made, to compare two exports. */
  const exportOf = async (viewer: Viewer) => {
    const { exportedAt, ...sections } = await app.get(PrivacyService).export(viewer);
    expect(typeof exportedAt).toBe('string');
    return sections as Record<string, unknown>;
  };

  beforeAll(async () => {
    // Privacy and the domains that contribute to it, on a database of their own.
    services = await startServices([
      QueueModule.forProducer(),
      AuditModule,
      EventsCoreModule,
      PrivacyCoreModule,
    ]);
    app = services.app;
    app.get(Clock).now = () => new Date(T0);
    db = app.get(DataSource);
    const ids = await importCompanies(services, sampleDocument());
    const person = async (
      email: string,
      name: string,
      role: Viewer['role'],
      externalId: string | null,
    ): Promise<Viewer> => {
      const companyId = externalId ? ids.get(externalId)! : null;
      const association = externalId ? null : 'BIOQUEBEC';
      const user = await app.get(UsersService).create({
        email,
        name,
        password: TEST_PASSWORD,
        role,
        locale: 'en',
        companyId,
        association,
        timeZone: 'America/Toronto',
      });
      return { userId: user.id, role, companyId, association, locale: 'en' };
    };
    zephyrine = await person(EMAIL, 'Zéphyrine Quenneville', 'COMPANY_ADMIN', 'BQ-1042');
    const ann = await person('ann@lakeshore.test', 'Ann', 'COMPANY_ADMIN', 'LSO-0310');
    const staff = await person('staff@bioquebec.test', 'Staff', 'STAFF', null);
    words = [EMAIL, 'Zéphyrine Quenneville', ...Object.values(texts)];

    // Meetings: a request with its message and place, accepted, moved, then cancelled; another withdrawn.
    const request = await app.get(MeetingRequestsService).request(zephyrine, {
      toCompanyId: ids.get('LSO-0310')!,
      message: texts.message,
      location: texts.location,
      proposedSlots: [slot(24, 25)],
    });
    await app.get(MeetingResponsesService).respond(ann, request.id, { accept: true, slot: slot(24, 25) });
    const [meeting] = await app.get(MeetingsService).findByRequestIds([request.id]);
    await app.get(MeetingReschedulesService).propose(zephyrine, meeting.id, [slot(28, 29)], texts.reschedule);
    await app.get(MeetingsService).cancel(zephyrine, meeting.id, texts.cancel);
    const withdrawn = await app.get(MeetingRequestsService).request(zephyrine, {
      toCompanyId: ids.get('LSO-0877')!,
      proposedSlots: [slot(30, 31)],
    });
    await app.get(MeetingRequestsService).cancel(zephyrine, withdrawn.id, texts.withdraw);
    // Matching: a dismissed suggestion with its reason. Events: a registration.
    await app.get(CurationService).dismiss(zephyrine, ids.get('LSO-1203')!, texts.dismiss);
    const event = await app.get(EventsService).create(staff, {
      titleFr: 'Rendez-vous',
      titleEn: 'Partnering day',
      startsAt: new Date('2031-03-02T14:00:00Z'),
      endsAt: new Date('2031-03-02T22:00:00Z'),
      timeZone: 'America/Montreal',
      venue: 'Palais des congrès',
      organizers: ['BIOQUEBEC'],
      memberPriceCents: 0,
      partnerMemberPriceCents: 0,
      nonMemberPriceCents: 0,
    });
    await app.get(RegistrationsService).register(zephyrine, event.id);
  });

  afterAll(() => services?.close());

  it('exports what the person wrote and holds in every domain', async () => {
    const data = await exportOf(zephyrine);
    expect(data.account).toMatchObject({ email: EMAIL, name: 'Zéphyrine Quenneville' });
    expect(data.company).toMatchObject({ name: 'Néovasc Thérapeutique inc.' });
    expect(data.meetingRequestsSent).toEqual([
      expect.objectContaining({ message: texts.message, location: texts.location }),
      expect.objectContaining({ status: 'CANCELLED', response_reason: texts.withdraw }),
    ]);
    expect(data.meetingReschedulesProposed).toEqual([expect.objectContaining({ message: texts.reschedule })]);
    expect(data.meetingsCancelled).toEqual([expect.objectContaining({ cancel_reason: texts.cancel })]);
    expect(data.suggestionsDismissed).toEqual([expect.objectContaining({ reason: texts.dismiss })]);
    expect(data.eventRegistrations).toEqual([expect.objectContaining({ status: 'CONFIRMED' })]);
    expect(data.notifications).not.toEqual([]);
    // The scan sees the words before erasure, in others' copies too: it would notice what erasure forgets.
    expect(await whereFound(db, words)).toEqual(
      expect.arrayContaining([
        'meeting_requests.message',
        'notifications.params',
        'sent_emails.body',
        'users.name',
      ]),
    );
  });

  it('erases nothing when one domain fails: every contributor runs in one transaction', async () => {
    const before = await exportOf(zephyrine);
    const foundBefore = await whereFound(db, words);
    // Notifications erases last: by then the account and the meetings have been written to.
    await db.query(
      `ALTER TABLE sent_emails ADD CONSTRAINT refuses_erasure CHECK (strpos(body, '[erased]') = 0)`,
    );
    try {
      await expect(app.get(PrivacyService).erase(zephyrine)).rejects.toThrow(/refuses_erasure/);
    } finally {
      await db.query(`ALTER TABLE sent_emails DROP CONSTRAINT refuses_erasure`);
    }
    expect(await exportOf(zephyrine)).toEqual(before);
    expect(await whereFound(db, words)).toEqual(foundBefore);
  });

  it('erases the person everywhere: no table keeps their name, email or texts', async () => {
    expect(await app.get(PrivacyService).erase(zephyrine)).toBe(true);
    expect(await whereFound(db, words)).toEqual([]);
    const data = await exportOf(zephyrine);
    expect(data.account).toMatchObject({ name: '', email: expect.stringMatching(/@deleted\.invalid$/) });
    expect(data.notifications).toEqual([]);
    expect(data.emails).toEqual([]);
    expect(data.meetingRequestsSent).toEqual([
      expect.objectContaining({ message: null, location: null }),
      expect.objectContaining({ status: 'CANCELLED', response_reason: null }),
    ]);
  });
});

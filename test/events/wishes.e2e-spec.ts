import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createEvent, eventWorld, futureDay, type EventWorld } from './events-fixtures.js';

const SET_WISH = `mutation($e: ID!, $p: ID!, $w: MeetingWish) {
  setEventWish(eventId: $e, partnerId: $p, wish: $w) { wish partner { id } }
}`;
const WISHES = `query($e: ID!) { eventWishes(eventId: $e) { wish partner { id } } }`;
const SCHEDULE = `mutation($e: ID!) {
  scheduleEventMeetings(eventId: $e) {
    status unplaced unplacedReasons
    unplacedMeetings { reason request { id } }
    grid { placements { request { id } } }
  }
}`;

interface Scheduled {
  status: string;
  unplaced: number;
  unplacedReasons: string[];
  unplacedMeetings: { reason: string; request: { id: string } }[];
  grid: { placements: { request: { id: string } | null }[] }[];
}

describe('events: members’ wishes for an event’s meetings', () => {
  let t: TestApp;
  let w: EventWorld;
  let eventId: string;
  const { date, startsAt, endsAt } = futureDay(33);

  const wish = (as: string, partner: string, value: string | null, language = 'en') =>
    t.gql<{ setEventWish: { wish: string; partner: { id: string } }[] }>(
      SET_WISH,
      { e: eventId, p: w.ids.get(partner) ?? partner, w: value },
      { token: w.people.get(as) ?? as, language },
    );

  async function acceptedRequest(from: string, to: string): Promise<string> {
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $e: ID) { requestMeeting(toCompanyId: $to, eventId: $e, message: "À l'événement ?") { id } }`,
      { to: w.ids.get(to), e: eventId },
      { token: w.people.get(from) },
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestMeeting.id;
    const accepted = await t.gql(
      `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: true) { status } }`,
      { id },
      { token: w.people.get(to) },
    );
    expect(accepted.errors).toBeUndefined();
    return id;
  }

  async function schedule(language = 'en'): Promise<Scheduled> {
    const response = await t.gql<{ scheduleEventMeetings: Scheduled }>(
      SCHEDULE,
      { e: eventId },
      {
        token: w.staffBq,
        language,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.scheduleEventMeetings.status).toBe('DONE');
    return response.data!.scheduleEventMeetings;
  }

  const placedRequests = (result: Scheduled) =>
    result.grid.flatMap((g) => g.placements.map((p) => p.request?.id)).sort();

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    await t.startWorker();
    // One slot and two tables: who meets is decided by priorities and wishes alone.
    eventId = await createEvent(t, w.staffBq, {
      startsAt,
      endsAt,
      capacity: null,
      tables: 2,
      slotMinutes: 30,
      partneringDays: [{ date, start: '09:00', end: '09:30', breaks: [] }],
    });
    for (const company of ['BQ-1042', 'BQ-0007', 'BQ-0588', 'LSO-0310', 'LSO-0877', 'LSO-1203', 'LSO-0450']) {
      const r = await t.gql(
        `mutation($e: ID!) { registerForEvent(eventId: $e) { status } }`,
        { e: eventId },
        {
          token: w.people.get(company),
        },
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('lets only a confirmed attendee set and read wishes, for their own company, about another attendee', async () => {
    // BQ-0921 has not registered; staff have no company of their own at the event.
    for (const token of [w.people.get('BQ-0921')!, w.staffBq]) {
      const set = await wish(token, 'LSO-0310', 'MUST_MEET');
      expect(set.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const read = await t.gql(WISHES, { e: eventId }, { token });
      expect(read.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const notAttending = await wish('BQ-1042', 'BQ-0921', 'MUST_MEET', 'fr');
    expect(notAttending.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'partnerId', message: 'cette entreprise n’est pas inscrite (confirmée) à l’événement.' },
      ],
    });
    const own = await wish('BQ-1042', 'BQ-1042', 'NO_THANKS');
    expect(own.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'partnerId' }],
    });
    const unknownEvent = await t.gql(
      SET_WISH,
      { e: '00000000-0000-4000-8000-000000000000', p: w.ids.get('LSO-0310'), w: 'MUST_MEET' },
      {
        token: w.people.get('BQ-1042'),
      },
    );
    expect(unknownEvent.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const db = t.app.get(DataSource);
    expect(await db.query(`SELECT count(*)::int AS n FROM event_wishes`)).toEqual([{ n: 0 }]);
  });

  it('keeps MUST_MEET to five partners per company and event; NO_THANKS and clearing are free', async () => {
    const partners = ['LSO-0310', 'LSO-0877', 'LSO-1203', 'LSO-0450', 'BQ-0007'];
    for (const partner of partners)
      expect((await wish('BQ-1042', partner, 'MUST_MEET')).errors).toBeUndefined();
    // In the person's own language (French for BQ-1042's person).
    const sixth = await wish('BQ-1042', 'BQ-0588', 'MUST_MEET');
    expect(sixth.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'wish',
          message:
            'votre entreprise a déjà 5 partenaires « à rencontrer » pour cet événement ; retirez-en un d’abord.',
        },
      ],
    });
    const english = await wish('LSO-0310', 'BQ-0588', 'MUST_MEET');
    expect(english.errors).toBeUndefined();
    expect((await wish('LSO-0310', 'BQ-0588', null)).errors).toBeUndefined();
    // Setting the same wish again is no extra one; NO_THANKS does not count.
    expect((await wish('BQ-1042', 'LSO-0310', 'MUST_MEET')).errors).toBeUndefined();
    const refused = await wish('BQ-1042', 'BQ-0588', 'NO_THANKS');
    expect(refused.data!.setEventWish).toHaveLength(6);
    // Another company's quota is its own.
    expect((await wish('BQ-0007', 'LSO-0310', 'MUST_MEET')).errors).toBeUndefined();
    const read = await t.gql<{ eventWishes: { wish: string; partner: { id: string } }[] }>(
      WISHES,
      { e: eventId },
      {
        token: w.people.get('BQ-1042'),
      },
    );
    expect(read.data!.eventWishes.filter((x) => x.wish === 'MUST_MEET')).toHaveLength(5);
    expect(read.data!.eventWishes[5]).toEqual({ wish: 'NO_THANKS', partner: { id: w.ids.get('BQ-0588') } });
    for (const partner of [...partners, 'BQ-0588']) {
      const cleared = await wish('BQ-1042', partner, null);
      expect(cleared.errors).toBeUndefined();
    }
    expect((await wish('BQ-0007', 'LSO-0310', null)).data!.setEventWish).toEqual([]);
  });

  it('has the scheduler place MUST_MEET pairs first and never a NO_THANKS pair', async () => {
    await t.app.get(DataSource).query(`DELETE FROM event_wishes`);
    // r1 and r3 share LSO-0877's person: one slot holds only one of them.
    const r1 = await acceptedRequest('BQ-1042', 'LSO-0877');
    const r2 = await acceptedRequest('BQ-0007', 'LSO-1203');
    const r3 = await acceptedRequest('BQ-0588', 'LSO-0877');

    expect((await wish('LSO-0877', 'BQ-0588', 'MUST_MEET')).errors).toBeUndefined();
    let result = await schedule();
    expect(placedRequests(result)).toEqual([r2, r3].sort());
    // One person, one slot, two meetings: the other waits for nothing but that person.
    expect(result.unplacedMeetings).toEqual([{ reason: 'PARTICIPANT_FULL', request: { id: r1 } }]);

    expect((await wish('LSO-0877', 'BQ-0588', null)).errors).toBeUndefined();
    expect((await wish('BQ-1042', 'LSO-0877', 'MUST_MEET')).errors).toBeUndefined();
    result = await schedule();
    expect(placedRequests(result)).toEqual([r1, r2].sort());

    // The receiver of r2 will not meet its requester: left out though a table is free, with the reason.
    expect((await wish('LSO-1203', 'BQ-0007', 'NO_THANKS')).errors).toBeUndefined();
    result = await schedule('fr');
    expect(placedRequests(result)).toEqual([r1]);
    expect(result.unplacedMeetings).toEqual(
      expect.arrayContaining([{ reason: 'NO_THANKS', request: { id: r2 } }]),
    );
    expect(
      result.unplacedReasons.some((line) => line.endsWith('ne pas souhaiter cette rencontre à l’événement')),
    ).toBe(true);
  });

  it('shows staff both companies’ wishes beside the event’s candidates', async () => {
    expect((await wish('BQ-1042', 'LSO-0877', 'MUST_MEET')).errors).toBeUndefined();
    const query = `query($e: ID!, $c: ID) { eventCandidates(eventId: $e, companyId: $c) { partner { id } companyWish partnerWish } }`;
    const response = await t.gql<{
      eventCandidates: { partner: { id: string }; companyWish: string | null; partnerWish: string | null }[];
    }>(query, { e: eventId, c: w.ids.get('BQ-1042') }, { token: w.staffBq });
    expect(response.errors).toBeUndefined();
    const withLso0877 = response.data!.eventCandidates.find((c) => c.partner.id === w.ids.get('LSO-0877'));
    if (withLso0877) expect(withLso0877).toMatchObject({ companyWish: 'MUST_MEET', partnerWish: null });
    const candidate = response.data!.eventCandidates[0];
    expect(candidate).toBeDefined();
    const partner = [...w.ids].find(([, id]) => id === candidate.partner.id)![0];
    expect((await wish(partner, 'BQ-1042', 'NO_THANKS')).errors).toBeUndefined();
    const again = await t.gql<{ eventCandidates: { partner: { id: string }; partnerWish: string | null }[] }>(
      query,
      { e: eventId, c: w.ids.get('BQ-1042') },
      { token: w.staffBq },
    );
    expect(again.data!.eventCandidates.find((c) => c.partner.id === candidate.partner.id)?.partnerWish).toBe(
      'NO_THANKS',
    );
  });
});

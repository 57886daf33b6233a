import pg from 'pg';
import {
  after,
  db,
  meetingWorld,
  person,
  range,
  REQUEST_MEETING,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
  type Person,
} from './meetings-fixtures.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

interface Refusal {
  message: string;
  code: string;
  reason?: string;
  retryAfter?: number;
  fields?: { path: string; message: string }[];
}

/** Refusals carry a code, a reason and the bad fields, and leave the database as it was. */
describe('meeting request rules', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let clock: TestClock;
  let lakeshore: string;

  const requestCount = async () =>
    (await db(t).query(`SELECT count(*)::int AS n FROM meeting_requests`))[0].n as number;
  const attempt = (from: Person, variables: Record<string, unknown>) =>
    t.gql(REQUEST_MEETING, variables, { token: from.token });
  const refusal = async (response: Promise<GraphqlResponse>, writes = 0) => {
    const before = await requestCount();
    const { errors, data } = await response;
    expect(data ?? null).toBeNull();
    expect(await requestCount()).toBe(before + writes);
    return { message: errors![0].message, ...errors![0].extensions } as Refusal;
  };

  beforeAll(async () => {
    // Limits as configured, times RATE_LIMIT_SCALE: 2 × 1.5 = 3 a day, 2 × 1.5 = 3 unanswered.
    t = await startTestApp({
      MEETING_REQUESTS_PER_DAY: '2',
      MEETING_REQUESTS_UNANSWERED_PER_COMPANY: '2',
      RATE_LIMIT_SCALE: '1.5',
    });
    w = await meetingWorld(t);
    clock = new TestClock([t.app], T0);
    lakeshore = w.ids.get('LSO-0310')!;
  });
  afterAll(() => t.close());

  it('asks anonymous callers to sign in', async () => {
    const response = await t.gql(REQUEST_MEETING, { to: lakeshore, slots: [range(24, 25)] });
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('reports every bad time range at once, in the caller’s language, and writes nothing', async () => {
    const error = await refusal(
      attempt(w.julie, {
        to: lakeshore,
        slots: [range(-2, -1), range(25, 24), range(26, 26.2), range(27, 30.5)],
        message: 'x'.repeat(2001),
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Certaines valeurs ne sont pas valides.');
    expect(error.fields).toEqual([
      { path: 'message', message: 'doit compter au plus 2000 caractères.' },
      { path: 'proposedSlots', message: 'peut proposer au plus 3 plages horaires.' },
      { path: 'proposedSlots[0]', message: 'est dans le passé.' },
      { path: 'proposedSlots[1]', message: 'doit finir après son début.' },
      { path: 'proposedSlots[2]', message: 'doit durer au moins 15 minutes.' },
      { path: 'proposedSlots[3]', message: 'doit durer au plus 3 heures.' },
    ]);
  });

  it('refuses overlapping proposals, and a request with neither proposals nor an event', async () => {
    const overlapping = await refusal(
      attempt(w.ann, { to: w.ids.get('BQ-1042'), slots: [range(24, 25), range(24.5, 25.5)] }),
    );
    expect(overlapping.fields).toEqual([
      { path: 'proposedSlots[1]', message: 'overlaps proposed range #1.' },
    ]);
    const empty = await refusal(attempt(w.ann, { to: w.ids.get('BQ-1042'), slots: [] }));
    expect(empty.fields).toEqual([
      {
        path: 'proposedSlots',
        message: 'propose one to three time ranges, or choose an event both companies attend.',
      },
    ]);
  });

  it('refuses one’s own company and a company that has not opted in', async () => {
    const own = await refusal(attempt(w.ann, { to: lakeshore, slots: [range(24, 25)] }));
    expect(own.fields).toEqual([
      { path: 'toCompanyId', message: 'is your own company: ask another company for a meeting.' },
    ]);
    const hidden = await refusal(attempt(w.ann, { to: w.ids.get('LSO-0450'), slots: [range(24, 25)] }));
    expect(hidden.fields).toEqual([
      {
        path: 'toCompanyId',
        message: 'is a company that has not opted in to matchmaking and does not take meeting requests.',
      },
    ]);
    const fromHidden = await refusal(attempt(w.cardio, { to: lakeshore, slots: [range(24, 25)] }));
    expect(fromHidden).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'SENDER_NOT_OPTED_IN' }));
    const fromStaff = await refusal(attempt(w.staff, { to: lakeshore, slots: [range(24, 25)] }));
    expect(fromStaff).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'NO_COMPANY' }));
    const unknown = await refusal(
      attempt(w.ann, { to: '00000000-0000-4000-8000-000000000000', slots: [range(24, 25)] }),
    );
    expect(unknown).toEqual(expect.objectContaining({ code: 'NOT_FOUND', message: 'Company not found.' }));
    const malformed = await refusal(attempt(w.ann, { to: 'not-an-id', slots: [range(24, 25)] }));
    expect(malformed.fields).toEqual([{ path: 'toCompanyId', message: 'is not a valid identifier.' }]);
  });

  it('refuses proposals outside the requester’s availability or over their meetings', async () => {
    await t.gql(
      `mutation { setAvailability(slots: [], weekly: [{ day: TUESDAY, start: "09:00", end: "12:00" }], timeZone: "America/Toronto") { start } }`,
      {},
      { token: w.raj.token },
    );
    // Tuesday 09:00–10:00 in Toronto is T0 + 21 h; 12:00–13:00 runs past the end of his morning.
    const outside = await refusal(
      attempt(w.raj, { to: w.ids.get('LSO-0877'), slots: [range(21, 22), range(24, 25)] }),
    );
    expect(outside.fields).toEqual([{ path: 'proposedSlots[1]', message: 'is outside your availability.' }]);
    const request = await requestMeeting(t, w.raj, w.ids.get('LSO-0877')!, [range(21, 22)]);
    await respond(t, w.nora, request.id);
    const busy = await refusal(attempt(w.raj, { to: w.ids.get('BQ-0007'), slots: [range(21.5, 22)] }));
    expect(busy.fields).toEqual([{ path: 'proposedSlots[0]', message: 'overlaps one of your meetings.' }]);
  });

  it('keeps one pending request per pair of companies, whichever side asks', async () => {
    await requestMeeting(t, w.marc, lakeshore, [range(24, 25)]);
    const twice = await refusal(attempt(w.julie, { to: lakeshore, slots: [range(26, 27)] }));
    expect(twice).toEqual(
      expect.objectContaining({
        code: 'CONFLICT',
        reason: 'PENDING_EXISTS',
        message:
          'Une demande de rencontre de votre entreprise à Lakeshore Clinical Research attend déjà une réponse.',
      }),
    );
    const reverse = await refusal(attempt(w.ann, { to: w.ids.get('BQ-1042'), slots: [range(26, 27)] }));
    expect(reverse).toEqual(
      expect.objectContaining({
        reason: 'PENDING_FROM_THEM',
        message:
          'Néovasc Thérapeutique inc. has already sent your company a meeting request: answer it instead.',
      }),
    );
    // The partial unique index holds even for a writer that skips the service's checks.
    const direct = new pg.Client({ connectionString: t.config.DATABASE_URL });
    await direct.connect();
    await expect(
      direct.query(
        `INSERT INTO meeting_requests (from_company_id, to_company_id, requester_id, proposed_slots, expires_at, created_at, updated_at)
         VALUES ($1, $2, $3, '[{"start":"x","end":"y"}]', now(), now(), now())`,
        [lakeshore, w.ids.get('BQ-1042'), w.ann.id],
      ),
    ).rejects.toThrow(/meeting_requests_one_pending_idx/);
    await direct.end();
  });

  it('lets companies meet at an event both attend, within its hours', async () => {
    clock.set(T0);
    const [{ id: eventId }] = await db(t).query(
      `INSERT INTO events (title_fr, title_en, organizers, time_zone, starts_at, ends_at, venue,
                           member_price_cents, partner_member_price_cents, non_member_price_cents)
       VALUES ('Journée', 'Day', ARRAY['BIOQUEBEC'], 'America/Montreal', $1, $2, 'Palais des congrès', 0, 0, 0) RETURNING id`,
      [after(68), after(76)],
    );
    const register = (userId: string, companyId: string) =>
      db(t).query(
        `INSERT INTO event_registrations (event_id, user_id, company_id, status, price_tier, amount_cents, tax_cents, total_cents)
         VALUES ($1, $2, $3, 'CONFIRMED', 'MEMBER', 0, 0, 0)`,
        [eventId, userId, companyId],
      );
    const northern = w.ids.get('LSO-0877')!;
    const biofabrik = w.ids.get('BQ-0007')!;
    await register(w.nora.id, northern);
    const notRegistered = await refusal(attempt(w.nora, { to: w.ids.get('BQ-0921'), event: eventId }));
    expect(notRegistered.fields).toEqual([
      {
        path: 'eventId',
        message: 'Distribution Santé Boréale is not registered (confirmed) for this event.',
      },
    ]);
    const bio = await person(t, {
      email: 'bio@biofabrik.test',
      name: 'Bea Fabre',
      role: 'MEMBER',
      locale: 'fr',
      companyId: biofabrik,
    });
    await register(bio.id, biofabrik);
    const outside = await refusal(attempt(bio, { to: northern, event: eventId, slots: [range(60, 61)] }));
    expect(outside.fields).toEqual([
      { path: 'proposedSlots[0]', message: 'doit se situer pendant l’événement.' },
    ]);
    const unknown = await refusal(
      attempt(bio, { to: northern, event: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.fields).toEqual([{ path: 'eventId', message: 'ne correspond à aucun événement.' }]);

    const atEvent = await requestMeeting(t, bio, northern, [], { event: eventId });
    const accepted = await respond(t, w.nora, atEvent.id);
    expect(accepted.data?.respondToMeetingRequest).toEqual(
      expect.objectContaining({ status: 'ACCEPTED', meeting: null }),
    );
    const [told]: { kind: string }[] = await db(t).query(
      `SELECT kind FROM notifications WHERE user_id = $1`,
      [bio.id],
    );
    expect(told.kind).toBe('MEETING_REQUEST_ACCEPTED_AT_EVENT');

    await register(w.ann.id, lakeshore);
    const timed = await requestMeeting(t, w.ann, biofabrik, [range(70, 70.5)], { event: eventId });
    const placed = await respond(t, bio, timed.id);
    const meetingId = placed.data!.respondToMeetingRequest.meeting!.id;
    expect(await db(t).query(`SELECT location, event_id FROM meetings WHERE id = $1`, [meetingId])).toEqual([
      { location: 'Palais des congrès', event_id: eventId },
    ]);
  });
  it('limits the requests a company sends in 24 hours, even when sent at once, and says when it may send again', async () => {
    clock.set(T0);
    const emily = await person(t, {
      email: 'emily@maple.test',
      name: 'Emily Chen',
      role: 'MEMBER',
      locale: 'en',
      companyId: w.ids.get('LSO-1203'),
    });
    const targets = ['BQ-1042', 'BQ-0007', 'BQ-0588', 'BQ-0921', 'LSO-0310'].map((id) => w.ids.get(id)!);
    const before = await requestCount();
    const results = await Promise.all(
      targets.map((to, i) => attempt(emily, { to, slots: [range(30 + i, 30.5 + i)] })),
    );
    expect(await requestCount()).toBe(before + 3);
    const refused = results.filter((r) => r.errors).map((r) => r.errors![0]);
    expect(refused).toHaveLength(2);
    expect(refused[0].extensions).toEqual(
      expect.objectContaining({ code: 'RATE_LIMITED', reason: 'DAILY_LIMIT', retryAfter: 24 * 3600 }),
    );
    expect(refused[0].message).toBe(
      'Your company has sent 3 meeting requests in the last 24 hours. You can send another on Tuesday, December 3, 2030, 12:00 p.m. (EST).',
    );
    clock.advance(23.9);
    expect(
      (await attempt(emily, { to: targets[results.findIndex((r) => r.errors)], slots: [range(48, 49)] }))
        .errors?.[0].extensions.code,
    ).toBe('RATE_LIMITED');
    clock.advance(0.1);
    await requestMeeting(t, emily, targets[results.findIndex((r) => r.errors)], [range(48, 49)]);
  });

  it('limits requests left unanswered by one company, counting withdrawn and expired ones', async () => {
    const maple = w.ids.get('LSO-1203')!;
    const CANCEL = `mutation($id: ID!) { cancelMeetingRequest(id: $id) { status } }`;
    for (let day = 0; day < 3; day += 1) {
      clock.set(after(100 + day * 25));
      const request = await requestMeeting(t, w.nora, maple, [range(100 + day * 25 + 2, 100 + day * 25 + 3)]);
      if (day < 2) await t.gql(CANCEL, { id: request.id }, { token: w.nora.token });
      else await db(t).query(`UPDATE meeting_requests SET status = 'EXPIRED' WHERE id = $1`, [request.id]);
    }
    clock.set(after(180));
    const error = await refusal(attempt(w.nora, { to: maple, slots: [range(182, 183)] }));
    expect(error).toEqual(expect.objectContaining({ code: 'CONFLICT', reason: 'UNANSWERED_LIMIT' }));
    expect(error.message).toMatch(
      /^Maple Antibody Therapeutics has left 3 of your company’s requests unanswered\. You can send it another on Thursday, March 6, 2031, 4:00 p\.m\. \(EST\)\.$/,
    );
    const elsewhere = await requestMeeting(t, w.nora, w.ids.get('BQ-0007')!, [range(182, 183)]);
    expect(elsewhere.status).toBe('PENDING');
  });

  it('lets only the receiving company answer, before the request expires', async () => {
    clock.set(after(200));
    const request = await requestMeeting(t, w.nora, w.ids.get('BQ-0588')!, [
      range(230, 230.5),
      range(231, 231.5),
    ]);
    const byRequester = await respond(t, w.nora, request.id);
    expect(byRequester.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_RECIPIENT' }),
    );
    expect(byRequester.errors?.[0].message).toBe(
      'Only people of CHU Saint-Laurent — Centre de recherche can answer this request.',
    );
    const byOutsider = await respond(t, w.ann, request.id);
    expect(byOutsider.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const chu = await person(t, {
      email: 'lea@chu.test',
      name: 'Léa Roy',
      role: 'MEMBER',
      locale: 'fr',
      companyId: w.ids.get('BQ-0588'),
    });
    const unchosen = await respond(t, chu, request.id);
    expect(unchosen.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'choisissez une des plages proposées, ou donnez-en une autre.' },
    ]);
    const tooShort = await respond(t, chu, request.id, { slot: range(230, 230.1) });
    expect(tooShort.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'doit durer au moins 15 minutes.' },
    ]);
    clock.set(after(200 + 14 * 24 + 1));
    const late = await respond(t, chu, request.id, { slot: range(530, 530.5) });
    expect(late.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'CONFLICT', reason: 'REQUEST_EXPIRED' }),
    );
    expect(await db(t).query(`SELECT status FROM meeting_requests WHERE id = $1`, [request.id])).toEqual([
      { status: 'PENDING' },
    ]);
  });
});

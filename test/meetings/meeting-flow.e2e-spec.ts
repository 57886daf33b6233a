import ICAL from 'ical.js';
import {
  after,
  db,
  fetchIcs,
  meetingsOf,
  meetingWorld,
  notificationsOf,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingNode,
  type MeetingWorld,
} from './meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WORKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
  day,
  start: '09:00',
  end: '17:00',
}));
describe('meetings between two companies', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let clock: TestClock;
  let lakeshore: string;
  let neovasc: string;
  let requestId: string;
  let meeting: MeetingNode;

  const emailOf = async (viewer: string, userId: string) => {
    const response = await t.gql<{ meetingRequest: { requester: { id: string; email: string } } }>(
      `query($id: ID!) { meetingRequest(id: $id) { requester { id email } } }`,
      { id: requestId },
      { token: viewer },
    );
    expect(response.data?.meetingRequest.requester.id).toBe(userId);
    return response.data!.meetingRequest.requester.email;
  };
  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    clock = new TestClock([t.app], T0);
    lakeshore = w.ids.get('LSO-0310')!;
    neovasc = w.ids.get('BQ-1042')!;
  });
  afterAll(() => t.close());

  it('stores weekly availability in the person’s time zone and lays it out', async () => {
    const set = await t.gql(
      `mutation($weekly: [WeeklyRangeInput!]) { setAvailability(slots: [], weekly: $weekly, timeZone: "America/Montreal") { start } }`,
      { weekly: WORKDAYS },
      { token: w.julie.token },
    );
    expect(set.data).toEqual({ setAvailability: [] });
    const mine = await t.gql<{
      myAvailability: { isSet: boolean; timeZone: string; upcoming: { start: string; end: string }[] };
    }>(
      `{ myAvailability { isSet timeZone weekly { day start end } upcoming(days: 2) { start end } } }`,
      {},
      { token: w.julie.token },
    );
    expect(mine.data?.myAvailability).toEqual(
      expect.objectContaining({ isSet: true, timeZone: 'America/Montreal' }),
    );
    // From Monday noon (now) for 48 hours, Montréal time (UTC−5 in December).
    expect(mine.data?.myAvailability.upcoming).toEqual([
      { start: '2030-12-02T17:00:00.000Z', end: '2030-12-02T22:00:00.000Z' },
      { start: '2030-12-03T14:00:00.000Z', end: '2030-12-03T22:00:00.000Z' },
      { start: '2030-12-04T14:00:00.000Z', end: '2030-12-04T17:00:00.000Z' },
    ]);
  });

  it('sends a request that every person of the other company hears of, in their language', async () => {
    const request = await requestMeeting(t, w.julie, lakeshore, [range(24, 24.5), range(26, 27)], {
      message: 'Parlons de vos essais de phase II.',
      location: 'https://meet.example.org/neovasc',
    });
    requestId = request.id;
    expect(request).toEqual(
      expect.objectContaining({
        status: 'PENDING',
        direction: 'OUTGOING',
        fromCompany: { id: neovasc, name: 'Néovasc Thérapeutique inc.' },
        toCompany: { id: lakeshore, name: 'Lakeshore Clinical Research' },
        proposedSlots: [
          { start: '2030-12-03T17:00:00.000Z', end: '2030-12-03T17:30:00.000Z' },
          { start: '2030-12-03T19:00:00.000Z', end: '2030-12-03T20:00:00.000Z' },
        ],
        meeting: null,
      }),
    );
    expect(await notificationsOf(t, w.raj)).toEqual([
      {
        kind: 'MEETING_REQUEST_RECEIVED',
        message: 'Julie Tremblay from Néovasc Thérapeutique inc. would like to meet your company.',
      },
    ]);
    expect((await notificationsOf(t, w.ann)).map((n) => n.kind)).toEqual(['MEETING_REQUEST_RECEIVED']);
    const emails: { to_address: string; subject: string; body: string }[] = await db(t).query(
      `SELECT to_address, subject, body FROM sent_emails WHERE kind = 'MEETING_REQUEST_RECEIVED' ORDER BY to_address`,
    );
    expect(emails.map((e) => [e.to_address, e.subject])).toEqual([
      ['ann@lakeshore.test', 'New meeting request from Néovasc Thérapeutique inc.'],
      ['raj@lakeshore.test', 'New meeting request from Néovasc Thérapeutique inc.'],
    ]);
    expect(emails[0].body).toContain('Message: "Parlons de vos essais de phase II."');
    const incoming = await t.gql<{
      meetingRequests: { totalCount: number; edges: { node: { id: string; direction: string } }[] };
    }>(
      `{ meetingRequests(direction: INCOMING) { totalCount edges { node { id direction } } } }`,
      {},
      { token: w.raj.token },
    );
    expect(incoming.data?.meetingRequests).toEqual({
      totalCount: 1,
      edges: [{ node: { id: requestId, direction: 'INCOMING' } }],
    });
  });

  it('keeps contact details masked until the two companies are connected', async () => {
    expect(await emailOf(w.raj.token, w.julie.id)).toBe('j•••@neovasc.test');
  });

  it('lets any person of the receiving company accept a proposed range, creating the meeting and the connection', async () => {
    const accepted = await respond(t, w.raj, requestId, { slot: range(26, 27) });
    expect(accepted.data?.respondToMeetingRequest).toEqual(
      expect.objectContaining({
        status: 'ACCEPTED',
        meeting: expect.objectContaining({ start: after(26), end: after(27), status: 'SCHEDULED' }),
      }),
    );
    const [forJulie] = await meetingsOf(t, w.julie.token);
    meeting = forJulie;
    expect(forJulie).toEqual(
      expect.objectContaining({
        status: 'SCHEDULED',
        location: 'https://meet.example.org/neovasc',
        participants: expect.arrayContaining([
          expect.objectContaining({ id: w.julie.id }),
          expect.objectContaining({ id: w.raj.id, email: 'raj@lakeshore.test' }),
        ]),
        companies: expect.arrayContaining([{ id: neovasc, name: 'Néovasc Thérapeutique inc.' }]),
        icsUrl: expect.stringMatching(
          new RegExp(`^${t.config.PUBLIC_URL}/calendar/[0-9a-f]{48}/meetings/${forJulie.id}\\.ics$`),
        ),
      }),
    );
    expect(forJulie.participants).toHaveLength(2);
    const [low, high] = [neovasc, lakeshore].sort();
    expect(await db(t).query(`SELECT company_a, company_b FROM connections`)).toEqual([
      { company_a: low, company_b: high },
    ]);
    expect(await emailOf(w.raj.token, w.julie.id)).toBe('julie@neovasc.test');
    expect(await emailOf(w.ann.token, w.julie.id)).toBe('julie@neovasc.test');
    const [told] = await notificationsOf(t, w.julie);
    expect(told.kind).toBe('MEETING_REQUEST_ACCEPTED');
    expect(told.message).toMatch(
      /^Raj Patel \(Lakeshore Clinical Research\) a accepté votre demande de rencontre : mardi 3 décembre 2030, 14 h 00 – 15 h 00 \(HNE\)\.$/,
    );
    const [email]: { subject: string; body: string }[] = await db(t).query(
      `SELECT subject, body FROM sent_emails WHERE kind = 'MEETING_REQUEST_ACCEPTED' AND to_address = 'julie@neovasc.test'`,
    );
    expect(email.subject).toBe('Rencontre confirmée avec Lakeshore Clinical Research');
    // The calendar link is a secret: withheld from the stored copy, put back only for delivery.
    expect(email.body).toContain('Ajouter à votre agenda : [redacted:icsUrl]');
    expect(email.body).not.toContain(forJulie.icsUrl);
    expect(email.body).toContain('Lieu : https://meet.example.org/neovasc');
  });

  it('answers a request only once', async () => {
    const again = await respond(t, w.ann, requestId, { accept: false });
    expect(again.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'CONFLICT', reason: 'REQUEST_ACCEPTED' }),
    );
  });

  it('serves the meeting as an ICS file each participant’s calendar reads, in their language', async () => {
    const forJulie = await fetchIcs(t, meeting.icsUrl);
    expect(forJulie.status).toBe(200);
    expect(forJulie.type).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(forJulie.text));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${meeting.id}@passerelle`);
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Rencontre avec Lakeshore Clinical Research · Passerelle');
    expect(event.startDate.toJSDate().toISOString()).toBe(after(26));
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.endDate.toJSDate().toISOString()).toBe(after(27));
    expect(event.organizer).toBe('mailto:julie@neovasc.test');
    expect(event.attendees.map((a) => a.getFirstValue()).sort()).toEqual([
      'mailto:julie@neovasc.test',
      'mailto:raj@lakeshore.test',
    ]);
    expect(forJulie.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const [forRaj] = await meetingsOf(t, w.raj.token);
    const rajEvent = new ICAL.Event(
      new ICAL.Component(ICAL.parse((await fetchIcs(t, forRaj.icsUrl)).text)).getFirstSubcomponent('vevent')!,
    );
    expect(rajEvent.uid).toBe(event.uid);
    expect(rajEvent.summary).toBe('Meeting with Néovasc Thérapeutique inc. · Passerelle');
  });

  it('gives each person a secret calendar feed to subscribe to, and refuses unknown or foreign links', async () => {
    const me = await t.gql<{ me: { calendarFeedUrl: string } }>(
      `{ me { calendarFeedUrl } }`,
      {},
      { token: w.raj.token },
    );
    const feedUrl = me.data!.me.calendarFeedUrl;
    expect(feedUrl).toMatch(new RegExp(`^${t.config.PUBLIC_URL}/calendar/[0-9a-f]{48}\\.ics$`));
    const feed = await fetchIcs(t, feedUrl);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Passerelle – my meetings');
    expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      `${meeting.id}@passerelle`,
    ]);

    const someoneElses = await t.gql<{ meetingRequest: { requester: { calendarFeedUrl: string | null } } }>(
      `query($id: ID!) { meetingRequest(id: $id) { requester { calendarFeedUrl } } }`,
      { id: requestId },
      { token: w.raj.token },
    );
    expect(someoneElses.data?.meetingRequest.requester.calendarFeedUrl).toBeNull();
    expect((await fetchIcs(t, `${t.config.PUBLIC_URL}/calendar/${'0'.repeat(48)}.ics`)).status).toBe(404);
    const noraFeed = (
      await t.gql<{ me: { calendarFeedUrl: string } }>(
        `{ me { calendarFeedUrl } }`,
        {},
        { token: w.nora.token },
      )
    ).data!.me.calendarFeedUrl;
    const noraToken = /calendar\/([0-9a-f]+)\.ics/.exec(noraFeed)![1];
    expect(
      (await fetchIcs(t, `${t.config.PUBLIC_URL}/calendar/${noraToken}/meetings/${meeting.id}.ics`)).status,
    ).toBe(404);
    const reset = await t.gql<{ resetCalendarFeedUrl: string }>(
      `mutation { resetCalendarFeedUrl }`,
      {},
      { token: w.nora.token },
    );
    expect(reset.data?.resetCalendarFeedUrl).not.toBe(noraFeed);
    expect((await fetchIcs(t, noraFeed)).status).toBe(404);
  });

  it('lets either side cancel with a reason: the others are told, calendars cancel it, the time frees up', async () => {
    const cancelled = await t.gql<{ cancelMeeting: { status: string; cancelReason: string } }>(
      `mutation($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { status cancelReason } }`,
      { id: meeting.id, reason: 'Conflit d’horaire' },
      { token: w.julie.token },
    );
    expect(cancelled.data?.cancelMeeting).toEqual({ status: 'CANCELLED', cancelReason: 'Conflit d’horaire' });
    const [told] = await notificationsOf(t, w.raj);
    expect(told).toEqual({
      kind: 'MEETING_CANCELLED',
      message: expect.stringMatching(
        /^Julie Tremblay from Néovasc Thérapeutique inc\. cancelled your meeting on Tuesday, December 3, 2030, 0?2:00 p\.m\. – 0?3:00 p\.m\. \(EST\)\. Reason: "Conflit d’horaire"$/,
      ),
    });
    expect((await notificationsOf(t, w.julie))[0].kind).toBe('MEETING_REQUEST_ACCEPTED');

    const file = await fetchIcs(t, meeting.icsUrl);
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(vevent.getFirstPropertyValue('uid')).toBe(`${meeting.id}@passerelle`);
    const feedUrl = (
      await t.gql<{ me: { calendarFeedUrl: string } }>(
        `{ me { calendarFeedUrl } }`,
        {},
        { token: w.raj.token },
      )
    ).data!.me.calendarFeedUrl;
    expect(
      new ICAL.Component(ICAL.parse((await fetchIcs(t, feedUrl)).text)).getAllSubcomponents('vevent'),
    ).toEqual([]);

    expect(await db(t).query(`SELECT * FROM connections`)).toEqual([]);
    expect(await emailOf(w.raj.token, w.julie.id)).toBe('j•••@neovasc.test');
    const twice = await t.gql(
      `mutation($id: ID!) { cancelMeeting(id: $id) { status } }`,
      { id: meeting.id },
      { token: w.raj.token },
    );
    expect(twice.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'CONFLICT', reason: 'MEETING_CANCELLED' }),
    );

    const again = await requestMeeting(t, w.julie, lakeshore, [range(26, 27)]);
    const rebooked = await respond(t, w.raj, again.id);
    expect(rebooked.data?.respondToMeetingRequest.meeting).toEqual(
      expect.objectContaining({ start: after(26), status: 'SCHEDULED' }),
    );
    requestId = again.id;
    meeting = (await meetingsOf(t, w.julie.token)).find((m) => m.status === 'SCHEDULED')!;
  });

  it('lists meetings by time window, cancelled ones included', async () => {
    expect((await meetingsOf(t, w.julie.token)).map((m) => m.status).sort()).toEqual([
      'CANCELLED',
      'SCHEDULED',
    ]);
    expect(await meetingsOf(t, w.julie.token, { from: after(30) })).toEqual([]);
    expect(await meetingsOf(t, w.ann.token)).toEqual([]);
    const colleagues = await t.gql<{ meetings: { id: string }[] }>(
      `{ meetings(company: true) { id } }`,
      {},
      { token: w.ann.token },
    );
    expect(colleagues.data?.meetings.map((m) => m.id)).toEqual(
      (await meetingsOf(t, w.raj.token)).map((m) => m.id),
    );
    expect(await meetingsOf(t, w.julie.token, { from: after(-1), to: after(26) })).toEqual([]);
    const bad = await t.gql(
      `{ meetings(from: "2030-12-05T00:00:00Z", to: "2030-12-04T00:00:00Z") { id } }`,
      {},
      {
        token: w.julie.token,
      },
    );
    expect(bad.errors?.[0].extensions.fields).toEqual([{ path: 'to', message: 'doit être après « from ».' }]);
  });

  it('records each company’s outcome after the meeting, privately; a useful meeting keeps the pair connected', async () => {
    const OUTCOME = `mutation($id: ID!, $input: MeetingOutcomeInput!) {
      recordMeetingOutcome(meetingId: $id, input: $input) { useful followUpPlanned partnershipDiscussed noShow note recordedBy { name } } }`;
    const early = await t.gql(OUTCOME, { id: meeting.id, input: { useful: true } }, { token: w.julie.token });
    expect(early.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'CONFLICT', reason: 'MEETING_NOT_HELD' }),
    );
    clock.set(after(27.5));
    const julie = await t.gql(
      OUTCOME,
      {
        id: meeting.id,
        input: {
          useful: true,
          followUpPlanned: true,
          partnershipDiscussed: true,
          note: 'Envoyer le protocole.',
        },
      },
      { token: w.julie.token },
    );
    expect(julie.data?.recordMeetingOutcome).toEqual({
      useful: true,
      followUpPlanned: true,
      partnershipDiscussed: true,
      noShow: false,
      note: 'Envoyer le protocole.',
      recordedBy: { name: 'Julie Tremblay' },
    });
    await t.gql(
      OUTCOME,
      { id: meeting.id, input: { useful: false, note: 'Pas pour nous' } },
      { token: w.ann.token },
    );
    const own = await t.gql<{ meeting: { outcome: { note: string; useful: boolean } } }>(
      `query($id: ID!) { meeting(id: $id) { outcome { useful note } } }`,
      { id: meeting.id },
      { token: w.raj.token },
    );
    expect(own.data?.meeting.outcome).toEqual({ useful: false, note: 'Pas pour nous' });
    expect(await db(t).query(`SELECT count(*)::int AS n FROM connections`)).toEqual([{ n: 1 }]);

    await t.gql(
      OUTCOME,
      { id: meeting.id, input: { useful: false, noShow: true } },
      { token: w.julie.token },
    );
    expect(await db(t).query(`SELECT count(*)::int AS n FROM connections`)).toEqual([{ n: 0 }]);
    const rows = await db(t).query(
      `SELECT company_id, useful, no_show FROM meeting_outcomes ORDER BY company_id`,
    );
    expect(rows).toHaveLength(2);
  });
});

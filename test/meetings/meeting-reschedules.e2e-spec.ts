import ICAL from 'ical.js';
import {
  after,
  db,
  fetchIcs,
  meetingWorld,
  notificationsOf,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
  type Person,
} from './meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MEETING = `id start end status icsUrl
  pendingReschedule { id status message canAnswer slots { start end } proposedBy { name } }`;

interface Moved {
  id: string;
  start: string;
  end: string;
  status: string;
  icsUrl: string;
  pendingReschedule: {
    id: string;
    status: string;
    message: string | null;
    canAnswer: boolean;
    slots: { start: string; end: string }[];
    proposedBy: { name: string } | null;
  } | null;
}

describe('moving a scheduled meeting to another time', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let lakeshore: string;
  let northern: string;
  let meetingId: string;

  const propose = (by: Person, id: string, slots: { start: string; end: string }[], message?: string) =>
    t.gql<{ proposeMeetingReschedule: Moved }>(
      `mutation($id: ID!, $slots: [TimeRangeInput!]!, $message: String) {
         proposeMeetingReschedule(meetingId: $id, slots: $slots, message: $message) { ${MEETING} } }`,
      { id, slots, message },
      { token: by.token },
    );
  const answer = (by: Person, id: string, accept: boolean, slot?: { start: string; end: string }) =>
    t.gql<{ respondToMeetingReschedule: Moved }>(
      `mutation($id: ID!, $accept: Boolean!, $slot: TimeRangeInput) {
         respondToMeetingReschedule(id: $id, accept: $accept, slot: $slot) { ${MEETING} } }`,
      { id, accept, slot },
      { token: by.token },
    );
  const withdraw = (by: Person, id = meetingId) =>
    t.gql<{ withdrawMeetingReschedule: Moved }>(
      `mutation($id: ID!) { withdrawMeetingReschedule(meetingId: $id) { ${MEETING} } }`,
      { id },
      { token: by.token },
    );
  const meetingAs = async (who: Person, id = meetingId) => {
    const response = await t.gql<{ meeting: Moved | null }>(
      `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
      { id },
      { token: who.token },
    );
    return response.data!.meeting;
  };
  const book = async (from: Person, to: string, by: Person, slot: { start: string; end: string }) => {
    const request = await requestMeeting(t, from, to, [slot]);
    const accepted = await respond(t, by, request.id);
    return accepted.data!.respondToMeetingRequest.meeting!.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    new TestClock([t.app], T0);
    lakeshore = w.ids.get('LSO-0310')!;
    northern = w.ids.get('LSO-0877')!;
    meetingId = await book(w.julie, lakeshore, w.ann, range(24, 24.5));
  });
  afterAll(() => t.close());

  it('proposes new times that the other company sees and hears of, in its language', async () => {
    const proposed = await propose(w.julie, meetingId, [range(48, 48.5), range(50, 51)], 'Un imprévu mardi.');
    expect(proposed.errors).toBeUndefined();
    const mine = proposed.data!.proposeMeetingReschedule;
    expect(mine.start).toBe(after(24));
    expect(mine.pendingReschedule).toEqual(
      expect.objectContaining({
        status: 'OPEN',
        message: 'Un imprévu mardi.',
        canAnswer: false,
        slots: [range(48, 48.5), range(50, 51)],
        proposedBy: { name: 'Julie Tremblay' },
      }),
    );
    expect((await meetingAs(w.ann))!.pendingReschedule?.canAnswer).toBe(true);
    expect((await notificationsOf(t, w.ann))[0]).toEqual({
      kind: 'MEETING_RESCHEDULE_PROPOSED',
      message: expect.stringMatching(
        /^Julie Tremblay from Néovasc .* proposes a new time for your meeting on /,
      ),
    });
  });

  it('refuses a second open proposal, the proposer’s own answer and people of other companies', async () => {
    const second = await propose(w.ann, meetingId, [range(70, 70.5)]);
    expect(second.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'CONFLICT', reason: 'RESCHEDULE_OPEN' }),
    );
    const proposalId = (await meetingAs(w.julie))!.pendingReschedule!.id;
    const own = await answer(w.marc, proposalId, true, range(48, 48.5));
    expect(own.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'OWN_RESCHEDULE' }),
    );
    expect((await propose(w.nora, meetingId, [range(70, 70.5)])).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await answer(w.nora, proposalId, true)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unchosen = await answer(w.ann, proposalId, true);
    expect(unchosen.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'choose one of the proposed ranges, or give one of your own.' },
    ]);
    const other = await answer(w.ann, proposalId, true, range(60, 60.5));
    expect(other.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'must be one of the proposed ranges.' },
    ]);
  });

  it('moves the meeting on acceptance: new time, higher calendar sequence, both told', async () => {
    const proposalId = (await meetingAs(w.ann))!.pendingReschedule!.id;
    const accepted = await answer(w.ann, proposalId, true, range(50, 51));
    expect(accepted.errors).toBeUndefined();
    const moved = accepted.data!.respondToMeetingReschedule;
    expect(moved).toEqual(
      expect.objectContaining({
        start: after(50),
        end: after(51),
        status: 'SCHEDULED',
        pendingReschedule: null,
      }),
    );
    const calendar = new ICAL.Component(ICAL.parse((await fetchIcs(t, moved.icsUrl)).text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe(after(50));
    const [toJulie] = await notificationsOf(t, w.julie);
    expect(toJulie.kind).toBe('MEETING_RESCHEDULED');
    expect(toJulie.message).toMatch(
      /^Votre rencontre avec Lakeshore Clinical Research est déplacée : mercredi 4 décembre 2030/,
    );
    expect((await notificationsOf(t, w.ann))[0].kind).toBe('MEETING_RESCHEDULED');
    const [email] = await db(t).query(
      `SELECT subject, body FROM sent_emails WHERE kind = 'MEETING_RESCHEDULED' AND to_address = $1`,
      [w.julie.email],
    );
    expect(email.subject).toBe('Rencontre déplacée avec Lakeshore Clinical Research');
    expect(email.body).toMatch(/Quand : mercredi 4 décembre 2030/);
    expect(email.body).toContain('Ajouter à votre agenda : [redacted:icsUrl]');
    const seats = await db(t).query(
      `SELECT lower(period) AS starts FROM meeting_participants WHERE meeting_id = $1 AND active`,
      [meetingId],
    );
    expect(seats.map((s: { starts: Date }) => s.starts.toISOString())).toEqual([after(50), after(50)]);
    expect((await answer(w.ann, proposalId, true, range(50, 51))).errors?.[0].extensions.code).toBe(
      'CONFLICT',
    );
  });

  it('leaves the meeting as it was when the other side declines, and tells the proposer', async () => {
    const proposed = await propose(w.ann, meetingId, [range(72, 72.5)]);
    const proposalId = proposed.data!.proposeMeetingReschedule.pendingReschedule!.id;
    const declined = await answer(w.julie, proposalId, false);
    expect(declined.data!.respondToMeetingReschedule).toEqual(
      expect.objectContaining({ start: after(50), end: after(51), pendingReschedule: null }),
    );
    expect((await notificationsOf(t, w.ann))[0]).toEqual({
      kind: 'MEETING_RESCHEDULE_DECLINED',
      message: expect.stringMatching(
        /^Julie Tremblay from Néovasc .* declined the proposed new time; the meeting stays on /,
      ),
    });
  });

  it('lets the proposer’s company withdraw its proposal, tells the other side, and refuses anyone else', async () => {
    const none = await withdraw(w.ann);
    expect(none.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND', reason: 'NO_OPEN_RESCHEDULE' }),
    );
    expect(none.errors?.[0].message).toBe(
      'No new time is waiting for an answer for this meeting: there is nothing to withdraw.',
    );
    const proposed = await propose(w.ann, meetingId, [range(80, 80.5)]);
    const proposalId = proposed.data!.proposeMeetingReschedule.pendingReschedule!.id;
    const answerer = await withdraw(w.julie);
    expect(answerer.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_OWN_RESCHEDULE' }),
    );
    expect(answerer.errors?.[0].message).toBe(
      'Seule l’entreprise qui a proposé ce nouvel horaire peut le retirer ; vous pouvez l’accepter ou le décliner.',
    );
    expect((await withdraw(w.nora)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await withdraw(w.staff)).errors?.[0].extensions.reason).toBe('NOT_A_PARTY');

    // Raj did not propose it, but his company did.
    const withdrawn = await withdraw(w.raj);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawMeetingReschedule).toEqual(
      expect.objectContaining({ start: after(50), end: after(51), pendingReschedule: null }),
    );
    expect((await meetingAs(w.julie))!.pendingReschedule).toBeNull();
    expect((await notificationsOf(t, w.julie))[0]).toEqual({
      kind: 'MEETING_RESCHEDULE_WITHDRAWN',
      message: expect.stringMatching(
        /^Raj Patel \(Lakeshore Clinical Research\) a retiré le nouvel horaire proposé ; la rencontre reste le mercredi 4 décembre 2030/,
      ),
    });
    expect((await notificationsOf(t, w.ann))[0].kind).not.toBe('MEETING_RESCHEDULE_WITHDRAWN');
    const [email] = await db(t).query(
      `SELECT subject FROM sent_emails WHERE kind = 'MEETING_RESCHEDULE_WITHDRAWN' AND to_address = $1`,
      [w.julie.email],
    );
    expect(email.subject).toBe('Nouvel horaire retiré par Lakeshore Clinical Research');
    expect((await answer(w.julie, proposalId, true)).errors?.[0].extensions.reason).toBe('RESCHEDULE_CLOSED');
    expect((await withdraw(w.raj)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a time when someone is busy, naming the field, at proposal and again at acceptance', async () => {
    await book(w.julie, northern, w.nora, range(30, 31));
    const busy = await propose(w.ann, meetingId, [range(30, 30.5)]);
    expect(busy.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(busy.errors?.[0].extensions.fields).toEqual([
      { path: 'slots[0]', message: 'overlaps a meeting of Julie Tremblay.' },
    ]);
    expect((await meetingAs(w.ann))!.pendingReschedule).toBeNull();

    const proposed = await propose(w.ann, meetingId, [range(90, 90.5)]);
    const proposalId = proposed.data!.proposeMeetingReschedule.pendingReschedule!.id;
    await book(w.julie, northern, w.nora, range(90, 91));
    const late = await answer(w.julie, proposalId, true);
    expect(late.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'chevauche une de vos rencontres.' },
    ]);
    expect((await meetingAs(w.julie))!.start).toBe(after(50));
  });

  it('leaves the meetings of an event’s grid or a trade mission to their organizers', async () => {
    const missionMeeting = await book(w.marc, lakeshore, w.raj, range(120, 120.5));
    await db(t).query(`UPDATE meetings SET kind = 'MISSION' WHERE id = $1`, [missionMeeting]);
    const refused = await propose(w.marc, missionMeeting, [range(121, 121.5)]);
    expect(refused.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'CONFLICT', reason: 'NOT_MOVABLE' }),
    );
    expect(refused.errors?.[0].message).toMatch(/^Cette rencontre fait partie de l’horaire d’un événement/);
  });

  it('keeps one open proposal when both sides propose at the same moment, and one answer when both answer', async () => {
    const raced = await book(w.marc, lakeshore, w.raj, range(140, 140.5));
    const both = await Promise.all([
      propose(w.marc, raced, [range(141, 141.5)]),
      propose(w.raj, raced, [range(142, 142.5)]),
    ]);
    expect(both.map((r) => r.errors?.[0].extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const proposal = (await meetingAs(w.marc, raced))!.pendingReschedule!;
    const answerer = proposal.canAnswer ? w.marc : w.raj;
    const colleague = answerer === w.marc ? w.julie : w.ann;
    const answers = await Promise.all([
      answer(answerer, proposal.id, true),
      answer(colleague, proposal.id, false),
    ]);
    expect(answers.map((r) => r.errors?.[0].extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await db(t).query(
      `SELECT count(*)::int AS n FROM meeting_reschedules WHERE meeting_id = $1 AND status <> 'OPEN'`,
      [raced],
    );
    expect(n).toBe(1);
  });

  it('withdraws the open proposal when the meeting is cancelled', async () => {
    const proposalId = (await meetingAs(w.julie))!.pendingReschedule!.id;
    const cancelled = await t.gql(
      `mutation($id: ID!) { cancelMeeting(id: $id) { id } }`,
      { id: meetingId },
      {
        token: w.ann.token,
      },
    );
    expect(cancelled.errors).toBeUndefined();
    expect((await meetingAs(w.julie))!.pendingReschedule).toBeNull();
    const [row] = await db(t).query(`SELECT status FROM meeting_reschedules WHERE id = $1`, [proposalId]);
    expect(row.status).toBe('WITHDRAWN');
    expect((await answer(w.julie, proposalId, true)).errors?.[0].extensions.code).toBe('CONFLICT');
  });
});

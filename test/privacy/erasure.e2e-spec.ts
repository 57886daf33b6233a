import {
  db,
  meetingWorld,
  notificationsOf,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
} from '../meetings/meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { whereFound } from './words-found.js';

/** Erasure (Law 25): nothing the person wrote, nor their name or email, is left anywhere. */
describe('erasing an account', () => {
  let t: TestApp;
  let w: MeetingWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    new TestClock([t.app], T0);
  });
  afterAll(() => t.close());

  it('leaves none of their name, email or texts in any table, and others read "Former participant"', async () => {
    const neovasc = w.ids.get('BQ-1042')!;
    const lakeshore = w.ids.get('LSO-0310')!;
    const texts = {
      message: 'Zebulon message about phase two trials',
      location: 'Zebulon boardroom, 5th floor',
      cancel: 'Zebulon cancels: travel conflict',
      decline: 'Zebulon declines: not our field',
      withdraw: 'Zebulon withdraws: budget frozen',
      dismiss: 'Zebulon dismisses: already partners',
      reschedule: 'Zebulon asks to move: board meeting moved',
    };
    const met = await requestMeeting(t, w.raj, neovasc, [range(26, 27)], {
      message: texts.message,
      location: texts.location,
    });
    const accepted = await respond(t, w.julie, met.id, { slot: range(26, 27) });
    const meetingId = accepted.data!.respondToMeetingRequest.meeting!.id;
    const proposed = await t.gql(
      `mutation($id: ID!, $slots: [TimeRangeInput!]!, $message: String) {
         proposeMeetingReschedule(meetingId: $id, slots: $slots, message: $message) { id } }`,
      { id: meetingId, slots: [range(28, 29)], message: texts.reschedule },
      { token: w.raj.token },
    );
    expect(proposed.errors).toBeUndefined();
    const cancelled = await t.gql(
      `mutation($id: ID!, $reason: String) { cancelMeeting(id: $id, reason: $reason) { status } }`,
      { id: meetingId, reason: texts.cancel },
      { token: w.raj.token },
    );
    expect(cancelled.errors).toBeUndefined();
    const toRaj = await requestMeeting(t, w.julie, lakeshore, [range(30, 31)]);
    const declined = await respond(t, w.raj, toRaj.id, { accept: false, reason: texts.decline });
    expect(declined.errors).toBeUndefined();
    const withdrawn = await requestMeeting(t, w.raj, neovasc, [range(34, 35)]);
    const cancelRequest = await t.gql(
      `mutation($id: ID!, $reason: String) { cancelMeetingRequest(id: $id, reason: $reason) { status } }`,
      { id: withdrawn.id, reason: texts.withdraw },
      { token: w.raj.token },
    );
    expect(cancelRequest.errors).toBeUndefined();
    const dismissed = await t.gql(
      `mutation($partnerId: ID!, $reason: String) { dismissSuggestion(partnerId: $partnerId, reason: $reason) }`,
      { partnerId: w.ids.get('BQ-0007'), reason: texts.dismiss },
      { token: w.raj.token },
    );
    expect(dismissed.errors).toBeUndefined();

    const mine = await t.gql<{ myData: { meetingsCancelled: { cancel_reason: string }[] } }>(
      '{ myData }',
      {},
      { token: w.raj.token },
    );
    expect(mine.data?.myData.meetingsCancelled).toEqual([
      expect.objectContaining({ cancel_reason: texts.cancel }),
    ]);
    const words = [w.raj.name, w.raj.email, ...Object.values(texts)];
    // The scan sees them before erasure: it would notice what erasure forgets.
    expect(await whereFound(db(t), words)).toEqual(
      expect.arrayContaining(['notifications.params', 'sent_emails.body', 'users.email', 'users.name']),
    );

    const erased = await t.gql('mutation { deleteMyAccount }', {}, { token: w.raj.token });
    expect(erased.errors).toBeUndefined();
    expect(await whereFound(db(t), words)).toEqual([]);
    const julieReads = (await notificationsOf(t, w.julie)).map((n) => n.message).join('\n');
    expect(julieReads).toContain('Ancien participant (Lakeshore Clinical Research) a annulé');
    expect(julieReads).not.toContain('Zebulon');
  });
});

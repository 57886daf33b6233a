import {
  after,
  meetingWorld,
  notificationsOf,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
} from './meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The other answers to a request: declining, withdrawing it, and accepting a time of one's own. */
describe('answering meeting requests', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let lakeshore: string;
  let neovasc: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    new TestClock([t.app], T0);
    lakeshore = w.ids.get('LSO-0310')!;
    neovasc = w.ids.get('BQ-1042')!;
    await t.gql(
      `mutation($weekly: [WeeklyRangeInput!]) { setAvailability(slots: [], weekly: $weekly, timeZone: "America/Montreal") { start } }`,
      {
        weekly: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
          day,
          start: '09:00',
          end: '17:00',
        })),
      },
      { token: w.julie.token },
    );
  });
  afterAll(() => t.close());

  it('lets the receiving company decline with a reason, which the requester reads', async () => {
    const request = await requestMeeting(t, w.nora, neovasc, [range(48, 49)]);
    const declined = await t.gql<{ respondToMeetingRequest: { status: string; reason: string } }>(
      `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: false, reason: "Not our focus this year") { status reason } }`,
      { id: request.id },
      { token: w.marc.token },
    );
    expect(declined.errors).toBeUndefined();
    expect(declined.data?.respondToMeetingRequest).toEqual({
      status: 'DECLINED',
      reason: 'Not our focus this year',
    });
    expect((await notificationsOf(t, w.nora))[0]).toEqual({
      kind: 'MEETING_REQUEST_DECLINED',
      message: 'Néovasc Thérapeutique inc. declined your meeting request. Reason: "Not our focus this year"',
    });
  });

  it('lets the requester withdraw a waiting request, and nobody else', async () => {
    const request = await requestMeeting(t, w.nora, lakeshore, [range(50, 51)]);
    const CANCEL = `mutation($id: ID!) { cancelMeetingRequest(id: $id, reason: "Plans changed") { status reason } }`;
    const byRecipient = await t.gql(CANCEL, { id: request.id }, { token: w.raj.token });
    expect(byRecipient.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_REQUESTER' }),
    );
    const byOutsider = await t.gql(CANCEL, { id: request.id }, { token: w.julie.token });
    expect(byOutsider.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const withdrawn = await t.gql(CANCEL, { id: request.id }, { token: w.nora.token });
    expect(withdrawn.data?.cancelMeetingRequest).toEqual({ status: 'CANCELLED', reason: 'Plans changed' });
    expect((await notificationsOf(t, w.ann))[0]).toEqual({
      kind: 'MEETING_REQUEST_CANCELLED',
      message:
        'Nora Hill from Northern Light Ventures withdrew their meeting request. Reason: "Plans changed"',
    });
    const accept = await respond(t, w.ann, request.id);
    expect(accept.errors?.[0].extensions.reason).toBe('REQUEST_CANCELLED');
  });

  it('accepts a range of the recipient’s own only within both people’s availability', async () => {
    const request = await requestMeeting(t, w.julie, w.ids.get('LSO-0877')!, [range(48, 49)]);
    // 20:00 in Montréal is outside Julie's working hours.
    const outside = await respond(t, w.nora, request.id, { slot: range(56, 57) });
    expect(outside.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'is outside the availability of Julie Tremblay.' },
    ]);
    await t.gql(
      `mutation { setAvailability(slots: [{ start: "${after(44)}", end: "${after(47)}" }]) { start } }`,
      {},
      {
        token: w.nora.token,
      },
    );
    const notNora = await respond(t, w.nora, request.id, { slot: range(48, 49) });
    expect(notNora.errors?.[0].extensions.fields).toEqual([
      { path: 'slot', message: 'is outside your availability.' },
    ]);
    const own = await respond(t, w.nora, request.id, { slot: range(45, 45.5) });
    expect(own.data?.respondToMeetingRequest.meeting).toEqual(
      expect.objectContaining({ start: after(45), end: after(45.5) }),
    );
  });
});

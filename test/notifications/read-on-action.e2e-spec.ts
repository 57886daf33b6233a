import {
  meetingWorld,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
  type Person,
} from '../meetings/meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Seen {
  kind: string;
  readAt: string | null;
  meetingId: string | null;
  meetingRequestId: string | null;
}

describe('notifications are read once the person acts on what they are about', () => {
  let t: TestApp;
  let w: MeetingWorld;

  const notifications = async (who: Person): Promise<Seen[]> => {
    const response = await t.gql<{ notifications: { edges: { node: Seen }[] } }>(
      `{ notifications(first: 50) { edges { node { kind readAt meetingId meetingRequestId } } } }`,
      {},
      { token: who.token },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.notifications.edges.map((e) => e.node);
  };
  const about = async (who: Person, requestId: string) =>
    (await notifications(who)).filter((n) => n.meetingRequestId === requestId);

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    new TestClock([t.app], T0);
  });
  afterAll(() => t.close());

  it('accepting a request reads what told the person about it, and only for them', async () => {
    const request = await requestMeeting(t, w.julie, w.ids.get('LSO-0310')!, [range(48, 49)]);
    const other = await requestMeeting(t, w.nora, w.ids.get('BQ-1042')!, [range(50, 51)]);
    expect((await about(w.ann, request.id)).map((n) => n.readAt)).toEqual([null]);
    const colleagueBefore = await about(w.raj, request.id);

    const accepted = await respond(t, w.ann, request.id);
    expect(accepted.data?.respondToMeetingRequest.status).toBe('ACCEPTED');
    expect((await about(w.ann, request.id)).every((n) => n.readAt !== null)).toBe(true);
    // Raj did nothing: whatever he was told stays as it was.
    expect(await about(w.raj, request.id)).toEqual(colleagueBefore);
    // Julie's notice of another request is still unread.
    expect((await about(w.julie, other.id)).map((n) => n.readAt)).toEqual([null]);

    // Julie is told her request was accepted; cancelling the meeting reads that.
    const told = await about(w.julie, request.id);
    expect(told.some((n) => n.readAt === null)).toBe(true);
    const meetingId = accepted.data!.respondToMeetingRequest.meeting!.id;
    const cancelled = await t.gql(
      `mutation($id: ID!) { cancelMeeting(id: $id) { status } }`,
      { id: meetingId },
      { token: w.julie.token },
    );
    expect(cancelled.data).toEqual({ cancelMeeting: { status: 'CANCELLED' } });
    const afterCancel = (await notifications(w.julie)).filter(
      (n) => n.meetingRequestId === request.id || n.meetingId === meetingId,
    );
    expect(afterCancel.every((n) => n.readAt !== null)).toBe(true);
    // Ann is told of the cancellation: unread until she acts or reads it.
    const annTold = (await notifications(w.ann)).filter(
      (n) => n.meetingId === meetingId && n.kind.includes('CANCEL'),
    );
    expect(annTold.map((n) => n.readAt)).toEqual([null]);
  });

  it('declining a request reads what told the person about it', async () => {
    const request = await requestMeeting(t, w.raj, w.ids.get('BQ-1042')!, [range(72, 73)]);
    expect((await about(w.marc, request.id)).map((n) => n.readAt)).toEqual([null]);
    const declined = await respond(t, w.marc, request.id, { accept: false, reason: 'Pas maintenant' });
    expect(declined.data?.respondToMeetingRequest.status).toBe('DECLINED');
    expect((await about(w.marc, request.id)).every((n) => n.readAt !== null)).toBe(true);
  });
});

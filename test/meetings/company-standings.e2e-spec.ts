import {
  meetingWorld,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
} from './meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const STANDINGS = `query($ids: [ID!]!) { meetingsWithCompanies(companyIds: $ids) {
  companyId pendingRequest { id direction status } nextMeeting { id start end status } } }`;

interface Standing {
  companyId: string;
  pendingRequest: { id: string; direction: string; status: string } | null;
  nextMeeting: { id: string; start: string; end: string; status: string } | null;
}

// Where a company stands with a page of others is one statement (CompanyRelationsRepository):
// the latest request waiting either way and the soonest meeting not over, per company asked.
describe('where a company stands with a list of companies', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let clock: TestClock;
  let neovasc: string;
  let lakeshore: string;
  let northern: string;
  let cardiowave: string;

  const standings = async (token: string, ids: string[]) => {
    const response = await t.gql<{ meetingsWithCompanies: Standing[] }>(STANDINGS, { ids }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.meetingsWithCompanies;
  };
  const cancel = (token: string, id: string) =>
    t.gql(`mutation($id: ID!) { cancelMeeting(id: $id, reason: "Plus tard") { status } }`, { id }, { token });

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    clock = new TestClock([t.app], T0);
    neovasc = w.ids.get('BQ-1042')!;
    lakeshore = w.ids.get('LSO-0310')!;
    northern = w.ids.get('LSO-0877')!;
    cardiowave = w.ids.get('LSO-0450')!;
  });
  afterAll(() => t.close());

  it('answers each company asked, in order and repeated, with the request waiting and the soonest meeting to come', async () => {
    const outgoing = await requestMeeting(t, w.julie, lakeshore, [range(24, 25)]);
    const later = await requestMeeting(t, w.nora, neovasc, [range(50, 51)]);
    const laterMeeting = (await respond(t, w.marc, later.id, { slot: range(50, 51) })).data!
      .respondToMeetingRequest.meeting!;
    const sooner = await requestMeeting(t, w.nora, neovasc, [range(28, 29)]);
    const soonerMeeting = (await respond(t, w.julie, sooner.id, { slot: range(28, 29) })).data!
      .respondToMeetingRequest.meeting!;
    const cancelled = await requestMeeting(t, w.nora, neovasc, [range(26, 27)]);
    const cancelledMeeting = (await respond(t, w.julie, cancelled.id, { slot: range(26, 27) })).data!
      .respondToMeetingRequest.meeting!;
    expect((await cancel(w.julie.token, cancelledMeeting.id)).errors).toBeUndefined();
    const incoming = await requestMeeting(t, w.nora, neovasc, [range(74, 75)]);

    const asked = [northern, lakeshore, neovasc, cardiowave, northern];
    const forJulie = await standings(w.julie.token, asked);
    expect(forJulie).toEqual([
      {
        companyId: northern,
        pendingRequest: { id: incoming.id, direction: 'INCOMING', status: 'PENDING' },
        nextMeeting: {
          id: soonerMeeting.id,
          start: soonerMeeting.start,
          end: soonerMeeting.end,
          status: 'SCHEDULED',
        },
      },
      {
        companyId: lakeshore,
        pendingRequest: { id: outgoing.id, direction: 'OUTGOING', status: 'PENDING' },
        nextMeeting: null,
      },
      { companyId: neovasc, pendingRequest: null, nextMeeting: null },
      { companyId: cardiowave, pendingRequest: null, nextMeeting: null },
      forJulie[0],
    ]);
    // The other side sees the same request the other way, and the same meeting.
    const [forNora] = await standings(w.nora.token, [neovasc]);
    expect(forNora.pendingRequest).toEqual({ id: incoming.id, direction: 'OUTGOING', status: 'PENDING' });
    expect(forNora.nextMeeting?.id).toBe(soonerMeeting.id);
    // A company not asked about, staff and nobody's company: nothing.
    expect(await standings(w.ann.token, [northern])).toEqual([
      { companyId: northern, pendingRequest: null, nextMeeting: null },
    ]);
    expect(await standings(w.staff.token, [northern, lakeshore])).toEqual([
      { companyId: northern, pendingRequest: null, nextMeeting: null },
      { companyId: lakeshore, pendingRequest: null, nextMeeting: null },
    ]);
    expect(await standings(w.julie.token, [])).toEqual([]);

    // Once the sooner meeting is over, the later one is next; once that one is over, none.
    clock.set(new Date(Date.parse(soonerMeeting.end) + 1000));
    expect((await standings(w.julie.token, [northern]))[0].nextMeeting?.id).toBe(laterMeeting.id);
    clock.set(new Date(Date.parse(laterMeeting.end)));
    expect((await standings(w.julie.token, [northern]))[0].nextMeeting).toBeNull();
  });
});

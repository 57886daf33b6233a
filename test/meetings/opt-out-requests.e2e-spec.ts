import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  meetingWorld,
  range,
  requestMeeting,
  T0,
  TestClock,
  type MeetingWorld,
} from './meetings-fixtures.js';

const SEEN = `query($id: ID!) { meetingRequest(id: $id) { status
  fromCompany { name city website description sectors { code } memberships { association } } } }`;

interface Seen {
  meetingRequest: {
    status: string;
    fromCompany: {
      name: string;
      city: string | null;
      website: string | null;
      description: string | null;
      sectors: { code: string }[];
      memberships: { association: string }[];
    };
  };
}

describe('a meeting request from a company that opts out of matchmaking', () => {
  let t: TestApp;
  let w: MeetingWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    new TestClock([t.app], T0);
  });
  afterAll(() => t.close());

  it('lapses at once, and shows the receiver the requester’s name only', async () => {
    const request = await requestMeeting(t, w.julie, w.ids.get('LSO-0310')!, [range(24, 24.5)]);
    const before = await t.gql<Seen>(SEEN, { id: request.id }, { token: w.ann.token });
    expect(before.data?.meetingRequest.fromCompany.sectors.length).toBeGreaterThan(0);

    const optOut = await t.gql(
      `mutation($c: ID!) { updateCompanyProfile(companyId: $c, input: { matchmakingOptIn: false }) { id } }`,
      { c: w.ids.get('BQ-1042') },
      { token: w.julie.token },
    );
    expect(optOut.errors).toBeUndefined();

    const after = await t.gql<Seen>(SEEN, { id: request.id }, { token: w.ann.token });
    expect(after.data?.meetingRequest).toEqual({
      status: 'EXPIRED',
      fromCompany: {
        name: before.data!.meetingRequest.fromCompany.name,
        city: null,
        website: null,
        description: null,
        sectors: [],
        memberships: [],
      },
    });
    // Its own people still see their whole profile.
    const own = await t.gql<Seen>(SEEN, { id: request.id }, { token: w.julie.token });
    expect(own.data?.meetingRequest.fromCompany).toEqual(before.data!.meetingRequest.fromCompany);
  });
});

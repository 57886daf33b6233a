import type { AddressInfo } from 'node:net';
import { TokenService } from '../../libs/auth/src/token.service.js';
import { after, db, person, T0, TestClock, type Person } from './meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const COMPETITORS = 200;
const RESPOND = `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: true) { status meeting { id } } }`;

interface Outcome {
  accepted: boolean;
  code?: string;
  reason?: string;
  message?: string;
}

/**
 * 200 acceptances racing for one person's time, over real HTTP against the real database: the
 * exclusion constraint lets exactly one meeting through and every other call gets a clean CONFLICT.
 */
describe('no one is ever in two meetings at once', () => {
  let t: TestApp;
  let url: string;
  let hub: { companyId: string; person: Person };
  let rivals: { companyId: string; userId: string; token: string }[];

  async function call(token: string, id: string): Promise<Outcome> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: RESPOND, variables: { id } }),
    });
    const body = (await response.json()) as {
      data?: { respondToMeetingRequest: { status: string } };
      errors?: { message: string; extensions: { code: string; reason?: string } }[];
    };
    if (body.data?.respondToMeetingRequest)
      return { accepted: body.data.respondToMeetingRequest.status === 'ACCEPTED' };
    const error = body.errors![0];
    return {
      accepted: false,
      code: error.extensions.code,
      reason: error.extensions.reason,
      message: error.message,
    };
  }

  /** Pending requests, as if each had been sent through the API (quotas are another test's concern). */
  async function pendingRequests(
    pairs: { from: string; to: string; requester: string }[],
    at: number,
  ): Promise<string[]> {
    const rows: { id: string }[] = await db(t).query(
      `INSERT INTO meeting_requests (from_company_id, to_company_id, requester_id, proposed_slots, expires_at, created_at, updated_at)
       SELECT f, tt, r, $4::jsonb, $5::timestamptz + interval '14 days', $5, $5
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS x(f, tt, r)
       RETURNING id`,
      [
        pairs.map((p) => p.from),
        pairs.map((p) => p.to),
        pairs.map((p) => p.requester),
        JSON.stringify([{ start: after(at), end: after(at + 0.5) }]),
        T0,
      ],
    );
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    t = await startTestApp();
    new TestClock([t.app], T0);
    const server = await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const [{ id: hubId }] = await db(t).query(
      `INSERT INTO companies (name, province, languages, matchmaking_opt_in) VALUES ('Hub Bio', 'QC', '{fr}', true) RETURNING id`,
    );
    hub = {
      companyId: hubId,
      person: await person(t, {
        email: 'hub@hub.test',
        name: 'Hélène Hub',
        role: 'MEMBER',
        locale: 'en',
        companyId: hubId,
      }),
    };
    const companies: { id: string }[] = await db(t).query(
      `INSERT INTO companies (name, province, languages, matchmaking_opt_in)
       SELECT 'Rival ' || i, 'ON', '{en}', true FROM generate_series(1, $1) AS i RETURNING id`,
      [COMPETITORS],
    );
    const users: { id: string; company_id: string }[] = await db(t).query(
      `INSERT INTO users (email, name, role, company_id, locale)
       SELECT 'rival' || n || '@rival.test', 'Rival person ' || n, 'MEMBER', c, 'en'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(c, n) RETURNING id, company_id`,
      [companies.map((c) => c.id)],
    );
    const tokens = t.app.get(TokenService);
    rivals = users.map((u) => ({
      companyId: u.company_id,
      userId: u.id,
      token: tokens.issueAccessToken(u.id, 0),
    }));
  });
  afterAll(() => t.close());

  async function expectOneMeeting(requestIds: string[], outcomes: Outcome[]) {
    expect(outcomes.filter((o) => o.accepted)).toHaveLength(1);
    const refused = outcomes.filter((o) => !o.accepted);
    expect(refused).toHaveLength(COMPETITORS - 1);
    const statuses: { status: string; n: number }[] = await db(t).query(
      `SELECT status, count(*)::int AS n FROM meeting_requests WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
      [requestIds],
    );
    expect(statuses).toEqual([
      { status: 'ACCEPTED', n: 1 },
      { status: 'PENDING', n: COMPETITORS - 1 },
    ]);
    const meetings: { n: number; seats: number }[] = await db(t).query(
      `SELECT count(DISTINCT m.id)::int AS n, count(p.*)::int AS seats FROM meetings m
         JOIN meeting_participants p ON p.meeting_id = m.id WHERE m.request_id = ANY($1::uuid[])`,
      [requestIds],
    );
    expect(meetings).toEqual([{ n: 1, seats: 2 }]);
    return refused;
  }

  it(`gives the person being asked exactly one meeting out of ${COMPETITORS} simultaneous acceptances`, async () => {
    const ids = await pendingRequests(
      rivals.map((r) => ({ from: r.companyId, to: hub.companyId, requester: r.userId })),
      24,
    );
    const started = performance.now();
    const outcomes = await Promise.all(ids.map((id) => call(hub.person.token, id)));
    const elapsed = performance.now() - started;
    const refused = await expectOneMeeting(ids, outcomes);
    expect(new Set(refused.map((o) => `${o.code}/${o.reason}/${o.message}`))).toEqual(
      new Set(['CONFLICT/YOU_ARE_BUSY/You already have a meeting at that time.']),
    );
    expect(await db(t).query(`SELECT count(*)::int AS n FROM connections`)).toEqual([{ n: 1 }]);
    expect(
      await db(t).query(
        `SELECT count(*)::int AS n FROM notifications WHERE kind = 'MEETING_REQUEST_ACCEPTED'`,
      ),
    ).toEqual([{ n: 1 }]);
    process.stdout.write(
      `  ${COMPETITORS} concurrent acceptances by one person: ${Math.round(elapsed)} ms\n`,
    );
  });

  it(`gives the requester exactly one meeting when ${COMPETITORS} companies accept at once`, async () => {
    const [{ id: otherHub }] = await db(t).query(
      `INSERT INTO companies (name, province, languages, matchmaking_opt_in) VALUES ('Asker Bio', 'QC', '{fr}', true) RETURNING id`,
    );
    const asker = await person(t, {
      email: 'asker@asker.test',
      name: 'Ari Asker',
      role: 'MEMBER',
      locale: 'en',
      companyId: otherHub,
    });
    const ids = await pendingRequests(
      rivals.map((r) => ({ from: otherHub, to: r.companyId, requester: asker.id })),
      48,
    );
    const started = performance.now();
    const outcomes = await Promise.all(ids.map((id, i) => call(rivals[i].token, id)));
    const elapsed = performance.now() - started;
    const refused = await expectOneMeeting(ids, outcomes);
    expect(new Set(refused.map((o) => `${o.code}/${o.reason}/${o.message}`))).toEqual(
      new Set(['CONFLICT/PARTICIPANT_BUSY/Ari Asker already has a meeting at that time.']),
    );
    process.stdout.write(
      `  ${COMPETITORS} concurrent acceptances by different companies: ${Math.round(elapsed)} ms\n`,
    );
  });
});

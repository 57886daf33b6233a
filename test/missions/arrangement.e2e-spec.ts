import { eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, createMission, decide } from './missions-fixtures.js';

const PREFERENCES = `mutation($missionId: ID!, $mustMeet: [ID!]!, $avoid: [ID!]!) {
  setMissionPreferences(missionId: $missionId, mustMeet: $mustMeet, avoid: $avoid) {
    mustMeet { id } avoid { id } } }`;
const ARRANGE = `mutation($missionId: ID!, $publish: Boolean) {
  arrangeMissionMeetings(missionId: $missionId, publish: $publish) {
    placed millis unplacedMustMeets unplacedReasons totalFit
    delegatesBelowTarget { id }
    meetings { id start end status location }
    pairings { delegate { id } host { id } start end fit mustMeet kept } } }`;

interface Pairing {
  delegate: { id: string };
  host: { id: string };
  start: string;
  end: string;
  fit: number;
  mustMeet: boolean;
  kept: boolean;
}
interface Arrangement {
  placed: number;
  millis: number;
  unplacedMustMeets: number;
  unplacedReasons: string[];
  delegatesBelowTarget: { id: string }[];
  meetings: { id: string; start: string; end: string; status: string; location: string }[];
  pairings: Pairing[];
}

const DELEGATES = ['BQ-1042', 'BQ-0007', 'BQ-0588'];
const HOSTS = ['LSO-0310', 'LSO-1203', 'LSO-0877'];

describe('trade missions: preferences and the arrangement of meetings', () => {
  let t: TestApp;
  let w: EventWorld;
  let missionId: string;
  const token = (externalId: string) => w.people.get(externalId);
  const id = (externalId: string) => w.ids.get(externalId)!;

  async function arrange(publish: boolean, as = w.staffBq) {
    const response = await t.gql<{ arrangeMissionMeetings: Arrangement }>(
      ARRANGE,
      { missionId, publish },
      { token: as },
    );
    return response;
  }

  // Eight sign-ups (password hashing) and twelve mutations: slow on a busy machine.
  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    missionId = await createMission(t, w.staffBq, {
      meetingsPerDelegate: 2,
      dailyStart: '09:00',
      dailyEnd: '10:30',
    });
    for (const company of DELEGATES) {
      const applied = await apply(t, token(company), missionId, 'DELEGATE');
      await decide(t, w.staffBq, applied.data!.applyToTradeMission.id, 'SELECTED');
    }
    for (const company of HOSTS) {
      const applied = await apply(t, token(company), missionId, 'HOST');
      await decide(t, w.staffBq, applied.data!.applyToTradeMission.id, 'SELECTED');
    }
    await apply(t, token('BQ-0921'), missionId, 'DELEGATE');
  });
  afterAll(() => t.close());

  it('takes preferences from selected companies only, about selected companies of the other side', async () => {
    const notSelected = await t.gql(
      PREFERENCES,
      { missionId, mustMeet: [], avoid: [] },
      { token: token('BQ-0921') },
    );
    expect(notSelected.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const bad = await t.gql(
      PREFERENCES,
      { missionId, mustMeet: [id('BQ-0007'), id('LSO-0310')], avoid: [id('LSO-0310')] },
      { token: token('BQ-1042'), language: 'en' },
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0].extensions.fields as { path: string }[]).map((f) => f.path)).toEqual([
      'mustMeet[0]',
      'avoid[0]',
    ]);
    const many = await t.gql(
      PREFERENCES,
      { missionId, mustMeet: DELEGATES.concat(HOSTS).map(id), avoid: [] },
      { token: token('BQ-1042'), language: 'en' },
    );
    expect((many.errors?.[0].extensions.fields as { path: string }[])[0]).toEqual({
      path: 'mustMeet',
      message: 'au plus 5 entreprises.',
    });

    const saved = await t.gql(
      PREFERENCES,
      { missionId, mustMeet: [id('LSO-0310')], avoid: [] },
      { token: token('BQ-1042') },
    );
    expect(saved.data).toEqual({ setMissionPreferences: { mustMeet: [{ id: id('LSO-0310') }], avoid: [] } });
    await t.gql(
      PREFERENCES,
      { missionId, mustMeet: [], avoid: [id('BQ-1042')] },
      { token: token('LSO-0310') },
    );
    await t.gql(
      PREFERENCES,
      { missionId, mustMeet: [id('LSO-0877')], avoid: [] },
      { token: token('BQ-0588') },
    );
    const read = await t.gql(
      `query($missionId: ID!) { missionPreferences(missionId: $missionId) { mustMeet { id } } }`,
      {
        missionId,
      },
      { token: token('BQ-0588') },
    );
    expect(read.data).toEqual({ missionPreferences: { mustMeet: [{ id: id('LSO-0877') }] } });
  });

  it('is for the organizing staff only', async () => {
    expect((await arrange(false, w.staffLso)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await arrange(false, token('BQ-0007'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('arranges a dry run: must-meets placed, an avoided pair never, nobody twice at once, the same every time', async () => {
    const first = await arrange(false);
    expect(first.errors).toBeUndefined();
    const a = first.data!.arrangeMissionMeetings;
    const pairs = a.pairings.map((p) => `${p.delegate.id}|${p.host.id}`);
    expect(pairs).toContain(`${id('BQ-0588')}|${id('LSO-0877')}`);
    expect(pairs).not.toContain(`${id('BQ-1042')}|${id('LSO-0310')}`);
    expect(
      a.pairings.find((p) => p.host.id === id('LSO-0877') && p.delegate.id === id('BQ-0588'))?.mustMeet,
    ).toBe(true);
    // Three delegates, two meetings each.
    expect(a.placed).toBe(6);
    expect(a.meetings).toHaveLength(6);
    expect(a.delegatesBelowTarget).toEqual([]);
    expect(new Set(pairs).size).toBe(pairs.length);
    const busy = new Set<string>();
    for (const p of a.pairings) {
      for (const company of [p.delegate.id, p.host.id]) {
        expect(busy.has(`${company}@${p.start}`)).toBe(false);
        busy.add(`${company}@${p.start}`);
      }
      expect(Date.parse(p.end) - Date.parse(p.start)).toBe(30 * 60_000);
    }
    // BQ-1042 must meet LSO-0310, which will not meet it.
    expect(a.unplacedMustMeets).toBe(1);
    expect(a.unplacedReasons).toEqual([
      'Néovasc Thérapeutique inc. et Lakeshore Clinical Research : l’une des deux entreprises a demandé à ne pas rencontrer l’autre.',
    ]);
    expect((await arrange(false)).data!.arrangeMissionMeetings.pairings).toEqual(a.pairings);

    const meetings = await t.gql<{ meetings: unknown[] }>(
      `{ meetings { id } }`,
      {},
      { token: token('BQ-0588') },
    );
    expect(meetings.data?.meetings).toEqual([]);
  });

  it('publishes the meetings linked to the mission; publishing again keeps them and adds none twice', async () => {
    const dry = (await arrange(false)).data!.arrangeMissionMeetings;
    const published = await arrange(true);
    expect(published.errors).toBeUndefined();
    const p = published.data!.arrangeMissionMeetings;
    expect(p.pairings).toEqual(dry.pairings);
    expect(p.meetings.every((m) => m.location === 'Toronto' && m.status === 'SCHEDULED')).toBe(true);

    const mine = await t.gql<{ meetings: { id: string; mission: { id: string } | null }[] }>(
      `{ meetings { id mission { id } } }`,
      {},
      { token: token('BQ-0588') },
    );
    expect(mine.errors).toBeUndefined();
    const nodes = mine.data!.meetings;
    expect(nodes).toHaveLength(2);
    expect(nodes.every((n) => n.mission?.id === missionId)).toBe(true);

    const again = (await arrange(true)).data!.arrangeMissionMeetings;
    expect(again.placed).toBe(6);
    expect(again.pairings.every((x) => x.kept)).toBe(true);
    expect(again.meetings.map((m) => m.id).sort()).toEqual(p.meetings.map((m) => m.id).sort());
  });

  it('shows each company its agenda, by start, with one calendar subscription whose UIDs stay the same', async () => {
    const AGENDA = `query($missionId: ID!, $companyId: ID) { missionAgenda(missionId: $missionId, companyId: $companyId) {
      company { id } calendarUrl meetings { id start icsUrl companies { id name } } } }`;
    const response = await t.gql<{
      missionAgenda: {
        company: { id: string };
        calendarUrl: string;
        meetings: { id: string; start: string; icsUrl: string; companies: { id: string }[] }[];
      };
    }>(AGENDA, { missionId }, { token: token('BQ-0588') });
    expect(response.errors).toBeUndefined();
    const agenda = response.data!.missionAgenda;
    expect(agenda.company.id).toBe(id('BQ-0588'));
    expect(agenda.meetings).toHaveLength(2);
    expect(Date.parse(agenda.meetings[0].start)).toBeLessThan(Date.parse(agenda.meetings[1].start));
    for (const m of agenda.meetings) {
      expect(m.companies.map((c) => c.id)).toContain(id('BQ-0588'));
      expect(m.icsUrl).toMatch(/\.ics$/);
    }

    const feed = await t.http().get(new URL(agenda.calendarUrl).pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim()).sort();
    expect(uids(feed.text)).toEqual(agenda.meetings.map((m) => `${m.id}@passerelle`).sort());
    const again = await t.http().get(new URL(agenda.calendarUrl).pathname);
    expect(uids(again.text)).toEqual(uids(feed.text));
    const unknown = await t.http().get(`/calendar/${'0'.repeat(48)}/missions/${missionId}.ics`);
    expect(unknown.status).toBe(404);

    const other = await t.gql(AGENDA, { missionId, companyId: id('BQ-1042') }, { token: token('BQ-0588') });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byStaff = await t.gql<{ missionAgenda: { meetings: unknown[] } }>(
      AGENDA,
      { missionId, companyId: id('LSO-0877') },
      { token: w.staffBq },
    );
    expect(byStaff.data!.missionAgenda.meetings.length).toBeGreaterThan(0);
    const otherStaff = await t.gql(AGENDA, { missionId, companyId: id('LSO-0877') }, { token: w.staffLso });
    expect(otherStaff.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

import { DataSource } from 'typeorm';
import { eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, createMission, decide } from './missions-fixtures.js';

const OUTCOME = `mutation($meetingId: ID!, $input: MeetingOutcomeInput!) {
  recordMeetingOutcome(meetingId: $meetingId, input: $input) { stage noShow } }`;
const REPORT = `query($missionId: ID!) { missionReport(missionId: $missionId) {
  delegates hosts meetingsArranged meetingsHeld noShows followUpsPlanned partnershipsDiscussed
  stages { stage meetings } delegateLines { company { id } feeCents meetingsHeld stages } } }`;

interface Report {
  delegates: number;
  hosts: number;
  meetingsArranged: number;
  meetingsHeld: number;
  noShows: number;
  followUpsPlanned: number;
  partnershipsDiscussed: number;
  stages: { stage: string; meetings: number }[];
  delegateLines: { company: { id: string }; feeCents: number; meetingsHeld: number; stages: string[] }[];
}

describe('trade missions: outcomes and the report', () => {
  let t: TestApp;
  let w: EventWorld;
  let missionId: string;
  let meetings: { meeting_id: string; delegate_company_id: string; host_company_id: string }[];
  const token = (externalId: string) => w.people.get(externalId);
  const id = (externalId: string) => w.ids.get(externalId)!;

  // Nine sign-ups (password hashing) and a dozen mutations: slow on a busy machine.
  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    missionId = await createMission(t, w.staffBq, { meetingsPerDelegate: 2 });
    for (const [company, role] of [
      ['BQ-0007', 'DELEGATE'],
      ['BQ-0588', 'DELEGATE'],
      ['LSO-0310', 'HOST'],
      ['LSO-1203', 'HOST'],
    ] as const) {
      const applied = await apply(t, token(company), missionId, role);
      await decide(t, w.staffBq, applied.data!.applyToTradeMission.id, 'SELECTED');
    }
    const published = await t.gql(
      `mutation($missionId: ID!) { arrangeMissionMeetings(missionId: $missionId, publish: true) { placed } }`,
      { missionId },
      { token: w.staffBq },
    );
    expect(published.data).toEqual({ arrangeMissionMeetings: { placed: 4 } });
    // The mission took place: its meetings move two months back.
    const db = t.app.get(DataSource);
    meetings = await db.query(
      `SELECT meeting_id, delegate_company_id, host_company_id FROM mission_meetings WHERE mission_id = $1`,
      [missionId],
    );
    const ids = meetings.map((m) => m.meeting_id);
    await db.query(
      `UPDATE meetings SET starts_at = starts_at - interval '60 days', ends_at = ends_at - interval '60 days'
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await db.query(
      `UPDATE meeting_participants SET period = tstzrange(lower(period) - interval '60 days', upper(period) - interval '60 days')
        WHERE meeting_id = ANY($1::uuid[])`,
      [ids],
    );
  });
  afterAll(() => t.close());

  it('records where a meeting led, and reports held meetings, no-shows, follow-ups and stages', async () => {
    const of = (delegate: string, host: string) =>
      meetings.find((m) => m.delegate_company_id === id(delegate) && m.host_company_id === id(host))!
        .meeting_id;
    const first = await t.gql(
      OUTCOME,
      {
        meetingId: of('BQ-0007', 'LSO-0310'),
        input: { useful: true, followUpPlanned: true, partnershipDiscussed: true, stage: 'NEGOTIATION' },
      },
      { token: token('BQ-0007') },
    );
    expect(first.data).toEqual({ recordMeetingOutcome: { stage: 'NEGOTIATION', noShow: false } });
    // Recorded again without a stage: the stage stays.
    const again = await t.gql(
      OUTCOME,
      {
        meetingId: of('BQ-0007', 'LSO-0310'),
        input: { useful: true, followUpPlanned: true, partnershipDiscussed: true },
      },
      { token: token('BQ-0007') },
    );
    expect(again.data).toEqual({ recordMeetingOutcome: { stage: 'NEGOTIATION', noShow: false } });
    await t.gql(
      OUTCOME,
      { meetingId: of('BQ-0588', 'LSO-1203'), input: { useful: false, noShow: true } },
      { token: token('LSO-1203') },
    );
    await t.gql(
      OUTCOME,
      { meetingId: of('BQ-0007', 'LSO-1203'), input: { useful: true, stage: 'KNOWLEDGE_GAIN' } },
      { token: token('LSO-1203') },
    );

    const response = await t.gql<{ missionReport: Report }>(REPORT, { missionId }, { token: w.staffBq });
    expect(response.errors).toBeUndefined();
    const report = response.data!.missionReport;
    expect(report).toMatchObject({
      delegates: 2,
      hosts: 2,
      meetingsArranged: 4,
      meetingsHeld: 3,
      noShows: 1,
      followUpsPlanned: 1,
      partnershipsDiscussed: 1,
    });
    expect(report.stages).toEqual([
      { stage: 'NO_FURTHER_CONTACT', meetings: 0 },
      { stage: 'KNOWLEDGE_GAIN', meetings: 1 },
      { stage: 'VALUABLE_CONTACT', meetings: 0 },
      { stage: 'NEGOTIATION', meetings: 1 },
      { stage: 'AGREEMENT', meetings: 0 },
    ]);
    const line = report.delegateLines.find((l) => l.company.id === id('BQ-0007'))!;
    // BIOQUÉBEC member, Ontario HST: 1,000 $ + 13 %.
    expect(line).toMatchObject({ feeCents: 113_000, meetingsHeld: 2, stages: ['NEGOTIATION'] });
    expect(report.delegateLines.find((l) => l.company.id === id('BQ-0588'))!.meetingsHeld).toBe(1);
  });

  it('is for the organizing staff, also as CSV', async () => {
    expect((await t.gql(REPORT, { missionId }, { token: w.staffLso })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await t.gql(REPORT, { missionId }, { token: token('BQ-0007') })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    const csv = await t
      .http()
      .get(`/admin/missions/${missionId}/report.csv`)
      .set('authorization', `Bearer ${w.staffBq}`);
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Indicateur,Valeur');
    expect(lines).toContain('Rencontres tenues,3');
    expect(lines).toContain('Étape NEGOTIATION,1');
    expect(lines).toContain('BioFabrik Québec,1130.00,,2,NEGOTIATION');
    const other = await t
      .http()
      .get(`/admin/missions/${missionId}/report.csv`)
      .set('authorization', `Bearer ${w.staffLso}`);
    expect(other.status).toBe(403);
  });
});

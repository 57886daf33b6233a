import { DataSource } from 'typeorm';
import { eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, createMission, decide } from './missions-fixtures.js';

const SET_STATUS = `mutation($id: ID!, $status: TradeMissionStatus!) { setTradeMissionStatus(id: $id, status: $status) { id status } }`;
const FEE_PAID = `mutation($id: ID!, $paid: Boolean) { recordMissionFeePaid(applicationId: $id, paid: $paid) { id feePaidAt } }`;
const REPORT = `query($m: ID!) { missionReport(missionId: $m) { delegateLines { company { id } feeCents feePaidAt } } }`;
const ARRANGE = `mutation($m: ID!) { arrangeMissionMeetings(missionId: $m, publish: true) { placed } }`;
const PREFERENCES = `query($m: ID!) { missionPreferences(missionId: $m) { choices { id } mustMeet { id } } }`;

describe('trade missions: status after the call, and fees paid', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  const token = (externalId: string) => w.people.get(externalId);

  // Nine sign-ups (password hashing): slow on a busy machine.
  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  // Sophie (BIOQUÉBEC staff) reads French: errors come in her language.
  async function setStatus(id: string, status: string, as = w.staffBq) {
    return t.gql<{ setTradeMissionStatus: { status: string } }>(SET_STATUS, { id, status }, { token: as });
  }

  it('closes applications, reopens them before the deadline, and refuses a move out of order', async () => {
    const missionId = await createMission(t, w.staffBq);
    expect((await setStatus(missionId, 'CLOSED', token('BQ-0007'))).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await setStatus(missionId, 'CLOSED', w.staffLso)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await setStatus(missionId, 'CLOSED')).data?.setTradeMissionStatus.status).toBe('CLOSED');
    const late = await apply(t, token('BQ-0007'), missionId, 'DELEGATE');
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');

    const early = await setStatus(missionId, 'COMPLETED');
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(early.errors?.[0].message).toBe(
      'Une mission au statut CLOSED ne peut pas passer au statut COMPLETED.',
    );
    const unarranged = await setStatus(missionId, 'SCHEDULED');
    expect(unarranged.errors?.[0].message).toBe('Publiez d’abord les rencontres de la mission.');

    expect((await setStatus(missionId, 'OPEN')).data?.setTradeMissionStatus.status).toBe('OPEN');
    expect((await apply(t, token('BQ-0007'), missionId, 'DELEGATE')).errors).toBeUndefined();

    await db.query(
      `UPDATE trade_missions SET application_deadline = now() - interval '1 hour' WHERE id = $1`,
      [missionId],
    );
    expect((await setStatus(missionId, 'CLOSED')).errors).toBeUndefined();
    expect((await setStatus(missionId, 'OPEN')).errors?.[0].message).toBe(
      'La date limite des candidatures est passée.',
    );
  });

  it('schedules once meetings are published, completes once over, and names who may be met', async () => {
    const missionId = await createMission(t, w.staffBq);
    const delegate = (await apply(t, token('BQ-1042'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const host = (await apply(t, token('LSO-0310'), missionId, 'HOST')).data!.applyToTradeMission.id;
    for (const id of [delegate, host])
      expect((await decide(t, w.staffBq, id, 'SELECTED')).errors).toBeUndefined();
    const preferences = await t.gql<{ missionPreferences: { choices: { id: string }[] } }>(
      PREFERENCES,
      { m: missionId },
      { token: token('BQ-1042') },
    );
    expect(preferences.data?.missionPreferences.choices).toEqual([{ id: w.ids.get('LSO-0310') }]);

    expect((await setStatus(missionId, 'CLOSED')).errors).toBeUndefined();
    const arranged = await t.gql<{ arrangeMissionMeetings: { placed: number } }>(
      ARRANGE,
      { m: missionId },
      { token: w.staffBq },
    );
    expect(arranged.data?.arrangeMissionMeetings.placed).toBeGreaterThan(0);
    expect((await setStatus(missionId, 'SCHEDULED')).data?.setTradeMissionStatus.status).toBe('SCHEDULED');
    expect((await setStatus(missionId, 'COMPLETED')).errors?.[0].message).toBe(
      'La mission n’est pas encore terminée.',
    );

    await db.query(
      `UPDATE trade_missions SET starts_at = now() - interval '3 days', ends_at = now() - interval '2 days',
         application_deadline = now() - interval '4 days' WHERE id = $1`,
      [missionId],
    );
    expect((await setStatus(missionId, 'COMPLETED')).data?.setTradeMissionStatus.status).toBe('COMPLETED');
    const after = await decide(t, w.staffBq, delegate, 'DECLINED');
    expect(after.errors?.[0].message).toBe('Cette mission est terminée ou annulée.');
    expect((await setStatus(missionId, 'CANCELLED')).errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('cancels a mission and tells every company still in the running, in its language', async () => {
    const missionId = await createMission(t, w.staffBq, {
      titleFr: 'Mission Kingston',
      titleEn: 'Kingston mission',
    });
    const kept = (await apply(t, token('BQ-0588'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const gone = (await apply(t, token('BQ-0007'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    await t.gql(
      `mutation($id: ID!) { withdrawMissionApplication(id: $id) { id } }`,
      { id: gone },
      {
        token: token('BQ-0007'),
      },
    );
    expect(kept).toBeDefined();
    expect((await setStatus(missionId, 'CANCELLED')).data?.setTradeMissionStatus.status).toBe('CANCELLED');
    const told: { to_address: string; subject: string }[] = await db.query(
      `SELECT to_address, subject FROM sent_emails WHERE kind = 'MISSION_CANCELLED' ORDER BY to_address`,
    );
    expect(told).toEqual([
      { to_address: 'bq-0588@member.test', subject: 'Mission annulée : Mission Kingston' },
    ]);
    const arranged = await t.gql(ARRANGE, { m: missionId }, { token: w.staffBq });
    expect(arranged.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await setStatus(missionId, 'OPEN')).errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('cancels the meetings already published when the mission is cancelled, telling both sides', async () => {
    const missionId = await createMission(t, w.staffBq);
    const delegate = (await apply(t, token('BQ-0588'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const host = (await apply(t, token('LSO-0877'), missionId, 'HOST')).data!.applyToTradeMission.id;
    for (const id of [delegate, host]) await decide(t, w.staffBq, id, 'SELECTED');
    expect((await setStatus(missionId, 'CLOSED')).errors).toBeUndefined();
    const arranged = await t.gql<{ arrangeMissionMeetings: { placed: number } }>(
      ARRANGE,
      { m: missionId },
      { token: w.staffBq },
    );
    expect(arranged.data?.arrangeMissionMeetings.placed).toBeGreaterThan(0);
    expect((await setStatus(missionId, 'SCHEDULED')).errors).toBeUndefined();

    expect((await setStatus(missionId, 'CANCELLED')).data?.setTradeMissionStatus.status).toBe('CANCELLED');
    const meetings: { status: string; sequence: number }[] = await db.query(
      `SELECT m.status, m.sequence FROM mission_meetings mm JOIN meetings m ON m.id = mm.meeting_id
        WHERE mm.mission_id = $1`,
      [missionId],
    );
    expect(meetings.length).toBe(arranged.data!.arrangeMissionMeetings.placed);
    expect(meetings.every((m) => m.status === 'CANCELLED' && m.sequence > 0)).toBe(true);
    const told: { to_address: string; subject: string }[] = await db.query(
      `SELECT DISTINCT to_address, subject FROM sent_emails WHERE kind = 'MEETING_CANCELLED'
         AND to_address IN ('bq-0588@member.test', 'lso-0877@member.test') ORDER BY to_address`,
    );
    expect(told).toEqual([
      { to_address: 'bq-0588@member.test', subject: 'Rencontre annulée avec BIOQuébec' },
      { to_address: 'lso-0877@member.test', subject: 'Meeting cancelled with BIOQuébec' },
    ]);
    // The host's own list shows them cancelled (calendars get the cancellation by its sequence).
    const agenda = await t.gql<{ meetings: { status: string }[] }>(
      `{ meetings { status } }`,
      {},
      { token: token('LSO-0877') },
    );
    expect(agenda.data?.meetings.map((m) => m.status)).toEqual(meetings.map(() => 'CANCELLED'));
  });

  it('lets staff record that a selected delegate paid its fee, shown in the report', async () => {
    const missionId = await createMission(t, w.staffBq);
    const delegate = (await apply(t, token('BQ-1042'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const host = (await apply(t, token('LSO-0310'), missionId, 'HOST')).data!.applyToTradeMission.id;
    const early = await t.gql(FEE_PAID, { id: delegate }, { token: w.staffBq });
    expect(early.errors?.[0].message).toBe(
      'Seule une entreprise déléguée retenue paie des frais de participation.',
    );
    for (const id of [delegate, host]) await decide(t, w.staffBq, id, 'SELECTED');
    expect((await t.gql(FEE_PAID, { id: host }, { token: w.staffBq })).errors?.[0].extensions.code).toBe(
      'CONFLICT',
    );
    for (const [who, code] of [
      [token('BQ-1042'), 'FORBIDDEN'],
      [w.staffLso, 'FORBIDDEN'],
    ] as const) {
      expect((await t.gql(FEE_PAID, { id: delegate }, { token: who })).errors?.[0].extensions.code).toBe(
        code,
      );
    }
    const paid = await t.gql<{ recordMissionFeePaid: { feePaidAt: string | null } }>(
      FEE_PAID,
      { id: delegate },
      { token: w.staffBq },
    );
    expect(paid.data?.recordMissionFeePaid.feePaidAt).toEqual(expect.any(String));
    const report = await t.gql<{ missionReport: { delegateLines: { feePaidAt: string | null }[] } }>(
      REPORT,
      { m: missionId },
      { token: w.staffBq },
    );
    expect(report.data?.missionReport.delegateLines).toEqual([
      expect.objectContaining({ feePaidAt: paid.data?.recordMissionFeePaid.feePaidAt }),
    ]);
    const csv = await t
      .http()
      .get(`/admin/missions/${missionId}/report.csv`)
      .set('Authorization', `Bearer ${w.staffBq}`);
    // Sophie reads French: the labels follow the staff member's language.
    expect(csv.text).toContain('Frais payés le');
    expect(csv.text).toMatch(/Néovasc Thérapeutique inc\.,1130\.00,\d{4}-\d{2}-\d{2},0,/);
    const undone = await t.gql<{ recordMissionFeePaid: { feePaidAt: string | null } }>(
      FEE_PAID,
      { id: delegate, paid: false },
      { token: w.staffBq },
    );
    expect(undone.data?.recordMissionFeePaid.feePaidAt).toBeNull();
  });
});

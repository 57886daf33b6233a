import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MissionFollowUpService } from '@app/missions';
import { eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, createMission, decide } from './missions-fixtures.js';

const STAGES = `query($missionId: ID!) { missionReport(missionId: $missionId) { stages { stage meetings } } }`;

describe('trade missions: the follow-up about six months on', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  let missionId: string;
  const token = (externalId: string) => w.people.get(externalId);

  // Nine sign-ups (password hashing) and a few mutations: slow on a busy machine.
  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
    missionId = await createMission(t, w.staffBq, { meetingsPerDelegate: 1 });
    for (const [company, role] of [
      ['BQ-0007', 'DELEGATE'],
      ['LSO-0310', 'HOST'],
    ] as const) {
      const applied = await apply(t, token(company), missionId, role);
      await decide(t, w.staffBq, applied.data!.applyToTradeMission.id, 'SELECTED');
    }
    await t.gql(
      `mutation($missionId: ID!) { arrangeMissionMeetings(missionId: $missionId, publish: true) { placed } }`,
      { missionId },
      { token: w.staffBq },
    );
  });
  afterAll(() => t.close());

  async function emails(): Promise<{ to_address: string; subject: string; body: string }[]> {
    return db.query(
      `SELECT to_address, subject, body FROM sent_emails WHERE kind = 'MISSION_FOLLOW_UP' ORDER BY to_address`,
    );
  }

  it('asks each company about six months after the mission, once, with one-click links stored only as hashes', async () => {
    const followUps = t.app.get(MissionFollowUpService);
    expect(await followUps.sendDue()).toBe(0);
    // The mission ended 200 days ago.
    await db.query(
      `UPDATE trade_missions SET starts_at = starts_at - interval '240 days', ends_at = ends_at - interval '240 days',
              application_deadline = application_deadline - interval '240 days' WHERE id = $1`,
      [missionId],
    );
    expect(await followUps.sendDue()).toBe(1);
    expect(await followUps.sendDue()).toBe(0);
    const sent = await emails();
    expect(sent.map((e) => e.to_address)).toEqual(['bq-0007@member.test', 'lso-0310@member.test']);
    expect(sent[0].subject).toBe('Mission « Mission commerciale à Toronto » : où en sont vos rencontres ?');
    expect(sent[1].subject).toBe('Mission "Trade mission to Toronto": where did your meetings lead?');
    expect(sent[0].body).toContain('Rencontre avec Lakeshore Clinical Research :');

    const link = /\/follow-up\/([0-9a-f]{64})\/NEGOTIATION/.exec(sent[0].body)!;
    const secret = link[1];
    const hash = createHash('sha256').update(secret).digest('hex');
    const stored: { token_hash: string }[] = await db.query(`SELECT token_hash FROM mission_follow_up_links`);
    expect(stored.map((r) => r.token_hash)).toContain(hash);
    expect(stored.map((r) => r.token_hash)).not.toContain(secret);

    const answered = await t.http().get(`/follow-up/${secret}/NEGOTIATION`);
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Thank you: your answer is recorded.');
    const twice = await t.http().get(`/follow-up/${secret}/AGREEMENT`);
    expect(twice.status).toBe(410);

    const report = await t.gql<{ missionReport: { stages: { stage: string; meetings: number }[] } }>(
      STAGES,
      { missionId },
      { token: w.staffBq },
    );
    expect(report.data!.missionReport.stages).toContainEqual({ stage: 'NEGOTIATION', meetings: 1 });
    expect(report.data!.missionReport.stages).toContainEqual({ stage: 'AGREEMENT', meetings: 0 });
  });

  it('refuses an expired link and a made-up one', async () => {
    const [host] = (await emails()).filter((e) => e.to_address === 'lso-0310@member.test');
    const secret = /\/follow-up\/([0-9a-f]{64})\/AGREEMENT/.exec(host.body)![1];
    await db.query(`UPDATE mission_follow_up_links SET expires_at = now() - interval '1 minute'`);
    expect((await t.http().get(`/follow-up/${secret}/AGREEMENT`)).status).toBe(410);
    expect((await t.http().get(`/follow-up/${'a'.repeat(64)}/AGREEMENT`)).status).toBe(410);
  });

  it('has its one job handler in the worker', async () => {
    // The worker refuses to start when a job has no handler or two.
    await expect(t.startWorker()).resolves.toBeDefined();
  });
});

import { DataSource } from 'typeorm';
import { eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, APPLICATION_FIELDS, createMission, decide } from './missions-fixtures.js';

const APPLICATIONS = `query($missionId: ID!, $role: MissionRole) {
  missionApplications(missionId: $missionId, role: $role) {
    ${APPLICATION_FIELDS} bestMatches { company { id } score reasons } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMissionApplication(id: $id) { id status } }`;

interface Ranked {
  id: string;
  role: string;
  status: string;
  marketFit: number;
  strongMatches: number;
  company: { id: string; name: string };
  bestMatches: { company: { id: string }; score: number; reasons: string[] }[];
}

describe('trade missions: applications and selection', () => {
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

  it('takes one application per company, from the right side, with objectives', async () => {
    const missionId = await createMission(t, w.staffBq);
    const delegate = await apply(t, token('BQ-0007'), missionId, 'DELEGATE');
    expect(delegate.data?.applyToTradeMission).toMatchObject({ status: 'SUBMITTED', role: 'DELEGATE' });

    const twice = await apply(t, token('BQ-0007'), missionId, 'DELEGATE');
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');

    const wrongSide = await apply(t, token('BQ-0588'), missionId, 'HOST', ' ');
    expect(wrongSide.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((wrongSide.errors?.[0].extensions.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(
      ['objectives', 'role'],
    );
    const ontarioDelegate = await apply(t, token('LSO-0310'), missionId, 'DELEGATE');
    expect(ontarioDelegate.errors?.[0].extensions.fields).toEqual([
      { path: 'role', message: 'a delegate company comes from the travelling province (QC).' },
    ]);
    const host = await apply(t, token('LSO-0310'), missionId, 'HOST');
    expect(host.data?.applyToTradeMission.role).toBe('HOST');
  });

  it('applies once even when the same company sends two applications at the same moment', async () => {
    const missionId = await createMission(t, w.staffBq);
    const results = await Promise.all([
      apply(t, token('BQ-0921'), missionId, 'DELEGATE'),
      apply(t, token('BQ-0921'), missionId, 'DELEGATE'),
    ]);
    expect(results.filter((r) => r.data).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('refuses a draft, an application after the deadline, and people who are not company admins', async () => {
    const draft = await createMission(t, w.staffBq, {}, false);
    expect((await apply(t, token('BQ-0007'), draft, 'DELEGATE')).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );

    const missionId = await createMission(t, w.staffBq);
    const member = await signedIn(t, {
      email: 'membre@bq-0007.test',
      name: 'Marc',
      role: 'MEMBER',
      companyId: w.ids.get('BQ-0007'),
      locale: 'fr',
    });
    expect((await apply(t, member, missionId, 'DELEGATE')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await apply(t, w.staffBq, missionId, 'DELEGATE')).errors?.[0].extensions.code).toBe('FORBIDDEN');

    await db.query(
      `UPDATE trade_missions SET application_deadline = now() - interval '1 minute' WHERE id = $1`,
      [missionId],
    );
    const late = await apply(t, token('BQ-0007'), missionId, 'DELEGATE');
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
    // In the caller's language (this company admin reads French).
    expect(late.errors?.[0].message).toBe('La date limite des candidatures est passée.');
  });

  it('lets the company withdraw until staff decide', async () => {
    const missionId = await createMission(t, w.staffBq);
    const first = (await apply(t, token('BQ-0007'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const other = await t.gql(WITHDRAW, { id: first }, { token: token('BQ-0588') });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(WITHDRAW, { id: first }, { token: token('BQ-0007') })).data).toEqual({
      withdrawMissionApplication: { id: first, status: 'WITHDRAWN' },
    });
    const second = (await apply(t, token('BQ-0588'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    await decide(t, w.staffBq, second, 'SELECTED');
    const late = await t.gql(WITHDRAW, { id: second }, { token: token('BQ-0588') });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('ranks applications by market fit for the organizing staff only, with strong matches and reasons', async () => {
    const missionId = await createMission(t, w.staffBq);
    for (const id of ['BQ-1042', 'BQ-0007', 'BQ-0588', 'BQ-0921'])
      await apply(t, token(id), missionId, 'DELEGATE');
    await apply(t, token('LSO-0310'), missionId, 'HOST');
    await apply(t, token('LSO-1203'), missionId, 'HOST');

    const ranked = await t.gql<{ missionApplications: Ranked[] }>(
      APPLICATIONS,
      { missionId, role: 'DELEGATE' },
      { token: w.staffBq },
    );
    expect(ranked.errors).toBeUndefined();
    const rows = ranked.data!.missionApplications;
    expect(rows).toHaveLength(4);
    const fits = rows.map((r) => r.marketFit);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(fits[0]).toBeGreaterThan(0);
    // Hosts that applied are the other side: best matches are among them only.
    const hostIds = [w.ids.get('LSO-0310'), w.ids.get('LSO-1203')];
    for (const row of rows) {
      for (const match of row.bestMatches) expect(hostIds).toContain(match.company.id);
      expect(row.strongMatches).toBeLessThanOrEqual(2);
    }
    expect(rows[0].bestMatches[0].reasons.length).toBeGreaterThan(0);

    for (const viewer of [w.staffLso, token('BQ-0007')]) {
      const refused = await t.gql(APPLICATIONS, { missionId }, { token: viewer });
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('never selects more delegates than the delegation size, even when staff decide at once', async () => {
    const missionId = await createMission(t, w.staffBq, { delegationSize: 1 });
    const a = (await apply(t, token('BQ-0007'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const b = (await apply(t, token('BQ-0588'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    const host = (await apply(t, token('LSO-0310'), missionId, 'HOST')).data!.applyToTradeMission.id;
    const results = await Promise.all([
      decide(t, w.staffBq, a, 'SELECTED'),
      decide(t, w.staffBq, b, 'SELECTED'),
    ]);
    expect(results.filter((r) => r.data).length).toBe(1);
    const refused = results.find((r) => r.errors)!;
    expect(refused.errors?.[0].extensions.code).toBe('CONFLICT');
    // Hosts do not count towards the delegation.
    expect((await decide(t, w.staffBq, host, 'SELECTED')).data?.decideMissionApplication.status).toBe(
      'SELECTED',
    );
    expect((await decide(t, w.staffLso, host, 'DECLINED')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('tells the company of a waitlist or a refusal, in its language, with the note', async () => {
    const missionId = await createMission(t, w.staffBq, {
      titleFr: 'Mission Ottawa',
      titleEn: 'Ottawa mission',
    });
    const id = (await apply(t, token('BQ-1042'), missionId, 'DELEGATE')).data!.applyToTradeMission.id;
    expect(
      (await decide(t, w.staffBq, id, 'WAITLISTED', 'Une place pourrait se libérer.')).errors,
    ).toBeUndefined();
    const bad = await decide(t, w.staffBq, id, 'WITHDRAWN');
    expect(bad.errors?.[0].extensions.fields).toEqual([
      { path: 'status', message: 'doit être SELECTED, WAITLISTED ou DECLINED.' },
    ]);
    expect((await decide(t, w.staffBq, id, 'DECLINED')).errors).toBeUndefined();
    const emails: { subject: string; body: string }[] = await db.query(
      `SELECT subject, body FROM sent_emails WHERE to_address = 'bq-1042@member.test' AND kind LIKE 'MISSION_APPLICATION%'
        ORDER BY created_at`,
    );
    expect(emails.map((e) => e.subject)).toEqual([
      'Liste d’attente : Mission Ottawa',
      'Candidature non retenue : Mission Ottawa',
    ]);
    expect(emails[0].body).toContain('Une place pourrait se libérer.');
  });

  it('exports the applications as CSV, best fit first, for the organizing staff only', async () => {
    const missionId = await createMission(t, w.staffBq);
    await apply(t, token('BQ-0007'), missionId, 'DELEGATE', 'Trouver un distributeur, "vite".');
    await apply(t, token('LSO-0310'), missionId, 'HOST');
    const url = `/admin/missions/${missionId}/applications.csv`;
    const csv = await t.http().get(url).set('authorization', `Bearer ${w.staffBq}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Entreprise,Province,Rôle,Statut,Adéquation au marché,Correspondances fortes,Objectifs,Candidature le',
    );
    expect(lines).toHaveLength(3);
    expect(csv.text).toContain('BioFabrik Québec,QC,DELEGATE,SUBMITTED,');
    expect(csv.text).toContain('"Trouver un distributeur, ""vite""."');
    const other = await t.http().get(url).set('authorization', `Bearer ${w.staffLso}`);
    expect(other.status).toBe(403);
    const member = await t
      .http()
      .get(url)
      .set('authorization', `Bearer ${token('BQ-0007')}`);
    expect(member.status).toBe(403);
  });
});

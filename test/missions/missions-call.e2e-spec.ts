import { DataSource } from 'typeorm';
import { eventWorld, PRICE_FIELDS, type EventWorld } from '../events/events-fixtures.js';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createMission, MISSION_FIELDS, missionInput } from './missions-fixtures.js';

const CREATE = `mutation($input: TradeMissionInput!) { createTradeMission(input: $input) { ${MISSION_FIELDS} } }`;
const OPEN = `mutation($id: ID!) { openTradeMission(id: $id) { id status } }`;
const MISSION = `query($id: ID!) { tradeMission(id: $id) { id title status feeForMe { ${PRICE_FIELDS} } } }`;
const LIST = `{ tradeMissions { id status } }`;

describe('trade missions: the call', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  let admin: string;

  // Nine sign-ups (password hashing): slow on a busy machine.
  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
    admin = await signedIn(t, { email: 'admin@passerelle.test', name: 'Ada', role: 'ADMIN', locale: 'en' });
  });
  afterAll(() => t.close());

  it('lets staff create a draft with every field of the call, in the organizer’s name', async () => {
    const response = await t.gql<{ createTradeMission: Record<string, unknown> }>(
      CREATE,
      { input: missionInput() },
      { token: w.staffBq, language: 'fr' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createTradeMission).toMatchObject({
      title: 'Mission commerciale à Toronto',
      organizer: 'BIOQUEBEC',
      hostProvince: 'ON',
      city: 'Toronto',
      timeZone: 'America/Toronto',
      delegationSize: 3,
      meetingMinutes: 30,
      meetingsPerDelegate: 3,
      dailyStart: '09:00',
      dailyEnd: '12:00',
      sectors: [{ code: 'biopharma', label: expect.any(String) }],
      status: 'DRAFT',
      applicationsCount: 0,
    });
  });

  it('refuses members, and reports every bad field at once in the caller’s language, writing nothing', async () => {
    const member = await t.gql(CREATE, { input: missionInput() }, { token: w.people.get('BQ-0007') });
    expect(member.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const before = await db.query(`SELECT count(*)::int AS n FROM trade_missions`);
    const bad = await t.gql(
      CREATE,
      {
        input: missionInput({
          titleEn: ' ',
          timeZone: 'Mars/Olympus',
          endsAt: missionInput().startsAt,
          applicationDeadline: futureIso(60),
          organizer: 'LSO',
          delegationSize: 0,
          dailyStart: '25:00',
          sectors: ['biopharma', 'astrology'],
        }),
      },
      { token: w.staffBq, language: 'fr' },
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0].extensions.fields as { path: string; message: string }[]).map(
      (f) => f.path,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'input.titleEn',
        'input.organizer',
        'input.timeZone',
        'input.endsAt',
        'input.applicationDeadline',
        'input.delegationSize',
        'input.dailyStart',
        'input.sectors[1]',
      ]),
    );
    const organizer = (bad.errors?.[0].extensions.fields as { path: string; message: string }[]).find(
      (f) => f.path === 'input.organizer',
    );
    expect(organizer?.message).toMatch(/association/);
    expect(await db.query(`SELECT count(*)::int AS n FROM trade_missions`)).toEqual(before);
  });

  it('shows drafts to staff only; members see open missions', async () => {
    const draftId = await createMission(t, w.staffBq, {}, false);
    const member = w.people.get('BQ-0007');
    expect((await t.gql(MISSION, { id: draftId }, { token: member })).data).toEqual({ tradeMission: null });
    const memberList = await t.gql<{ tradeMissions: { id: string }[] }>(LIST, {}, { token: member });
    expect(memberList.data!.tradeMissions.map((m) => m.id)).not.toContain(draftId);
    const staffList = await t.gql<{ tradeMissions: { id: string }[] }>(LIST, {}, { token: w.staffLso });
    expect(staffList.data!.tradeMissions.map((m) => m.id)).toContain(draftId);

    await t.gql(OPEN, { id: draftId }, { token: w.staffBq });
    const opened = await t.gql<{ tradeMissions: { id: string; status: string }[] }>(
      LIST,
      {},
      { token: member },
    );
    expect(opened.data!.tradeMissions).toContainEqual({ id: draftId, status: 'OPEN' });
  });

  it('lets only staff of the organizing association (or an administrator) run the mission', async () => {
    const id = await createMission(t, w.staffBq, {}, false);
    const other = await t.gql(OPEN, { id }, { token: w.staffLso });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const update = await t.gql(
      `mutation($id: ID!, $input: TradeMissionInput!) { updateTradeMission(id: $id, input: $input) { id } }`,
      { id, input: missionInput({ organizer: 'BIOQUEBEC' }) },
      { token: w.staffLso },
    );
    expect(update.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byAdmin = await t.gql<{ updateTradeMission: { title: string; city: string } }>(
      `mutation($id: ID!, $input: TradeMissionInput!) { updateTradeMission(id: $id, input: $input) { title city } }`,
      {
        id,
        input: missionInput({ organizer: 'BIOQUEBEC', city: 'Ottawa', titleEn: 'Trade mission to Ottawa' }),
      },
      { token: admin },
    );
    expect(byAdmin.data?.updateTradeMission).toEqual({ title: 'Trade mission to Ottawa', city: 'Ottawa' });
    expect((await t.gql(OPEN, { id }, { token: admin })).data).toEqual({
      openTradeMission: { id, status: 'OPEN' },
    });
    const again = await t.gql(OPEN, { id }, { token: w.staffBq });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('tells the members of the travelling province when it opens, each in their language', async () => {
    const id = await createMission(t, w.staffBq, {
      titleFr: 'Mission à Toronto 2',
      titleEn: 'Toronto mission 2',
    });
    const told: { email: string; subject: string; body: string }[] = await db.query(
      `SELECT u.email, e.subject, e.body FROM sent_emails e JOIN users u ON u.id = e.user_id
        WHERE e.kind = 'MISSION_OPENED' AND e.body LIKE '%Toronto 2%' ORDER BY u.email`,
    );
    const emails = told.map((r) => r.email);
    // BQ-1042, BQ-0007, BQ-0588, BQ-0921 are Québec companies with a membership in force.
    expect(emails).toContain('bq-0007@member.test');
    expect(emails.some((e) => e.startsWith('lso-'))).toBe(false);
    const french = told.find((r) => r.email === 'bq-0007@member.test')!;
    expect(french.subject).toBe('Mission commerciale à Toronto : appel de délégués');
    expect(french.body).toContain('« Mission à Toronto 2 »');
    const notes = await t.gql<{ notifications: { edges: { node: { kind: string; message: string } }[] } }>(
      `{ notifications(first: 5) { edges { node { kind message } } } }`,
      {},
      { token: w.people.get('BQ-0007'), language: 'en' },
    );
    expect(notes.data!.notifications.edges.map((e) => e.node.kind)).toContain('MISSION_OPENED');
    void id;
  });

  it('quotes the delegate fee by tier with the host province’s taxes; hosts pay nothing', async () => {
    const id = await createMission(t, w.staffBq);
    const quebecMember = await t.gql<{ tradeMission: { feeForMe: Record<string, unknown> } }>(
      MISSION,
      { id },
      { token: w.people.get('BQ-0007') },
    );
    expect(quebecMember.data!.tradeMission.feeForMe).toMatchObject({
      tier: 'MEMBER',
      amountCents: 100_000,
      taxProvince: 'ON',
      taxCents: 13_000,
      totalCents: 113_000,
    });
    const host = await t.gql<{ tradeMission: { feeForMe: unknown } }>(
      MISSION,
      { id },
      { token: w.people.get('LSO-0310') },
    );
    expect(host.data!.tradeMission.feeForMe).toBeNull();
  });
});

function futureIso(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

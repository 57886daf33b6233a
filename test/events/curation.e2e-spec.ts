import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createEvent, eventWorld, futureDay, type EventWorld } from './events-fixtures.js';

const CANDIDATES = `query($e: ID!, $c: ID) { eventCandidates(eventId: $e, companyId: $c) {
  company { id name province } partner { id name province } score reasons { code message } curation note curatedBy introduced } }`;
const CURATE = `mutation($e: ID!, $c: ID!, $p: ID!, $s: CurationStatus!, $n: String) {
  curateEventMatch(eventId: $e, companyId: $c, partnerId: $p, status: $s, note: $n) { curation note curatedBy introduced } }`;
const INTRODUCE = `mutation($e: ID!, $i: [IntroductionInput!]!) {
  sendEventIntroductions(eventId: $e, introductions: $i) { company { name } partner { name } curation curatedBy introduced } }`;
const FEED = `query($c: ID) { suggestedConnections(companyId: $c, first: 5) { edges { node { partner { id } curation curatedBy } } } }`;

interface Candidate {
  company: { id: string; name: string; province: string };
  partner: { id: string; name: string; province: string };
  score: number;
  reasons: { code: string; message: string }[];
  curation: string;
}

describe('events: staff curation, demand and the partnership report', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  let eventId: string;
  const { date, startsAt, endsAt } = futureDay(20);

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
    await t.startWorker();
    eventId = await createEvent(t, w.staffBq, {
      startsAt,
      endsAt,
      capacity: null,
      organizers: ['BIOQUEBEC', 'LSO'],
    });
    for (const externalId of [
      'BQ-1042',
      'BQ-0007',
      'BQ-0588',
      'LSO-0310',
      'LSO-0877',
      'LSO-1203',
      'LSO-0450',
    ]) {
      const r = await t.gql(
        `mutation($e: ID!) { registerForEvent(eventId: $e) { status } }`,
        { e: eventId },
        { token: w.people.get(externalId) },
      );
      expect(r.errors).toBeUndefined();
    }
    const run = await t.gql<{ rescoreAll: { id: string } }>(
      `mutation { rescoreAll { id } }`,
      {},
      { token: w.staffLso },
    );
    await eventually(
      'the scoring run to complete',
      async () =>
        (
          await t.gql<{ matchingRun: { status: string } }>(
            `query($id: ID!) { matchingRun(id: $id) { status } }`,
            { id: run.data!.rescoreAll.id },
            { token: w.staffLso },
          )
        ).data?.matchingRun.status,
      (status) => status === 'COMPLETED',
    );
  });
  afterAll(() => t.close());

  it('shows staff the candidate matches among attendees only, with reasons in their language', async () => {
    const member = await t.gql(CANDIDATES, { e: eventId }, { token: w.people.get('BQ-0007') });
    expect(member.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const response = await t.gql<{ eventCandidates: Candidate[] }>(
      CANDIDATES,
      { e: eventId },
      { token: w.staffBq },
    );
    const candidates = response.data!.eventCandidates;
    expect(candidates.length).toBeGreaterThan(3);
    const attending = new Set(
      ['BQ-1042', 'BQ-0007', 'BQ-0588', 'LSO-0310', 'LSO-0877', 'LSO-1203'].map((x) => w.ids.get(x)),
    );
    for (const c of candidates) {
      expect([c.company.province, c.partner.province]).toEqual(['QC', 'ON']);
      expect(attending.has(c.company.id) && attending.has(c.partner.id)).toBe(true);
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.curation).toBe('NONE');
    }
    expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
    expect(candidates.some((c) => c.partner.id === w.ids.get('LSO-0450'))).toBe(false);
    const one = await t.gql<{ eventCandidates: Candidate[] }>(
      CANDIDATES,
      { e: eventId, c: w.ids.get('BQ-0007') },
      { token: w.staffLso },
    );
    expect(one.data!.eventCandidates.every((c) => c.company.id === w.ids.get('BQ-0007'))).toBe(true);
  });

  it('pins, annotates and hides pairs of attendees, and keeps each action in the audit log', async () => {
    const pinned = await t.gql(
      CURATE,
      { e: eventId, c: w.ids.get('BQ-1042'), p: w.ids.get('LSO-0877'), s: 'PINNED', n: 'Investisseur idéal' },
      { token: w.staffBq },
    );
    expect(pinned.data).toEqual({
      curateEventMatch: {
        curation: 'PINNED',
        note: 'Investisseur idéal',
        curatedBy: 'BIOQUEBEC',
        introduced: true,
      },
    });
    const hidden = await t.gql(
      CURATE,
      { e: eventId, c: w.ids.get('BQ-0588'), p: w.ids.get('LSO-0310'), s: 'HIDDEN' },
      { token: w.staffLso },
    );
    expect(hidden.data).toEqual({
      curateEventMatch: { curation: 'HIDDEN', note: null, curatedBy: null, introduced: false },
    });
    const outsider = await t.gql(
      CURATE,
      { e: eventId, c: w.ids.get('BQ-0921'), p: w.ids.get('LSO-0310'), s: 'PINNED' },
      { token: w.staffLso },
    );
    expect(outsider.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ATTENDING',
    });
    const audit: { action: string; details: { eventId: string } }[] = await db.query(
      `SELECT action, details FROM staff_audit_log WHERE action LIKE 'matching.curate.%' ORDER BY id`,
    );
    expect(audit.map((a) => [a.action, a.details.eventId])).toEqual([
      ['matching.curate.pinned', eventId],
      ['matching.curate.hidden', eventId],
    ]);
  });

  it('checks every introduction before sending any', async () => {
    const response = await t.gql(
      INTRODUCE,
      {
        e: eventId,
        i: [
          { companyId: w.ids.get('BQ-0007'), partnerId: w.ids.get('LSO-1203') },
          { companyId: w.ids.get('BQ-0921'), partnerId: w.ids.get('LSO-1203') },
          { companyId: w.ids.get('BQ-0007'), partnerId: w.ids.get('BQ-1042') },
        ],
      },
      { token: w.staffLso },
    );
    const fields = response.errors?.[0].extensions.fields as { path: string }[];
    expect(fields.map((f) => f.path)).toEqual(['introductions[1].companyId', 'introductions[2].partnerId']);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM sent_emails WHERE kind = 'event-introduction'`),
    ).toEqual([{ n: 0 }]);
  });

  it('sends introductions that show first in both companies’ feeds as recommended by staff', async () => {
    const response = await t.gql<{ sendEventIntroductions: unknown[] }>(
      INTRODUCE,
      {
        e: eventId,
        i: [
          {
            companyId: w.ids.get('BQ-0007'),
            partnerId: w.ids.get('LSO-1203'),
            note: 'Anticorps et bioprocédés',
          },
        ],
      },
      { token: w.staffLso },
    );
    expect(response.data?.sendEventIntroductions).toEqual([
      {
        company: { name: 'BioFabrik Québec' },
        partner: { name: 'Maple Antibody Therapeutics' },
        curation: 'PINNED',
        curatedBy: 'LSO',
        introduced: true,
      },
    ]);
    const qcFeed = await t.gql<{
      suggestedConnections: {
        edges: { node: { partner: { id: string }; curation: string; curatedBy: string } }[];
      };
    }>(FEED, {}, { token: w.people.get('BQ-0007') });
    expect(qcFeed.data?.suggestedConnections.edges[0].node).toEqual({
      partner: { id: w.ids.get('LSO-1203') },
      curation: 'PINNED',
      curatedBy: 'LSO',
    });
    const onFeed = await t.gql<typeof qcFeed.data>(FEED, {}, { token: w.people.get('LSO-1203') });
    expect(onFeed.data?.suggestedConnections.edges[0].node).toEqual({
      partner: { id: w.ids.get('BQ-0007') },
      curation: 'PINNED',
      curatedBy: 'LSO',
    });
    const emails: { subject: string; to_address: string }[] = await db.query(
      `SELECT subject, to_address FROM sent_emails WHERE kind = 'event-introduction' ORDER BY to_address`,
    );
    expect(emails).toEqual([
      {
        to_address: 'bq-0007@member.test',
        subject:
          'Recommandé par l’équipe de Life Sciences Ontario : rencontrez Maple Antibody Therapeutics à Rendez-vous Québec–Ontario',
      },
      {
        to_address: 'lso-1203@member.test',
        subject:
          'Recommended by Life Sciences Ontario staff: meet BioFabrik Québec at Québec–Ontario Partnering Day',
      },
    ]);
    await t.gql(
      INTRODUCE,
      { e: eventId, i: [{ companyId: w.ids.get('BQ-0007'), partnerId: w.ids.get('LSO-1203') }] },
      { token: w.staffLso },
    );
    expect(
      await db.query(`SELECT count(*)::int AS n FROM sent_emails WHERE kind = 'event-introduction'`),
    ).toEqual([{ n: 2 }]);
  });

  it('shows staff the demand per company and who has no meeting yet', async () => {
    const ask = async (from: string, to: string) => {
      const r = await t.gql<{ requestMeeting: { id: string } }>(
        `mutation($to: ID!, $e: ID) { requestMeeting(toCompanyId: $to, eventId: $e) { id } }`,
        { to: w.ids.get(to), e: eventId },
        { token: w.people.get(from) },
      );
      return r.data!.requestMeeting.id;
    };
    const accepted = await ask('BQ-0007', 'LSO-1203');
    await ask('BQ-1042', 'LSO-0310');
    const slot = { start: `${date}T15:00:00Z`, end: `${date}T15:30:00Z` };
    const answer = await t.gql(
      `mutation($id: ID!, $s: TimeRangeInput) { respondToMeetingRequest(id: $id, accept: true, slot: $s) { status } }`,
      { id: accepted, s: slot },
      { token: w.people.get('LSO-1203') },
    );
    expect(answer.errors).toBeUndefined();
    const response = await t.gql<{
      eventDemand: {
        companies: {
          company: { name: string };
          requestsSent: number;
          requestsReceived: number;
          accepted: number;
          unanswered: number;
          awaitingReply: number;
          meetings: number;
          crossBorderMeetings: number;
        }[];
        companiesWithoutMeeting: { name: string }[];
        requests: number;
        pendingRequests: number;
        meetings: number;
        crossBorderMeetings: number;
      };
    }>(
      `query($e: ID!) { eventDemand(eventId: $e) {
         companies { company { name } requestsSent requestsReceived accepted unanswered awaitingReply meetings crossBorderMeetings }
         companiesWithoutMeeting { name } requests pendingRequests meetings crossBorderMeetings } }`,
      { e: eventId },
      { token: w.staffBq },
    );
    const demand = response.data!.eventDemand;
    expect(demand).toMatchObject({ requests: 2, pendingRequests: 1, meetings: 1, crossBorderMeetings: 1 });
    const line = (name: string) => demand.companies.find((c) => c.company.name === name);
    expect(line('BioFabrik Québec')).toMatchObject({
      requestsSent: 1,
      requestsReceived: 0,
      accepted: 1,
      meetings: 1,
      crossBorderMeetings: 1,
    });
    expect(line('Lakeshore Clinical Research')).toMatchObject({
      requestsReceived: 1,
      unanswered: 1,
      meetings: 0,
    });
    expect(line('Néovasc Thérapeutique inc.')).toMatchObject({ requestsSent: 1, awaitingReply: 1 });
    expect(demand.companiesWithoutMeeting.map((c) => c.name)).not.toContain('BioFabrik Québec');
    expect(demand.companiesWithoutMeeting.map((c) => c.name)).toContain('Lakeshore Clinical Research');
  });

  it('reports the partnership per month and per event, by province and sector, as GraphQL and CSV', async () => {
    const [meeting] = await db.query(`SELECT id FROM meetings WHERE event_id = $1`, [eventId]);
    await db.query(
      `UPDATE meeting_participants SET period = tstzrange(now() - interval '2 hours', now() - interval '90 minutes') WHERE meeting_id = $1`,
      [meeting.id],
    );
    await db.query(
      `UPDATE meetings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = $1`,
      [meeting.id],
    );
    await db.query(
      `INSERT INTO meeting_outcomes (meeting_id, company_id, useful, follow_up_planned, partnership_discussed, no_show, recorded_at)
       VALUES ($1, $2, true, true, true, false, now()), ($1, $3, false, false, false, true, now())`,
      [meeting.id, w.ids.get('BQ-0007'), w.ids.get('LSO-1203')],
    );
    const [{ month }] = await db.query(
      `SELECT to_char((now() - interval '2 hours') AT TIME ZONE 'America/Toronto', 'YYYY-MM') AS month`,
    );
    const query = `{ partnershipReport { from to
      byMonth { period province sector { code label } suggestionsShown requests crossBorderRequests meetingsHeld crossBorderMeetingsHeld followUps partnershipsDiscussed noShows }
      byEvent { period event { id } province sector { code } suggestionsShown requests meetingsHeld followUps partnershipsDiscussed noShows }
      byProvince { period province sector { code } meetingsHeld noShows } } }`;
    const member = await t.gql(query, {}, { token: w.people.get('BQ-0007') });
    expect(member.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const response = await t.gql<{
      partnershipReport: {
        byMonth: Record<string, unknown>[];
        byEvent: Record<string, unknown>[];
        byProvince: Record<string, unknown>[];
      };
    }>(query, {}, { token: w.staffLso });
    const report = response.data!.partnershipReport;
    const monthTotal = report.byMonth.find((r) => r.period === month && r.province === null);
    expect(monthTotal).toMatchObject({
      requests: 2,
      crossBorderRequests: 2,
      meetingsHeld: 1,
      crossBorderMeetingsHeld: 1,
      followUps: 1,
      partnershipsDiscussed: 1,
      noShows: 1,
    });
    expect(monthTotal!.suggestionsShown as number).toBeGreaterThan(0);
    const eventTotal = report.byEvent.find(
      (r) => (r.event as { id: string }).id === eventId && r.province === null,
    );
    expect(eventTotal).toMatchObject({
      requests: 2,
      meetingsHeld: 1,
      followUps: 1,
      partnershipsDiscussed: 1,
      noShows: 1,
    });
    expect(eventTotal!.suggestionsShown as number).toBeGreaterThan(0);
    // One meeting between a Québec and an Ontario company: held once on each side.
    expect(report.byProvince.filter((r) => r.period === month)).toEqual([
      { period: month, province: 'ON', sector: null, meetingsHeld: 1, noShows: 1 },
      { period: month, province: 'QC', sector: null, meetingsHeld: 1, noShows: 0 },
    ]);
    const quebec = report.byMonth.filter((r) => r.period === month && r.province === 'QC');
    expect(
      quebec.some(
        (r) => (r.meetingsHeld as number) === 1 && (r.sector as { label: string }).label.length > 0,
      ),
    ).toBe(true);

    const csv = await t
      .http()
      .get('/admin/reports/partnership.csv')
      .set('authorization', `Bearer ${w.staffLso}`);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFGrouping,Period,Event,Province,Sector,Cross-border suggestions shown,Requests,Cross-border requests,Meetings held,Cross-border meetings held,Follow-ups planned,Partnerships discussed,No-shows reported',
    );
    expect(csv.text).toContain(`Event,${month.slice(0, 4)}`);
    expect(csv.text).toContain('Québec–Ontario Partnering Day');
    const bad = await t
      .http()
      .get('/admin/reports/partnership.csv?from=2026-13-01')
      .set('authorization', `Bearer ${w.staffBq}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.fields).toEqual([
      { path: 'from', message: 'doit être une date AAAA-MM-JJ.' },
    ]);
    expect(
      (
        await t
          .http()
          .get('/admin/reports/partnership.csv')
          .set('authorization', `Bearer ${w.people.get('LSO-0310')}`)
      ).status,
    ).toBe(403);
  });
});

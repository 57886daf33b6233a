import { startTestApp, type TestApp } from '../support/test-app.js';
import { createEvent, eventWorld, futureDay, type EventWorld } from './events-fixtures.js';

const ATTENDEES = `query($e: ID!) { event(id: $e) { id attendees { id name fitWithMe { score }
  meetingsWithMe { pendingRequest { id direction event { id } } } } } }`;

interface Attendee {
  id: string;
  name: string;
  fitWithMe: { score: number } | null;
  meetingsWithMe: {
    pendingRequest: { id: string; direction: string; event: { id: string } | null } | null;
  } | null;
}

describe('events: attendees a member can meet', () => {
  let t: TestApp;
  let w: EventWorld;
  let eventId: string;
  const { date, startsAt, endsAt } = futureDay(35);
  const attendees = async (token: string) => {
    const response = await t.gql<{ event: { attendees: Attendee[] } }>(ATTENDEES, { e: eventId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.event.attendees;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    eventId = await createEvent(t, w.staffBq, {
      startsAt,
      endsAt,
      partneringDays: [{ date, start: '09:00', end: '12:00', breaks: [] }],
    });
    for (const company of ['BQ-1042', 'LSO-0310', 'LSO-0877', 'LSO-0450']) {
      const r = await t.gql(
        `mutation($e: ID!) { registerForEvent(eventId: $e) { status } }`,
        { e: eventId },
        {
          token: w.people.get(company),
        },
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('lists confirmed companies that opted in, by name, with their fit, leaving out one’s own', async () => {
    const list = await attendees(w.people.get('BQ-1042')!);
    // Cardiowave (LSO-0450) registered but has not opted in to matchmaking; BQ-0007 did not register.
    expect(list.map((a) => a.id)).toEqual(
      [w.ids.get('LSO-0310'), w.ids.get('LSO-0877')].sort((a, b) => {
        const name = (id: string | undefined) => list.find((x) => x.id === id)!.name;
        return name(a).localeCompare(name(b));
      }),
    );
    expect(list.every((a) => a.fitWithMe !== null && a.fitWithMe.score > 0)).toBe(true);
    const staffView = await attendees(w.staffBq);
    expect(staffView.map((a) => a.id).sort()).toEqual(
      [w.ids.get('BQ-1042'), w.ids.get('LSO-0310'), w.ids.get('LSO-0877')].sort(),
    );
    expect(staffView.every((a) => a.fitWithMe === null)).toBe(true);
  });

  it('lets a member ask an attendee for a meeting at the event, then shows it waiting', async () => {
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $e: ID) { requestMeeting(toCompanyId: $to, eventId: $e) { id } }`,
      { to: w.ids.get('LSO-0310'), e: eventId },
      { token: w.people.get('BQ-1042') },
    );
    expect(asked.errors).toBeUndefined();
    const lakeshore = (await attendees(w.people.get('BQ-1042')!)).find(
      (a) => a.id === w.ids.get('LSO-0310'),
    )!;
    expect(lakeshore.meetingsWithMe!.pendingRequest).toEqual({
      id: asked.data!.requestMeeting.id,
      direction: 'OUTGOING',
      event: { id: eventId },
    });
  });
});

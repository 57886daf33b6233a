// The authorization table's rows for events: programme, registrations, curation, scheduling and reports (see personas.ts).
import { SIGNED_IN, STAFF, EVENT_INPUT, type OperationRow } from './personas.js';

export const EVENT_ROWS: readonly OperationRow[] = [
  {
    coordinate: 'Query.events',
    allowed: SIGNED_IN,
    rule: 'signed in',
    probe: { query: '{ events { id } }' },
  },
  {
    coordinate: 'Query.event',
    allowed: SIGNED_IN,
    rule: 'signed in',
    probe: { query: 'query($id: ID!) { event(id: $id) { id } }', variables: (w) => ({ id: w.missing }) },
  },
  {
    coordinate: 'Query.scheduleRun',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($id: ID!) { scheduleRun(id: $id) { runId } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Query.partnershipReport',
    allowed: STAFF,
    rule: 'staff (also GET /admin/reports/partnership.csv)',
    probe: { query: '{ partnershipReport { from } }' },
  },
  {
    coordinate: 'Query.eventDemand',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($e: ID!) { eventDemand(eventId: $e) { meetings } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Query.eventCandidates',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($e: ID!) { eventCandidates(eventId: $e) { score } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.curateEventMatch',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query:
        'mutation($e: ID!, $c: ID!, $p: ID!) { curateEventMatch(eventId: $e, companyId: $c, partnerId: $p, status: PINNED) { curation } }',
      variables: (w) => ({ e: w.missing, c: w.companyA, p: w.companyB }),
    },
  },
  {
    coordinate: 'Mutation.sendEventIntroductions',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query:
        'mutation($e: ID!, $i: [IntroductionInput!]!) { sendEventIntroductions(eventId: $e, introductions: $i) { score } }',
      variables: (w) => ({ e: w.missing, i: [{ companyId: w.companyA, partnerId: w.companyB }] }),
    },
  },
  {
    coordinate: 'Mutation.createEvent',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      variables: () => ({ i: EVENT_INPUT }),
    },
  },
  {
    coordinate: 'Mutation.updateEvent',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { id } }',
      variables: (w) => ({ id: w.missing, i: EVENT_INPUT }),
    },
  },
  {
    coordinate: 'Mutation.registerForEvent',
    allowed: SIGNED_IN,
    rule: 'signed in; a company admin may register a colleague, staff anyone',
    probe: {
      query: 'mutation($e: ID!) { registerForEvent(eventId: $e) { id } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.cancelRegistration',
    allowed: SIGNED_IN,
    rule: 'signed in; the person registered, their company admin, staff',
    probe: {
      query: 'mutation($e: ID) { cancelRegistration(eventId: $e) { id } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.scheduleEventMeetings',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'mutation($e: ID!) { scheduleEventMeetings(eventId: $e) { runId } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
];

import { readModel } from '@app/database';

// What the meetings domain publishes for other domains' statements: views over its tables,
// created by the PublishedReadModels migration (docs/architecture.md, "Who owns which table").

/** Pairs of connected companies (they met), each pair once: `company_a` < `company_b`. */
export const connectedPairsView = readModel('connected_pairs', {
  company_a: 'uuid',
  company_b: 'uuid',
});

/**
 * Companies that met and both recorded the meeting as not useful: one row per meeting and side.
 * The meetings domain's own connection check reads it too, so the rule is written once.
 */
export const unfruitfulPairsView = readModel('unfruitful_pairs', {
  company_id: 'uuid',
  partner_id: 'uuid',
  meeting_id: 'uuid',
});

/** Every meeting request, whatever became of it, from `company_id` to `partner_id`. */
export const sentRequestsView = readModel('sent_requests', {
  id: 'uuid',
  company_id: 'uuid',
  partner_id: 'uuid',
  event_id: 'uuid?',
  created_at: 'timestamptz',
});

/** The people of each company at a meeting that was held (scheduled, not cancelled, and over). */
export const heldMeetingParticipantsView = readModel('held_meeting_participants', {
  meeting_id: 'uuid',
  company_id: 'uuid',
  event_id: 'uuid?',
  starts_at: 'timestamptz',
});

/** What each company recorded after a scheduled (not cancelled) meeting, with the meeting's event and start. */
export const recordedOutcomesView = readModel('recorded_outcomes', {
  meeting_id: 'uuid',
  company_id: 'uuid',
  event_id: 'uuid?',
  starts_at: 'timestamptz',
  follow_up_planned: 'bool',
  partnership_discussed: 'bool',
  no_show: 'bool',
});

import { tableShape, type RowOf } from '@app/database';

/** The meeting domain's tables as raw SQL returns them; checked by test/foundation/table-shapes. */
export const meetingRequestsTable = tableShape('meeting_requests', {
  id: 'uuid',
  from_company_id: 'uuid',
  to_company_id: 'uuid',
  requester_id: 'uuid',
  event_id: 'uuid?',
  message: 'text?',
  location: 'varchar?',
  proposed_slots: 'jsonb',
  status: 'varchar',
  responded_by: 'uuid?',
  responded_at: 'timestamptz?',
  response_reason: 'text?',
  expires_at: 'timestamptz',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
});
export type MeetingRequestRow = RowOf<typeof meetingRequestsTable>;

export const meetingsTable = tableShape('meetings', {
  id: 'uuid',
  request_id: 'uuid?',
  event_id: 'uuid?',
  starts_at: 'timestamptz',
  ends_at: 'timestamptz',
  location: 'varchar?',
  table_label: 'varchar?',
  status: 'varchar',
  sequence: 'int4',
  created_by: 'uuid?',
  cancelled_by: 'uuid?',
  cancelled_at: 'timestamptz?',
  cancel_reason: 'text?',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  kind: 'varchar',
});
export type MeetingRow = RowOf<typeof meetingsTable>;

export const meetingParticipantsTable = tableShape('meeting_participants', {
  meeting_id: 'uuid',
  user_id: 'uuid',
  company_id: 'uuid',
  period: 'tstzrange',
  active: 'bool',
});
export type MeetingParticipantRow = RowOf<typeof meetingParticipantsTable>;

export const meetingOutcomesTable = tableShape('meeting_outcomes', {
  meeting_id: 'uuid',
  company_id: 'uuid',
  useful: 'bool',
  follow_up_planned: 'bool',
  partnership_discussed: 'bool',
  no_show: 'bool',
  note: 'text?',
  recorded_by: 'uuid?',
  recorded_at: 'timestamptz',
  stage: 'varchar?',
});
export type MeetingOutcomeRow = RowOf<typeof meetingOutcomesTable>;

export const connectionsTable = tableShape('connections', {
  company_a: 'uuid',
  company_b: 'uuid',
  created_at: 'timestamptz',
});
export type ConnectionRow = RowOf<typeof connectionsTable>;

export const availabilitySettingsTable = tableShape('availability_settings', {
  user_id: 'uuid',
  time_zone: 'varchar',
  updated_at: 'timestamptz',
});
export type AvailabilitySettingsRow = RowOf<typeof availabilitySettingsTable>;

export const availabilityWeeklyTable = tableShape('availability_weekly', {
  id: 'int8',
  user_id: 'uuid',
  weekday: 'int2',
  starts: 'time',
  ends: 'time',
});
export type AvailabilityWeeklyRow = RowOf<typeof availabilityWeeklyTable>;

export const availabilityDatedTable = tableShape('availability_dated', {
  id: 'int8',
  user_id: 'uuid',
  period: 'tstzrange',
});
export type AvailabilityDatedRow = RowOf<typeof availabilityDatedTable>;

export const meetingReschedulesTable = tableShape('meeting_reschedules', {
  id: 'uuid',
  meeting_id: 'uuid',
  proposed_by: 'uuid?',
  proposer_company_id: 'uuid',
  proposed_slots: 'jsonb',
  message: 'text?',
  status: 'varchar',
  answered_by: 'uuid?',
  answered_at: 'timestamptz?',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
});
export type MeetingRescheduleRow = RowOf<typeof meetingReschedulesTable>;

import { tableShape, type RowOf } from '@app/database';

/** The events domain's tables as raw SQL returns them; checked by test/foundation/table-shapes. */
export const eventsTable = tableShape('events', {
  id: 'uuid',
  title_fr: 'varchar',
  title_en: 'varchar',
  description_fr: 'text?',
  description_en: 'text?',
  organizers: '_text',
  venue: 'varchar?',
  province: 'bpchar?',
  time_zone: 'varchar',
  starts_at: 'timestamptz',
  ends_at: 'timestamptz',
  capacity: 'int4?',
  registered_count: 'int4',
  registration_opens_at: 'timestamptz?',
  registration_closes_at: 'timestamptz?',
  currency: 'bpchar',
  member_price_cents: 'int4',
  partner_member_price_cents: 'int4',
  non_member_price_cents: 'int4',
  slot_minutes: 'int4',
  tables: 'int4?',
  partnering_sessions: 'jsonb',
  created_by: 'uuid?',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
});
export type EventRow = RowOf<typeof eventsTable>;

export const eventRegistrationsTable = tableShape('event_registrations', {
  id: 'uuid',
  event_id: 'uuid',
  user_id: 'uuid',
  company_id: 'uuid',
  status: 'text',
  price_tier: 'text',
  currency: 'bpchar',
  amount_cents: 'int4',
  tax_cents: 'int4',
  total_cents: 'int4',
  tax_province: 'bpchar?',
  tax_lines: 'jsonb',
  waitlist_seq: 'int8',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  confirmed_at: 'timestamptz?',
  waitlisted_at: 'timestamptz?',
  cancelled_at: 'timestamptz?',
});
export type EventRegistrationRow = RowOf<typeof eventRegistrationsTable>;

export const eventScheduleRunsTable = tableShape('event_schedule_runs', {
  id: 'uuid',
  event_id: 'uuid',
  publish: 'bool',
  status: 'text',
  requested_by: 'uuid?',
  result: 'jsonb?',
  error: 'text?',
  created_at: 'timestamptz',
  finished_at: 'timestamptz?',
});
export type EventScheduleRunRow = RowOf<typeof eventScheduleRunsTable>;

export const eventWishesTable = tableShape('event_wishes', {
  event_id: 'uuid',
  company_id: 'uuid',
  partner_id: 'uuid',
  wish: 'text',
  set_by: 'uuid?',
  updated_at: 'timestamptz',
});
export type EventWishRow = RowOf<typeof eventWishesTable>;

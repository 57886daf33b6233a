import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-on-one meetings: people's availability, requests between companies, meetings and their
 * participants, connections between companies and what each side recorded after a meeting.
 *
 * The database does the concurrency work: one pending request per pair of companies (a partial
 * unique index), and no person in two scheduled meetings at once (an exclusion constraint on the
 * participant rows, which a cancellation deactivates so the slot frees up).
 */
export class Meetings1764133500000 implements MigrationInterface {
  name = 'Meetings1764133500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE availability_settings (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        time_zone varchar(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Weekly ranges are wall-clock times in the settings' zone (ISO weekday, Monday = 1), so they
    // follow daylight-saving changes; '24:00' ends a range at midnight.
    await q.query(`
      CREATE TABLE availability_weekly (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES availability_settings(user_id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts time NOT NULL,
        ends time NOT NULL,
        CHECK (ends > starts)
      )`);
    await q.query(`CREATE INDEX availability_weekly_user_idx ON availability_weekly (user_id)`);
    await q.query(`
      CREATE TABLE availability_dated (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES availability_settings(user_id) ON DELETE CASCADE,
        period tstzrange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period))
      )`);
    await q.query(
      `CREATE INDEX availability_dated_user_idx ON availability_dated USING gist (user_id, period)`,
    );

    await q.query(`
      CREATE TABLE meeting_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        to_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        requester_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event_id uuid REFERENCES events(id) ON DELETE CASCADE,
        message text CHECK (char_length(message) <= 2000),
        location varchar(500),
        proposed_slots jsonb NOT NULL DEFAULT '[]'::jsonb
          CHECK (jsonb_typeof(proposed_slots) = 'array' AND jsonb_array_length(proposed_slots) <= 3),
        status varchar(20) NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED')),
        responded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        responded_at timestamptz,
        response_reason text CHECK (char_length(response_reason) <= 1000),
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (from_company_id <> to_company_id),
        CHECK (event_id IS NOT NULL OR jsonb_array_length(proposed_slots) >= 1),
        CHECK (status = 'PENDING' OR status = 'EXPIRED' OR status = 'CANCELLED' OR responded_at IS NOT NULL)
      )`);
    // Whichever side asked first, a pair of companies has at most one request waiting.
    await q.query(`
      CREATE UNIQUE INDEX meeting_requests_one_pending_idx
        ON meeting_requests (LEAST(from_company_id, to_company_id), GREATEST(from_company_id, to_company_id))
        WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX meeting_requests_from_idx ON meeting_requests (from_company_id, created_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX meeting_requests_to_idx ON meeting_requests (to_company_id, created_at DESC, id)`,
    );
    await q.query(`CREATE INDEX meeting_requests_created_idx ON meeting_requests (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX meeting_requests_expiry_idx ON meeting_requests (expires_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX meeting_requests_event_idx ON meeting_requests (event_id, status) WHERE event_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid UNIQUE REFERENCES meeting_requests(id) ON DELETE SET NULL,
        event_id uuid REFERENCES events(id) ON DELETE SET NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location varchar(500),
        table_label varchar(50),
        status varchar(20) NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        sequence integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        cancelled_by uuid REFERENCES users(id) ON DELETE SET NULL,
        cancelled_at timestamptz,
        cancel_reason text CHECK (char_length(cancel_reason) <= 1000),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX meetings_upcoming_idx ON meetings (starts_at) WHERE status = 'SCHEDULED'`);
    await q.query(`CREATE INDEX meetings_event_idx ON meetings (event_id) WHERE event_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE meeting_participants (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        period tstzrange NOT NULL CHECK (NOT isempty(period)),
        active boolean NOT NULL DEFAULT true,
        PRIMARY KEY (meeting_id, user_id),
        CONSTRAINT meeting_participants_no_overlap
          EXCLUDE USING gist (user_id WITH =, period WITH &&) WHERE (active)
      )`);
    await q.query(`CREATE INDEX meeting_participants_user_idx ON meeting_participants (user_id, meeting_id)`);
    await q.query(
      `CREATE INDEX meeting_participants_company_idx ON meeting_participants (company_id, meeting_id)`,
    );

    await q.query(`
      CREATE TABLE connections (
        company_a uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        company_b uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_a, company_b),
        CHECK (company_a < company_b)
      )`);
    await q.query(`CREATE INDEX connections_b_idx ON connections (company_b, company_a)`);

    await q.query(`
      CREATE TABLE meeting_outcomes (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        useful boolean NOT NULL,
        follow_up_planned boolean NOT NULL DEFAULT false,
        partnership_discussed boolean NOT NULL DEFAULT false,
        no_show boolean NOT NULL DEFAULT false,
        note text CHECK (char_length(note) <= 2000),
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (meeting_id, company_id),
        CHECK (NOT (no_show AND useful))
      )`);
    await q.query(`CREATE INDEX meeting_outcomes_company_idx ON meeting_outcomes (company_id, recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'meeting_outcomes',
      'connections',
      'meeting_participants',
      'meetings',
      'meeting_requests',
      'availability_dated',
      'availability_weekly',
      'availability_settings',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint events, their registrations (sold price frozen on the row, waitlist order) and the runs of
 * the partnering-meeting scheduler. Capacity is enforced by the counter's CHECK, under the event
 * row lock every registration takes, so concurrent registrations never oversell.
 */
export class Events1764133450000 implements MigrationInterface {
  name = 'Events1764133450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_fr varchar(300) NOT NULL,
        title_en varchar(300) NOT NULL,
        description_fr text,
        description_en text,
        organizers text[] NOT NULL
          CHECK (cardinality(organizers) >= 1 AND organizers <@ ARRAY['BIOQUEBEC', 'LSO']::text[]),
        venue varchar(300),
        province char(2) CHECK (province IN ('QC', 'ON')),
        time_zone varchar(64) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer CHECK (capacity > 0),
        registered_count integer NOT NULL DEFAULT 0
          CHECK (registered_count >= 0 AND (capacity IS NULL OR registered_count <= capacity)),
        registration_opens_at timestamptz,
        registration_closes_at timestamptz,
        currency char(3) NOT NULL DEFAULT 'CAD',
        member_price_cents integer NOT NULL CHECK (member_price_cents >= 0),
        partner_member_price_cents integer NOT NULL CHECK (partner_member_price_cents >= 0),
        non_member_price_cents integer NOT NULL CHECK (non_member_price_cents >= 0),
        slot_minutes integer NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 240),
        tables integer CHECK (tables > 0),
        partnering_sessions jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (registration_opens_at IS NULL OR registration_closes_at IS NULL
               OR registration_closes_at > registration_opens_at)
      )`);
    await q.query(`CREATE INDEX events_starts_idx ON events (starts_at, id)`);

    await q.query(`
      CREATE TABLE event_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
        price_tier text NOT NULL CHECK (price_tier IN ('MEMBER', 'PARTNER_MEMBER', 'NON_MEMBER')),
        currency char(3) NOT NULL DEFAULT 'CAD',
        amount_cents integer NOT NULL CHECK (amount_cents >= 0),
        tax_cents integer NOT NULL CHECK (tax_cents >= 0),
        total_cents integer NOT NULL CHECK (total_cents = amount_cents + tax_cents),
        tax_province char(2) CHECK (tax_province IN ('QC', 'ON')),
        tax_lines jsonb NOT NULL DEFAULT '[]'::jsonb,
        waitlist_seq bigserial NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        waitlisted_at timestamptz,
        cancelled_at timestamptz,
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    // One live registration per person and event; a cancelled one may be followed by a new one.
    await q.query(`
      CREATE UNIQUE INDEX event_registrations_live_idx ON event_registrations (event_id, user_id)
      WHERE status <> 'CANCELLED'`);
    await q.query(
      `CREATE INDEX event_registrations_company_idx ON event_registrations (event_id, company_id, status)`,
    );
    await q.query(
      `CREATE INDEX event_registrations_queue_idx ON event_registrations (event_id, status, waitlist_seq)`,
    );
    await q.query(`CREATE INDEX event_registrations_user_idx ON event_registrations (user_id, created_at)`);

    await q.query(`
      CREATE TABLE event_schedule_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        publish boolean NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        result jsonb,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX event_schedule_runs_event_idx ON event_schedule_runs (event_id, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['event_schedule_runs', 'event_registrations', 'events']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

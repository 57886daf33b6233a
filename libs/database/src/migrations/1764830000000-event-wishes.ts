import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a company attending an event wishes of its partnering meetings there: partners it must
 * meet (a few, so that they mean something) and partners it will not meet. One wish per company,
 * partner and event; the scheduler reads them when it places the event's meetings. The quota of
 * MUST_MEET wishes is kept under a transaction-scoped lock per company and event (see the events
 * domain's wish repository).
 */
export class EventWishes1764830000000 implements MigrationInterface {
  name = 'EventWishes1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_wishes (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        partner_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        wish text NOT NULL CHECK (wish IN ('MUST_MEET', 'NO_THANKS')),
        set_by uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, company_id, partner_id),
        CHECK (company_id <> partner_id)
      )`);
    await q.query(`CREATE INDEX event_wishes_partner_idx ON event_wishes (event_id, partner_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_wishes`);
  }
}

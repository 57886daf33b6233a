import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trade missions: the call, the companies' applications (one per company and mission, by a
 * unique constraint), their meeting preferences, and the meetings arranged for a mission. A
 * meeting's `kind` says it was arranged for a mission; `mission_meetings` links it to the mission
 * and holds each delegate–host pair once, so publishing again never adds a pair twice.
 */
export class TradeMissions1764840000000 implements MigrationInterface {
  name = 'TradeMissions1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trade_missions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_fr varchar(300) NOT NULL,
        title_en varchar(300) NOT NULL,
        description_fr text,
        description_en text,
        organizer varchar(20) NOT NULL CHECK (organizer IN ('BIOQUEBEC', 'LSO')),
        host_province char(2) NOT NULL CHECK (host_province IN ('QC', 'ON')),
        city varchar(200) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone varchar(64) NOT NULL,
        application_deadline timestamptz NOT NULL,
        delegation_size integer NOT NULL CHECK (delegation_size > 0),
        meeting_minutes integer NOT NULL CHECK (meeting_minutes > 0),
        meetings_per_delegate integer NOT NULL CHECK (meetings_per_delegate > 0),
        daily_start varchar(5) NOT NULL,
        daily_end varchar(5) NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        member_fee_cents integer NOT NULL CHECK (member_fee_cents >= 0),
        partner_member_fee_cents integer NOT NULL CHECK (partner_member_fee_cents >= 0),
        non_member_fee_cents integer NOT NULL CHECK (non_member_fee_cents >= 0),
        status varchar(20) NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
        opened_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (application_deadline <= starts_at)
      )`);
    await q.query(`CREATE INDEX trade_missions_starts_idx ON trade_missions (starts_at)`);

    await q.query(`
      CREATE TABLE mission_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mission_id uuid NOT NULL REFERENCES trade_missions(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        role varchar(10) NOT NULL CHECK (role IN ('DELEGATE', 'HOST')),
        objectives text NOT NULL CHECK (char_length(objectives) <= 4000),
        status varchar(20) NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED', 'SELECTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN')),
        applied_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_note text CHECK (char_length(decision_note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mission_applications_one_per_company UNIQUE (mission_id, company_id)
      )`);
    await q.query(`CREATE INDEX mission_applications_company_idx ON mission_applications (company_id)`);

    await q.query(`
      CREATE TABLE mission_preferences (
        mission_id uuid NOT NULL REFERENCES trade_missions(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        other_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL CHECK (kind IN ('MUST_MEET', 'AVOID')),
        PRIMARY KEY (mission_id, company_id, other_company_id)
      )`);

    await q.query(
      `ALTER TABLE meetings ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'STANDARD' CHECK (kind IN ('STANDARD', 'MISSION'))`,
    );
    await q.query(`
      CREATE TABLE mission_meetings (
        meeting_id uuid PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        mission_id uuid NOT NULL REFERENCES trade_missions(id) ON DELETE CASCADE,
        delegate_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        host_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        CONSTRAINT mission_meetings_one_per_pair UNIQUE (mission_id, delegate_company_id, host_company_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS mission_meetings`);
    await q.query(`ALTER TABLE meetings DROP COLUMN IF EXISTS kind`);
    await q.query(`DROP TABLE IF EXISTS mission_preferences`);
    await q.query(`DROP TABLE IF EXISTS mission_applications`);
    await q.query(`DROP TABLE IF EXISTS trade_missions`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Company profiles, memberships, people and their sign-in, consent records and the email outbox. */
export class CompaniesAndAccounts1764133300000 implements MigrationInterface {
  name = 'CompaniesAndAccounts1764133300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id varchar(64) UNIQUE,
        name varchar(200) NOT NULL,
        province char(2) NOT NULL CHECK (province IN ('QC', 'ON')),
        city varchar(200),
        website varchar(500),
        languages text[] NOT NULL CHECK (cardinality(languages) >= 1),
        size varchar(20),
        sectors text[] NOT NULL DEFAULT '{}',
        therapeutic_areas text[] NOT NULL DEFAULT '{}',
        modalities text[] NOT NULL DEFAULT '{}',
        stage varchar(40),
        offers text[] NOT NULL DEFAULT '{}',
        seeks text[] NOT NULL DEFAULT '{}',
        partnership_types text[] NOT NULL DEFAULT '{}',
        description_fr text, description_en text, seeking_fr text, seeking_en text,
        matchmaking_opt_in boolean NOT NULL DEFAULT false,
        matchmaking_consent_at timestamptz,
        profile_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('french', immutable_unaccent(name)), 'A') ||
          setweight(to_tsvector('english', immutable_unaccent(name)), 'A') ||
          setweight(to_tsvector('french', immutable_unaccent(coalesce(description_fr, '') || ' ' || coalesce(seeking_fr, ''))), 'B') ||
          setweight(to_tsvector('english', immutable_unaccent(coalesce(description_en, '') || ' ' || coalesce(seeking_en, ''))), 'B')
        ) STORED
      )`);
    await q.query(`CREATE INDEX companies_search_idx ON companies USING gin (search_vector)`);
    await q.query(`CREATE INDEX companies_province_name_idx ON companies (province, name, id)`);
    await q.query(`CREATE INDEX companies_name_idx ON companies (name, id)`);
    for (const column of ['sectors', 'therapeutic_areas', 'modalities', 'offers', 'seeks']) {
      await q.query(`CREATE INDEX companies_${column}_idx ON companies USING gin (${column})`);
    }
    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        association varchar(20) NOT NULL CHECK (association IN ('BIOQUEBEC', 'LSO')),
        member_since date,
        expires_on date,
        UNIQUE (company_id, association),
        CHECK (expires_on IS NULL OR member_since IS NULL OR expires_on >= member_since)
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(320) NOT NULL,
        name varchar(200) NOT NULL,
        password_hash text,
        role varchar(20) NOT NULL CHECK (role IN ('MEMBER', 'COMPANY_ADMIN', 'STAFF', 'ADMIN')),
        company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        association varchar(20) CHECK (association IN ('BIOQUEBEC', 'LSO')),
        locale char(2) NOT NULL DEFAULT 'en' CHECK (locale IN ('fr', 'en')),
        time_zone varchar(64) NOT NULL DEFAULT 'America/Toronto',
        token_version integer NOT NULL DEFAULT 0,
        calendar_token varchar(64) NOT NULL UNIQUE DEFAULT encode(gen_random_bytes(24), 'hex'),
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('MEMBER', 'COMPANY_ADMIN') OR company_id IS NOT NULL OR deleted_at IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_idx ON users (lower(email))`);
    await q.query(`CREATE INDEX users_company_idx ON users (company_id)`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE consent_log (
        id bigserial PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        granted boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sent_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address varchar(320) NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        subject text NOT NULL,
        body text NOT NULL,
        kind varchar(60) NOT NULL,
        dedupe_key varchar(200) UNIQUE,
        status varchar(20) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'LOGGED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX sent_emails_user_idx ON sent_emails (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sent_emails', 'consent_log', 'invitations', 'users', 'memberships', 'companies']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

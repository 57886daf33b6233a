import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every later table relies on: gen_random_uuid, accent-insensitive search, and
 * exclusion constraints over time ranges (no person in two meetings at once).
 */
export class Foundation1764133200000 implements MigrationInterface {
  name = 'Foundation1764133200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // unaccent() is only STABLE; an immutable wrapper bound to one dictionary can back indexes.
    await q.query(`
      CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
  }
}

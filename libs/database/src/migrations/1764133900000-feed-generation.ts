import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a suggested-connections feed is made of: any committed change here may change some feed. */
const FEED_SOURCES = [
  'companies',
  'match_curations',
  'suggestion_dismissals',
  'connections',
  'meeting_outcomes',
  'matching_state',
];

/**
 * A feed generation that moves on with every committed change to what feeds are made of, so an
 * API process may keep feeds in memory and know, with one cheap read, whether they still hold.
 *
 * The counter is bumped by deferred triggers, at commit time and once per transaction: the row
 * lock is taken last and held for an instant, so it neither serialises writers nor joins a
 * deadlock. Because the counter commits with the change, a reader that reads the generation and
 * then the feed may label newer data with an older generation, never older data with a newer one.
 *
 * Served `match_scores` rows change in place only when one company is rescored; that job bumps
 * the generation itself (a row trigger there would cost every full run sixty thousand calls).
 * A full run's rows are not served until `matching_state` points at them, which bumps it.
 */
export class FeedGeneration1764133900000 implements MigrationInterface {
  name = 'FeedGeneration1764133900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cache_generations (
        name varchar(40) PRIMARY KEY,
        generation bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO cache_generations (name) VALUES ('feed')`);
    await q.query(`
      CREATE FUNCTION bump_feed_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('passerelle.feed_generation_bumped', true) IS DISTINCT FROM 'on' THEN
          UPDATE cache_generations SET generation = generation + 1 WHERE name = 'feed';
          PERFORM set_config('passerelle.feed_generation_bumped', 'on', true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of FEED_SOURCES) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_feed_generation
          AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION bump_feed_generation()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of FEED_SOURCES) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_feed_generation ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS bump_feed_generation()`);
    await q.query(`DROP TABLE IF EXISTS cache_generations`);
  }
}

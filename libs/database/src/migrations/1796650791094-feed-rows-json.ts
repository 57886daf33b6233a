import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feed rows keep their components and reasons as `json` (the text, checked once) rather than
 * `jsonb` (parsed into a searchable tree). Nothing queries inside them: a feed reads them whole,
 * and a full run writes some 70,000 rows of each, where building jsonb took about a third of the
 * run's COPY. Reads return the stored text, cheaper than printing jsonb. `match_curations.reasons`
 * follows, since a feed takes its rows and the run's in one list (UNION ALL needs one type).
 * `json` has no equality operator: a query must never compare, group or de-duplicate (UNION)
 * these columns.
 */
export class FeedRowsJson1796650791094 implements MigrationInterface {
  name = 'FeedRowsJson1796650791094';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE match_scores
        ALTER COLUMN components TYPE json USING components::json,
        ALTER COLUMN reasons TYPE json USING reasons::json`);
    await q.query(`ALTER TABLE match_curations ALTER COLUMN reasons TYPE json USING reasons::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE match_scores
        ALTER COLUMN components TYPE jsonb USING components::jsonb,
        ALTER COLUMN reasons TYPE jsonb USING reasons::jsonb`);
    await q.query(`ALTER TABLE match_curations ALTER COLUMN reasons TYPE jsonb USING reasons::jsonb`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two one-way lens scores beside each stored pair score (a feed read through a lens sorts by
 * its own), and the models learned from what members did with their suggestions: each version
 * names the one it was trained after, and every run and stored score names the version it applied.
 */
export class LensScoresAndFeedbackModels1764850000000 implements MigrationInterface {
  name = 'LensScoresAndFeedbackModels1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_feedback_models (
        version integer PRIMARY KEY CHECK (version > 0),
        parent_version integer REFERENCES match_feedback_models(version),
        created_at timestamptz NOT NULL DEFAULT now(),
        model jsonb NOT NULL,
        CHECK (parent_version IS NULL OR parent_version < version)
      )`);
    // Rows written before lenses existed read as "no one-way gain" until the next full run.
    await q.query(`
      ALTER TABLE match_scores
        ADD COLUMN they_offer real NOT NULL DEFAULT 0 CHECK (they_offer >= 0 AND they_offer <= 1),
        ADD COLUMN they_seek real NOT NULL DEFAULT 0 CHECK (they_seek >= 0 AND they_seek <= 1),
        ADD COLUMN feedback_version integer`);
    await q.query(`
      ALTER TABLE match_curations
        ADD COLUMN they_offer real NOT NULL DEFAULT 0,
        ADD COLUMN they_seek real NOT NULL DEFAULT 0`);
    await q.query(
      `ALTER TABLE matching_runs ADD COLUMN feedback_version integer REFERENCES match_feedback_models(version)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matching_runs DROP COLUMN feedback_version`);
    await q.query(`ALTER TABLE match_curations DROP COLUMN they_offer, DROP COLUMN they_seek`);
    await q.query(
      `ALTER TABLE match_scores DROP COLUMN they_offer, DROP COLUMN they_seek, DROP COLUMN feedback_version`,
    );
    await q.query(`DROP TABLE match_feedback_models`);
  }
}

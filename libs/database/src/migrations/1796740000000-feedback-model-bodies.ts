import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A feedback model's body is kept only while something may read it: the newest version (what
 * one-company rescorings and the next run start from) and the version of a run not finished yet
 * (a resumed run keeps the model it started with). A retraining follows every member's act, and
 * each body holds every company's weights, so superseded bodies are dropped as new versions are
 * stored; the version rows stay, since runs and scores still name the version that made them.
 */
export class FeedbackModelBodies1796740000000 implements MigrationInterface {
  name = 'FeedbackModelBodies1796740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_feedback_models ALTER COLUMN model DROP NOT NULL`);
    await q.query(`
      UPDATE match_feedback_models SET model = NULL
       WHERE version < (SELECT max(version) FROM match_feedback_models)
         AND version NOT IN (SELECT feedback_version FROM matching_runs
                              WHERE status IN ('QUEUED', 'RUNNING') AND feedback_version IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A dropped body cannot come back: it reads as a model that learned nothing.
    await q.query(`
      UPDATE match_feedback_models
         SET model = jsonb_build_object('version', version, 'parent', parent_version,
               'createdAt', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'global', '{}'::jsonb, 'perCompany', '{}'::jsonb)
       WHERE model IS NULL`);
    await q.query(`ALTER TABLE match_feedback_models ALTER COLUMN model SET NOT NULL`);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import { EMPTY_FEEDBACK_MODEL, type FeedbackEvent, type FeedbackModel } from '@app/match-scoring';
import type { SuggestionDismissalRow } from '../matching.tables.js';

/** Serialises the storing of feedback models (each version names the latest as its parent). */
const FEEDBACK_MODEL_LOCK = 4_242_101;

/** A dismissal's reason as the web app sends it: a stable code, optionally `OTHER: free text`. */
const CODED_REASON = /^([A-Z][A-Z_]*)(?::\s*([\s\S]*))?$/;

/** Stored feedback models, and the matching domain's own feedback: dismissals with their reasons. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest model, or the empty one (version 0) before any feedback. */
  async latest(tx?: Transaction): Promise<FeedbackModel> {
    const rows: { model: FeedbackModel }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT model FROM match_feedback_models ORDER BY version DESC LIMIT 1`,
    );
    return rows[0]?.model ?? EMPTY_FEEDBACK_MODEL;
  }

  /**
   * A version's model; null when its body was dropped as superseded (`dropSupersededBodies`).
   * Version 0, or none, is the empty model.
   */
  async byVersion(version: number | null): Promise<FeedbackModel | null> {
    if (!version) return EMPTY_FEEDBACK_MODEL;
    const rows: { model: FeedbackModel | null }[] = await this.dataSource.query(
      `SELECT model FROM match_feedback_models WHERE version = $1`,
      [version],
    );
    return rows[0]?.model ?? null;
  }

  /** Waits for, then holds until commit, the right to store the next version. */
  async lockVersions(tx: Transaction): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FEEDBACK_MODEL_LOCK]);
  }

  async store(model: FeedbackModel, tx: Transaction): Promise<void> {
    await tx.query(
      `INSERT INTO match_feedback_models (version, parent_version, created_at, model) VALUES ($1, $2, $3, $4)`,
      [model.version, model.parent, model.createdAt, JSON.stringify(model)],
    );
  }

  /**
   * Drops the bodies no one will read again: every version's but the newest and those of runs not
   * finished (a resumed run keeps its model). The version rows stay: runs and scores name them.
   * A retraining follows every member's act and each body holds every company's weights, so
   * without this the table grows by a whole model per act.
   */
  async dropSupersededBodies(tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE match_feedback_models SET model = NULL
        WHERE model IS NOT NULL
          AND version < (SELECT max(version) FROM match_feedback_models)
          AND version NOT IN (SELECT feedback_version FROM matching_runs
                               WHERE status IN ('QUEUED', 'RUNNING') AND feedback_version IS NOT NULL)`,
    );
  }

  /** The company dismissed the partner from its feed (again: the reason and time are replaced). */
  async dismiss(companyId: string, partnerId: string, reason: string | null, dismissedBy: string) {
    await this.dataSource.query(
      `INSERT INTO suggestion_dismissals (company_id, partner_id, reason, dismissed_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (company_id, partner_id) DO UPDATE SET reason = EXCLUDED.reason, dismissed_at = now()`,
      [companyId, partnerId, reason, dismissedBy],
    );
  }

  /** Every dismissal, its reason split into the chosen code and the company's own words. */
  async dismissals(): Promise<FeedbackEvent[]> {
    const rows: Pick<SuggestionDismissalRow, 'company_id' | 'partner_id' | 'reason'>[] =
      await this.dataSource.query(
        `SELECT company_id, partner_id, reason FROM suggestion_dismissals ORDER BY company_id, partner_id`,
      );
    return rows.map((row) => {
      const coded = row.reason ? CODED_REASON.exec(row.reason.trim()) : null;
      return {
        companyId: row.company_id,
        partnerId: row.partner_id,
        signal: 'DISMISSED',
        reasonCode: coded ? coded[1] : null,
        note: coded ? coded[2] || null : row.reason,
      };
    });
  }
}

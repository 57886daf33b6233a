import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { SentEmailRow } from '../notifications.tables.js';

/** An outbox email as the sender reads it. */
export type QueuedEmail = Pick<
  SentEmailRow,
  'id' | 'to_address' | 'subject' | 'body' | 'html' | 'sealed_secrets' | 'status'
> & { headers: Record<string, string> };

/** What the outbox stores for one email, secrets already withheld and sealed. */
export interface StoredEmail {
  to: string;
  userId: string | null;
  kind: string;
  subject: string;
  body: string;
  html: string | null;
  headers: Record<string, string>;
  dedupeKey: string | null;
  sealedSecrets: string | null;
}

/** Every query on `sent_emails`, the outbox. */
@Injectable()
export class SentEmailsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new email's id; none when its dedupe key was recorded before. */
  async insert(email: StoredEmail, tx?: Transaction): Promise<string | undefined> {
    const rows: Pick<SentEmailRow, 'id'>[] = await (tx ?? this.dataSource.manager).query(
      `INSERT INTO sent_emails (to_address, user_id, kind, subject, body, html, headers, dedupe_key, sealed_secrets)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        email.to,
        email.userId,
        email.kind,
        email.subject,
        email.body,
        email.html,
        JSON.stringify(email.headers),
        email.dedupeKey,
        email.sealedSecrets,
      ],
    );
    return rows[0]?.id;
  }

  /** Counts one more attempt and returns the email, unless it was sent (or logged) already. */
  async claimAttempt(id: string): Promise<QueuedEmail | undefined> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [QueuedEmail[], number] = await this.dataSource.query(
      `UPDATE sent_emails SET attempts = attempts + 1 WHERE id = $1 AND status IN ('PENDING', 'FAILED')
       RETURNING id, to_address, subject, body, html, headers, sealed_secrets, status`,
      [id],
    );
    return rows[0];
  }

  /** A delivered (or logged) email forgets its sealed secrets. */
  async mark(id: string, status: 'SENT' | 'LOGGED' | 'FAILED', error?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sent_emails SET status = $2::varchar, last_error = $3,
              sent_at = CASE WHEN $2::varchar IN ('SENT', 'LOGGED') THEN now() END,
              sealed_secrets = CASE WHEN $2::varchar IN ('SENT', 'LOGGED') THEN NULL ELSE sealed_secrets END
        WHERE id = $1`,
      [id, status, error ?? null],
    );
  }
}

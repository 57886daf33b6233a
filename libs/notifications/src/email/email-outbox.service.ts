import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobName, JobQueue } from '@app/queue';
import { SecretSeal, withholdSecrets, type EmailSecrets } from './email-secrets.js';

export interface OutgoingEmail {
  to: string;
  userId?: string | null;
  kind: string;
  subject: string;
  body: string;
  /** An HTML alternative of `body`: the email is then sent as multipart/alternative. */
  html?: string;
  /** Headers of its own, e.g. List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
  /** The same key twice sends once (a retried job, a re-run import). */
  dedupeKey?: string;
  /**
   * Values in the subject or body that give access (invitation and calendar links): stored and
   * logged as `[redacted:<name>]`, sealed until the email is delivered, then forgotten.
   */
  secrets?: EmailSecrets;
}

/**
 * Emails are written to the `sent_emails` outbox in the caller's transaction, then sent by a
 * queued job with retries: never inside the request, and never lost when the transaction commits.
 */
@Injectable()
export class EmailOutbox {
  private readonly seal: SecretSeal;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly jobs: JobQueue,
  ) {
    this.seal = new SecretSeal(config.JWT_SECRET);
  }

  /** Records the email; call `dispatch` with the returned ids once the transaction committed. */
  async record(
    email: OutgoingEmail,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | undefined> {
    const secrets = email.secrets ?? {};
    const hasSecrets = Object.values(secrets).some(Boolean);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO sent_emails (to_address, user_id, kind, subject, body, html, headers, dedupe_key, sealed_secrets)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        email.to,
        email.userId ?? null,
        email.kind,
        withholdSecrets(email.subject, secrets),
        withholdSecrets(email.body, secrets),
        email.html ? withholdSecrets(email.html, secrets) : null,
        JSON.stringify(email.headers ?? {}),
        email.dedupeKey ?? null,
        hasSecrets ? this.seal.seal(secrets) : null,
      ],
    );
    return rows[0]?.id;
  }

  async dispatch(ids: (string | undefined)[]): Promise<void> {
    for (const id of ids) {
      if (id)
        await this.jobs
          .add(JobName.SEND_EMAIL, { emailId: id }, { jobId: `${id}-send-email` })
          .catch(() => undefined);
    }
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.dispatch([await this.record(email)]);
  }
}

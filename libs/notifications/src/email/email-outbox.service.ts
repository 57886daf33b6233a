import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Transaction } from '@app/database';
import { JobName, JobQueue } from '@app/queue';
import { SecretSeal, withholdSecrets, type EmailSecrets } from './email-secrets.js';
import { SentEmailsRepository } from './sent-emails.repository.js';

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
    private readonly emails: SentEmailsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly jobs: JobQueue,
  ) {
    this.seal = new SecretSeal(config.JWT_SECRET);
  }

  /** Records the email; call `dispatch` with the returned ids once the transaction committed. */
  async record(email: OutgoingEmail, tx?: Transaction): Promise<string | undefined> {
    const secrets = email.secrets ?? {};
    const hasSecrets = Object.values(secrets).some(Boolean);
    return this.emails.insert(
      {
        to: email.to,
        userId: email.userId ?? null,
        kind: email.kind,
        subject: withholdSecrets(email.subject, secrets),
        body: withholdSecrets(email.body, secrets),
        html: email.html ? withholdSecrets(email.html, secrets) : null,
        headers: email.headers ?? {},
        dedupeKey: email.dedupeKey ?? null,
        sealedSecrets: hasSecrets ? this.seal.seal(secrets) : null,
      },
      tx,
    );
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

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { restoreSecrets, SecretSeal } from './email-secrets.js';

interface EmailRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  sealed_secrets: string | null;
  html: string | null;
  headers: Record<string, string>;
  status: string;
}

/**
 * Sends one outbox email over SMTP (SMTP_URL), its secrets (links) put back from their seal, which
 * is then cleared. Without SMTP the email, secrets withheld, is written to the log and marked
 * LOGGED: it is not delivered, and its links are gone for good (a warning says so at start-up).
 * A sent email is never sent again when its job is retried.
 */
@Injectable()
export class EmailSenderProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger('Email');
  private readonly transport?: Transporter;
  private readonly seal: SecretSeal;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    if (config.SMTP_URL) this.transport = nodemailer.createTransport(config.SMTP_URL);
    this.seal = new SecretSeal(config.JWT_SECRET);
  }

  onApplicationBootstrap(): void {
    if (this.transport) return;
    const where = this.config.isProduction ? 'IN PRODUCTION' : 'here';
    this.logger.warn(
      `SMTP_URL is not set: emails are NOT delivered ${where} (invitations cannot be accepted); ` +
        'each is logged with its links withheld. Set SMTP_URL to send them.',
    );
  }

  @JobHandler(JobName.SEND_EMAIL)
  async send({ emailId }: JobPayloads[JobName.SEND_EMAIL]): Promise<void> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [EmailRow[], number] = await this.dataSource.query(
      `UPDATE sent_emails SET attempts = attempts + 1 WHERE id = $1 AND status IN ('PENDING', 'FAILED')
       RETURNING id, to_address, subject, body, html, headers, sealed_secrets, status`,
      [emailId],
    );
    const email = rows[0];
    if (!email) return;
    if (!this.transport) {
      this.logger.log(
        { to: email.to_address, subject: email.subject, body: email.body },
        'Email (no SMTP_URL: logged)',
      );
      await this.mark(email.id, 'LOGGED');
      return;
    }
    try {
      const secrets = email.sealed_secrets ? this.seal.open(email.sealed_secrets) : {};
      await this.transport.sendMail({
        from: this.config.EMAIL_FROM,
        to: email.to_address,
        subject: restoreSecrets(email.subject, secrets),
        text: restoreSecrets(email.body, secrets),
        ...(email.html ? { html: restoreSecrets(email.html, secrets) } : {}),
        headers: email.headers,
      });
      await this.mark(email.id, 'SENT');
    } catch (error) {
      await this.mark(email.id, 'FAILED', (error as Error).message);
      throw error;
    }
  }

  private async mark(id: string, status: string, error?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sent_emails SET status = $2::varchar, last_error = $3,
              sent_at = CASE WHEN $2::varchar IN ('SENT', 'LOGGED') THEN now() END,
              sealed_secrets = CASE WHEN $2::varchar IN ('SENT', 'LOGGED') THEN NULL ELSE sealed_secrets END
        WHERE id = $1`,
      [id, status, error ?? null],
    );
  }
}

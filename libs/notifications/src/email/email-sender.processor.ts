import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';

interface EmailRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  html: string | null;
  headers: Record<string, string>;
  status: string;
}

/**
 * Sends one outbox email over SMTP (SMTP_URL), or, without SMTP, writes it to the log and marks
 * it LOGGED so staff can read it. A sent email is never sent again when its job is retried.
 */
@Injectable()
export class EmailSenderProcessor {
  private readonly logger = new Logger('Email');
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    if (config.SMTP_URL) this.transport = nodemailer.createTransport(config.SMTP_URL);
  }

  @JobHandler(JobName.SEND_EMAIL)
  async send({ emailId }: JobPayloads[JobName.SEND_EMAIL]): Promise<void> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [EmailRow[], number] = await this.dataSource.query(
      `UPDATE sent_emails SET attempts = attempts + 1 WHERE id = $1 AND status IN ('PENDING', 'FAILED')
       RETURNING id, to_address, subject, body, html, headers, status`,
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
      await this.transport.sendMail({
        from: this.config.EMAIL_FROM,
        to: email.to_address,
        subject: email.subject,
        text: email.body,
        ...(email.html ? { html: email.html } : {}),
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
              sent_at = CASE WHEN $2::varchar IN ('SENT', 'LOGGED') THEN now() END
        WHERE id = $1`,
      [id, status, error ?? null],
    );
  }
}

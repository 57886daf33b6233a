import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { restoreSecrets, SecretSeal } from './email-secrets.js';
import { SentEmailsRepository } from './sent-emails.repository.js';

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
    private readonly emails: SentEmailsRepository,
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
    const email = await this.emails.claimAttempt(emailId);
    if (!email) return;
    if (!this.transport) {
      this.logger.log(
        { to: email.to_address, subject: email.subject, body: email.body },
        'Email (no SMTP_URL: logged)',
      );
      await this.emails.mark(email.id, 'LOGGED');
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
      await this.emails.mark(email.id, 'SENT');
    } catch (error) {
      await this.emails.mark(email.id, 'FAILED', (error as Error).message);
      throw error;
    }
  }
}

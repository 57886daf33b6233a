import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { translate, type Locale } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EmailOutbox } from '@app/notifications';
import { authError } from '../auth.errors.js';
import { INVITATION_EMAIL } from './invitation.messages.js';

export const INVITATION_DAYS = 14;

export interface InvitationRequest {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  companyName: string;
  inviterName: string;
  invitedBy: string | null;
}

/** Secrets sent to people (invitation links, refresh tokens) are stored only as this hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Invitation tokens: random, stored only as a hash, valid for two weeks, usable once. */
@Injectable()
export class InvitationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: EmailOutbox,
  ) {}

  /** Creates the invitation and its email in the caller's transaction; returns the email id to dispatch. */
  async create(manager: EntityManager, request: InvitationRequest): Promise<string | undefined> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO invitations (user_id, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [request.userId, hashToken(token), request.invitedBy, INVITATION_DAYS],
    );
    const params = {
      name: request.name,
      company: request.companyName,
      inviter: request.inviterName,
      days: INVITATION_DAYS,
      link: `${this.config.PUBLIC_URL}/invitation/${token}`,
    };
    return this.outbox.record(
      {
        to: request.email,
        userId: request.userId,
        kind: 'invitation',
        subject: translate(INVITATION_EMAIL.subject, request.locale, params),
        body: translate(INVITATION_EMAIL.body, request.locale, params),
        secrets: { link: params.link },
      },
      manager,
    );
  }

  /** Marks the token used and returns its user, under a row lock so that it works only once. */
  async redeem(manager: EntityManager, token: string): Promise<string> {
    const rows: { id: string; user_id: string; expired: boolean }[] = await manager.query(
      `SELECT id, user_id, expires_at < now() AS expired FROM invitations
        WHERE token_hash = $1 AND used_at IS NULL FOR UPDATE`,
      [hashToken(token)],
    );
    const invitation = rows[0];
    if (!invitation) throw authError('INVITATION_INVALID');
    if (invitation.expired) throw authError('INVITATION_EXPIRED');
    await manager.query(`UPDATE invitations SET used_at = now() WHERE id = $1`, [invitation.id]);
    return invitation.user_id;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { translate, type Locale } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Transaction } from '@app/database';
import { EmailOutbox } from '@app/notifications';
import { authError } from '../auth.errors.js';
import { INVITATION_EMAIL } from './invitation.messages.js';
import { InvitationsRepository } from './invitations.repository.js';

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
    private readonly invitations: InvitationsRepository,
  ) {}

  /** Creates the invitation and its email in the caller's transaction; returns the email id to dispatch. */
  async create(manager: Transaction, request: InvitationRequest): Promise<string | undefined> {
    const token = randomBytes(32).toString('base64url');
    await this.invitations.insert(
      {
        userId: request.userId,
        tokenHash: hashToken(token),
        invitedBy: request.invitedBy,
        days: INVITATION_DAYS,
      },
      manager,
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
  async redeem(manager: Transaction, token: string): Promise<string> {
    const invitation = await this.invitations.lockUnusedByHash(hashToken(token), manager);
    if (!invitation) throw authError('INVITATION_INVALID');
    if (invitation.expired) throw authError('INVITATION_EXPIRED');
    await this.invitations.markUsed(invitation.id, manager);
    return invitation.user_id;
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

const PURPOSE = 'digest-unsubscribe:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One-click unsubscribe links (RFC 8058). The token is the person's id signed with the server's
 * secret: nothing is stored, a link works any number of times, and no one can forge another's.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  url(userId: string): string {
    return `${this.config.PUBLIC_URL}/digest/unsubscribe/${userId}.${this.signature(userId)}`;
  }

  /** The person a token names, or null when it was not signed here. */
  verify(token: string): string | null {
    const [userId, signature] = token.split('.');
    if (!userId || !signature || !UUID.test(userId)) return null;
    const expected = Buffer.from(this.signature(userId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
  }

  private signature(userId: string): string {
    return createHmac('sha256', this.config.JWT_SECRET)
      .update(PURPOSE + userId)
      .digest('base64url');
  }
}

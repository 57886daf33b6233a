import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isStaff, ViewerService } from '@app/auth';
import { AppException, type Viewer } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

export const QUEUES_PATH = '/admin/queues';
export const QUEUES_COOKIE = 'passerelle_queues';
export const QUEUES_COOKIE_MINUTES = 10;

/**
 * Who may open the queue dashboard: a staff member's bearer token, or the short-lived cookie a
 * staff-only mutation sets so a browser can open the page. The cookie is an HMAC of the user, their
 * token version and an expiry: signing out everywhere (a new token version) revokes it too.
 */
@Injectable()
export class DashboardAccess {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly viewers: ViewerService,
  ) {}

  async issue(viewer: Viewer): Promise<{ cookie: string; expiresAt: Date }> {
    const version = await this.viewers.tokenVersion(viewer.userId);
    if (version === undefined) throw AppException.unauthenticated();
    const expiresAt = new Date(Date.now() + QUEUES_COOKIE_MINUTES * 60_000);
    const payload = `${viewer.userId}.${version}.${expiresAt.getTime()}`;
    const secure = this.config.PUBLIC_URL.startsWith('https:') ? '; Secure' : '';
    return {
      cookie:
        `${QUEUES_COOKIE}=${payload}.${this.sign(payload)}; Path=${QUEUES_PATH}; HttpOnly; SameSite=Strict; ` +
        `Max-Age=${QUEUES_COOKIE_MINUTES * 60}${secure}`,
      expiresAt,
    };
  }

  /** The staff member behind a request, or undefined (anonymous, expired, revoked, not staff). */
  async staffOf(
    authorization: string | undefined,
    cookieHeader: string | undefined,
  ): Promise<Viewer | undefined> {
    const viewer = authorization
      ? await this.viewers.fromAuthorization(authorization)
      : await this.fromCookie(cookieHeader);
    return viewer && isStaff(viewer) ? viewer : undefined;
  }

  /** Whoever sent a bearer token or cookie at all, for the language of the refusal. */
  async anyone(authorization: string | undefined): Promise<Viewer | undefined> {
    return authorization ? this.viewers.fromAuthorization(authorization) : undefined;
  }

  private async fromCookie(header: string | undefined): Promise<Viewer | undefined> {
    const value = (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${QUEUES_COOKIE}=`))
      ?.slice(QUEUES_COOKIE.length + 1);
    const match = /^([0-9a-f-]{36})\.(\d+)\.(\d+)\.([A-Za-z0-9_-]+)$/.exec(value ?? '');
    if (!match) return undefined;
    const [, userId, version, expires, signature] = match;
    const expected = Buffer.from(this.sign(`${userId}.${version}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (Number(expires) < Date.now()) return undefined;
    return this.viewers.ofTokenVersion(userId, Number(version));
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.config.JWT_SECRET)
      .update(`queue-dashboard:${payload}`)
      .digest('base64url');
  }
}

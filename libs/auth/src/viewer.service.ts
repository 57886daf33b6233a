import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { PasserelleRequest, Viewer } from '@app/common';
import { TokenService } from './token.service.js';
import { UsersRepository, type ViewerRow } from './users.repository.js';

export function viewerOf(user: {
  id: string;
  role: Viewer['role'];
  companyId: string | null;
  association: string | null;
  locale: Viewer['locale'];
}): Viewer {
  return {
    userId: user.id,
    role: user.role,
    companyId: user.companyId,
    association: user.association,
    locale: user.locale,
  };
}

/**
 * Turns a bearer token into the signed-in viewer, or nothing when the token is not good.
 *
 * Every signed-in request needs its user's row as it is now (a changed password or role counts at
 * once), so it is read on every request. The requests that reach this point in one turn of the
 * event loop share one query: under load that is one round trip for several requests, each still
 * answered from a read made after it arrived.
 */
@Injectable()
export class ViewerService {
  private readonly rows = new DataLoader<string, ViewerRow | undefined>((ids) => this.read(ids), {
    cache: false,
    batchScheduleFn: (flush) => setImmediate(flush),
  });

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  /** The request's viewer, looked up once per request whoever asks first (body limits, the guard). */
  async ofRequest(req: PasserelleRequest): Promise<Viewer | undefined> {
    if (!req.viewerChecked) {
      req.viewer = await this.fromAuthorization(req.headers?.authorization);
      req.viewerChecked = true;
    }
    return req.viewer;
  }

  async fromAuthorization(header: string | undefined): Promise<Viewer | undefined> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) return undefined;
    const claims = this.tokens.verifyAccessToken(match[1]);
    return claims ? this.ofTokenVersion(claims.sub, claims.ver) : undefined;
  }

  /**
   * The viewer behind a credential bound to a token version (a bearer token, the queue dashboard's
   * cookie): none once the person is deleted or signed out everywhere (a new token version).
   */
  async ofTokenVersion(userId: string, version: number): Promise<Viewer | undefined> {
    const row = await this.rows.load(userId);
    if (!row || row.token_version !== version) return undefined;
    return { ...viewerOf({ ...row, companyId: row.company_id }), asOf: row.generations };
  }

  /** The person's current token version, to bind a new credential to (undefined once deleted). */
  async tokenVersion(userId: string): Promise<number | undefined> {
    return (await this.rows.load(userId))?.token_version;
  }

  /** The generations come in the same round trip: a cached feed then costs no query at all. */
  private async read(ids: readonly string[]): Promise<(ViewerRow | undefined)[]> {
    const rows = await this.users.viewersById(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }
}

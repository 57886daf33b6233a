import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@app/common';
import { TokenService } from './token.service.js';

interface ViewerRow {
  id: string;
  role: Viewer['role'];
  company_id: string | null;
  association: string | null;
  locale: Viewer['locale'];
  token_version: number;
}

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

/** Turns a bearer token into the signed-in viewer, or nothing when the token is not good. */
@Injectable()
export class ViewerService {
  constructor(
    private readonly tokens: TokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async fromAuthorization(header: string | undefined): Promise<Viewer | undefined> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) return undefined;
    const claims = this.tokens.verifyAccessToken(match[1]);
    if (!claims) return undefined;
    const rows: ViewerRow[] = await this.dataSource.query(
      `SELECT id, role, company_id, association, locale, token_version
         FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [claims.sub],
    );
    const row = rows[0];
    if (!row || row.token_version !== claims.ver) return undefined;
    return viewerOf({ ...row, companyId: row.company_id });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserEntity, type UserRow } from '@app/auth';
import type { Transaction } from '@app/database';
import type { Province } from '../company.entity.js';

export const MEMBER_PEOPLE_IN_SQL = `SELECT u.id FROM users u JOIN companies c ON c.id = u.company_id
        WHERE c.province = $1 AND u.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM memberships m WHERE m.company_id = c.id
                        AND (m.member_since IS NULL OR m.member_since <= current_date)
                        AND (m.expires_on IS NULL OR m.expires_on >= current_date))
        ORDER BY u.id`;

export type Contact = Pick<UserRow, 'id' | 'email' | 'name'> & { locale: 'fr' | 'en' };

/**
 * The people of companies, as the companies domain reads them for other domains (CompanyDirectory)
 * and for an import's contacts. `users` belongs to auth: these statements are the ones left to
 * move behind auth's public surface.
 */
@Injectable()
export class CompanyPeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  async memberPeopleIn(province: Province, tx?: Transaction): Promise<string[]> {
    const rows: Pick<UserRow, 'id'>[] = await this.db(tx).query(MEMBER_PEOPLE_IN_SQL, [province]);
    return rows.map((r) => r.id);
  }

  adminsOf(companyIds: readonly string[], tx?: Transaction): Promise<Pick<UserRow, 'id' | 'company_id'>[]> {
    return this.db(tx).query(
      `SELECT id, company_id FROM users
        WHERE company_id = ANY($1::uuid[]) AND role = 'COMPANY_ADMIN' AND deleted_at IS NULL ORDER BY id`,
      [[...companyIds]],
    );
  }

  contacts(userIds: readonly string[], tx?: Transaction): Promise<Contact[]> {
    return this.db(tx).query(
      `SELECT id, email, name, locale FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY id`,
      [[...userIds]],
    );
  }

  names(userIds: readonly string[], tx?: Transaction): Promise<Pick<UserRow, 'id' | 'name'>[]> {
    return this.db(tx).query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[])`, [[...userIds]]);
  }

  /** The accounts these addresses (already lower-cased) belong to, whatever their case. */
  byEmails(emails: string[], tx: Transaction): Promise<UserEntity[]> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) IN (:...emails)', { emails })
      .getMany();
  }
}

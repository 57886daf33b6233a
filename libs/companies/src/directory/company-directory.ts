import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Province } from '../company.entity.js';

/**
 * Who speaks for companies, for other domains that tell companies something (a call for a trade
 * mission, a decision on an application) without reading the companies' or users' tables.
 */
@Injectable()
export class CompanyDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The people of the province's companies that hold a membership in force today. */
  async memberPeopleIn(
    province: Province,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u JOIN companies c ON c.id = u.company_id
        WHERE c.province = $1 AND u.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM memberships m WHERE m.company_id = c.id
                        AND (m.member_since IS NULL OR m.member_since <= current_date)
                        AND (m.expires_on IS NULL OR m.expires_on >= current_date))
        ORDER BY u.id`,
      [province],
    );
    return rows.map((r) => r.id);
  }

  /** The company admins of each company, by company id. */
  async adminsOf(
    companyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const rows: { id: string; company_id: string }[] = await manager.query(
      `SELECT id, company_id FROM users
        WHERE company_id = ANY($1::uuid[]) AND role = 'COMPANY_ADMIN' AND deleted_at IS NULL ORDER BY id`,
      [[...companyIds]],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.company_id, [...(out.get(r.company_id) ?? []), r.id]);
    return out;
  }

  /** How to write to people, in their language. */
  async contacts(
    userIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; email: string; name: string; locale: 'fr' | 'en' }[]> {
    return manager.query(
      `SELECT id, email, name, locale FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY id`,
      [[...userIds]],
    );
  }

  /** Names of people, for the seats of meetings created on their behalf. */
  async personNames(
    userIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
      [[...userIds]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

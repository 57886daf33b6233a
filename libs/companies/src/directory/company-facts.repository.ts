import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { CompanyRow } from '../companies.tables.js';
import type { Province } from '../company.entity.js';

/** A company's province and memberships (dates as YYYY-MM-DD), as pricing an event needs them. */
export interface CompanyWithMemberships {
  id: string;
  province: Province;
  memberships: { association: string; member_since: string | null; expires_on: string | null }[];
}

/** A company's province and the associations of its memberships that have not expired. */
export interface CompanyWithAssociations {
  id: string;
  province: Province;
  associations: string[];
}

/**
 * What other domains read of companies besides whole profiles (CompaniesService.findByIds): names,
 * provinces and memberships for lists of companies at once, in the caller's transaction.
 */
@Injectable()
export class CompanyFactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  async names(ids: readonly (string | null)[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: Pick<CompanyRow, 'id' | 'name'>[] = await this.db(tx).query(
      `SELECT id, name FROM companies WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async provinces(ids: readonly string[], tx?: Transaction): Promise<Map<string, Province>> {
    const rows: { id: string; province: Province }[] = await this.db(tx).query(
      `SELECT id, province FROM companies WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.province]));
  }

  withMemberships(ids: readonly string[], tx?: Transaction): Promise<CompanyWithMemberships[]> {
    return this.db(tx).query(
      `SELECT c.id, c.province,
              coalesce(json_agg(json_build_object('association', m.association,
                         'member_since', to_char(m.member_since, 'YYYY-MM-DD'),
                         'expires_on', to_char(m.expires_on, 'YYYY-MM-DD')))
                       FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM companies c LEFT JOIN memberships m ON m.company_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [[...ids]],
    );
  }

  /** Matching's curation checks staff against these: memberships in force today (`current_memberships`). */
  withCurrentAssociations(ids: readonly string[]): Promise<CompanyWithAssociations[]> {
    return this.db().query(
      `SELECT c.id, c.province,
              array(SELECT m.association FROM current_memberships m WHERE m.company_id = c.id) AS associations
         FROM companies c WHERE c.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  /** Locks the company's row until the transaction ends: what it does then queues behind each other. */
  async lock(companyId: string, tx: Transaction): Promise<void> {
    await tx.query(`SELECT id FROM companies WHERE id = $1 FOR NO KEY UPDATE`, [companyId]);
  }
}

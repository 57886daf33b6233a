import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Locale } from '@app/common';
import type { Transaction } from '@app/database';
import type { Association, TaxProvince } from './pricing/pricing.js';

export interface PersonContact {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface CompanyPricingRow {
  id: string;
  province: TaxProvince;
  memberships: { association: Association; member_since: string | null; expires_on: string | null }[];
}

/**
 * The people and companies events show, email and price, read in the caller's transaction.
 * These read `users`, `companies` and `memberships` (auth's and companies' tables): gathered
 * here, in one place, until those domains export transaction-aware look-ups.
 */
@Injectable()
export class EventPeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  async contact(userId: string, tx?: Transaction): Promise<PersonContact> {
    const rows: PersonContact[] = await this.db(tx).query(
      `SELECT id, email, name, locale FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0];
  }

  /** A person with an account, and their company. */
  async liveUser(userId: string): Promise<{ id: string; company_id: string | null } | undefined> {
    const rows: { id: string; company_id: string | null }[] = await this.dataSource.query(
      `SELECT id, company_id FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    return rows[0];
  }

  /** Anyone, deleted or not, by an id that may not even be a uuid. */
  async nameAndLocale(userId: string): Promise<{ id: string; name: string; locale: Locale } | undefined> {
    const [person]: { id: string; name: string; locale: Locale }[] = await this.dataSource.query(
      `SELECT id, name, locale FROM users WHERE id::text = $1`,
      [userId],
    );
    return person;
  }

  /** The people of a company who have an account, by name. */
  membersOf(companyId: string): Promise<PersonContact[]> {
    return this.dataSource.query(
      `SELECT id, email, name, locale FROM users WHERE company_id = $1 AND deleted_at IS NULL ORDER BY name`,
      [companyId],
    );
  }

  async personNames(ids: string[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.db(tx).query(
      `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async companyNames(ids: string[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.db(tx).query(
      `SELECT id, name FROM companies WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async provinces(ids: string[]): Promise<Map<string, string>> {
    const rows: { id: string; province: string }[] = await this.dataSource.query(
      `SELECT id, province FROM companies WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.province]));
  }

  /** Each company's province and memberships, as pricing needs them. */
  companiesForPricing(ids: readonly string[], tx?: Transaction): Promise<CompanyPricingRow[]> {
    return this.db(tx).query(
      `SELECT c.id, c.province,
              coalesce(json_agg(json_build_object('association', m.association,
                         'member_since', to_char(m.member_since, 'YYYY-MM-DD'),
                         'expires_on', to_char(m.expires_on, 'YYYY-MM-DD')))
                       FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM companies c LEFT JOIN memberships m ON m.company_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [ids],
    );
  }
}

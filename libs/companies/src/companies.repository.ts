import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { CompanyRow } from './companies.tables.js';
import { COMPANIES_BY_IDS_SQL, directorySql, type DirectoryQuery } from './company-search.sql.js';
import { CompanyEntity, type Province } from './company.entity.js';
import { MembershipEntity } from './membership.entity.js';

/** Members by the rule of `current_memberships` (written once, in the view). */
export const MEMBER_COMPANIES_IN_SQL = `SELECT c.id FROM companies c
        WHERE c.province = $1
          AND EXISTS (SELECT 1 FROM current_memberships m WHERE m.company_id = c.id)
        ORDER BY c.id`;

/** A raw `companies` row as the entity the rest of the platform reads. */
function toCompany(row: CompanyRow): CompanyEntity {
  return Object.assign(new CompanyEntity(), {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    province: row.province as Province,
    city: row.city,
    website: row.website,
    languages: row.languages as ('fr' | 'en')[],
    size: row.size,
    sectors: row.sectors,
    therapeuticAreas: row.therapeutic_areas,
    modalities: row.modalities,
    stage: row.stage,
    offers: row.offers,
    seeks: row.seeks,
    partnershipTypes: row.partnership_types,
    descriptionFr: row.description_fr,
    descriptionEn: row.description_en,
    seekingFr: row.seeking_fr,
    seekingEn: row.seeking_en,
    matchmakingOptIn: row.matchmaking_opt_in,
    matchmakingConsentAt: row.matchmaking_consent_at,
    profileVersion: row.profile_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** Every query on `companies`, `memberships` and `consent_log`. */
@Injectable()
export class CompaniesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Transaction): Promise<CompanyEntity | null> {
    return this.db(tx).findOne(CompanyEntity, { where: { id } });
  }

  /** In one statement (the company loader's), in no particular order. */
  async findByIds(ids: readonly string[]): Promise<CompanyEntity[]> {
    if (ids.length === 0) return [];
    const rows: CompanyRow[] = await this.dataSource.query(COMPANIES_BY_IDS_SQL, [[...ids]]);
    return rows.map(toCompany);
  }

  async idByExternalId(externalId: string): Promise<string | undefined> {
    const company = await this.db().findOne(CompanyEntity, { where: { externalId }, select: { id: true } });
    return company?.id;
  }

  async knownExternalIds(externalIds: readonly string[]): Promise<Set<string>> {
    if (externalIds.length === 0) return new Set();
    const found = await this.db().find(CompanyEntity, {
      where: { externalId: In([...externalIds]) },
      select: { externalId: true },
    });
    return new Set(found.map((c) => c.externalId!));
  }

  /** A page of the company directory and the total the filter matches. */
  async directory(query: DirectoryQuery): Promise<{ rows: CompanyEntity[]; total: number }> {
    const { count, page } = directorySql(query);
    const [{ count: total }]: { count: number }[] = await this.dataSource.query(count.sql, count.params);
    const rows: CompanyRow[] = await this.dataSource.query(page.sql, page.params);
    return { rows: rows.map(toCompany), total };
  }

  /** The company row, locked until the transaction ends. */
  lock(id: string, tx: Transaction): Promise<CompanyEntity | null> {
    return tx.findOne(CompanyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The companies these externalIds name, with their memberships, locked until the transaction ends. */
  lockByExternalIds(externalIds: string[], tx: Transaction): Promise<CompanyEntity[]> {
    return tx.find(CompanyEntity, {
      where: { externalId: In(externalIds) },
      relations: { memberships: true },
      lock: { mode: 'pessimistic_write', tables: ['companies'] },
    });
  }

  /** A company not saved yet. */
  draft(fields: Partial<CompanyEntity>): CompanyEntity {
    return this.dataSource.manager.create(CompanyEntity, fields);
  }

  save(company: CompanyEntity, tx: Transaction): Promise<CompanyEntity> {
    return tx.save(company);
  }

  /** Saves the company with exactly these memberships, the previous ones of a saved company dropped. */
  async saveWithMemberships(
    company: CompanyEntity,
    memberships: Pick<MembershipEntity, 'association' | 'memberSince' | 'expiresOn'>[],
    tx: Transaction,
  ): Promise<CompanyEntity> {
    company.memberships = memberships.map((m) => tx.create(MembershipEntity, m));
    if (company.id) await tx.delete(MembershipEntity, { companyId: company.id });
    return tx.save(company);
  }

  /** Dates (or clears) the company's consent to matchmaking and logs the decision. */
  async recordConsent(
    companyId: string,
    consentAt: Date | null,
    granted: boolean,
    userId: string | null,
    tx: Transaction,
  ): Promise<void> {
    await tx.update(CompanyEntity, { id: companyId }, { matchmakingConsentAt: consentAt });
    await tx.query(`INSERT INTO consent_log (company_id, user_id, granted) VALUES ($1, $2, $3)`, [
      companyId,
      userId,
      granted,
    ]);
  }

  async count(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM companies`,
    );
    return count;
  }

  /** The first company of the province that opted into matchmaking, by externalId. */
  async firstOptedIn(province: Province): Promise<string | null> {
    const rows: Pick<CompanyRow, 'id'>[] = await this.dataSource.query(
      `SELECT id FROM companies WHERE province = $1 AND matchmaking_opt_in ORDER BY external_id LIMIT 1`,
      [province],
    );
    return rows[0]?.id ?? null;
  }

  /** The companies of the province that hold a membership in force today, by id. */
  async memberCompaniesIn(province: Province, tx?: Transaction): Promise<string[]> {
    const rows: Pick<CompanyRow, 'id'>[] = await this.db(tx).query(MEMBER_COMPANIES_IN_SQL, [province]);
    return rows.map((r) => r.id);
  }

  membershipsOf(companyIds: readonly string[]): Promise<MembershipEntity[]> {
    return this.db().find(MembershipEntity, { where: { companyId: In([...companyIds]) } });
  }
}

import { Injectable } from '@nestjs/common';
import { ContributesPersonalData, type PersonalDataContributor, type PersonalDataSubject } from '@app/common';
import type { Transaction } from '@app/database';

/** The statements on `companies` and `consent_log` about one person. */
export const COMPANIES_PERSONAL_DATA_SQL = {
  /** $1: the person's company. */
  company: `SELECT id, name, province, matchmaking_opt_in, matchmaking_consent_at FROM companies WHERE id = $1`,
  /** $1: the person. */
  consentChanges: `SELECT company_id, granted, at FROM consent_log WHERE user_id = $1 ORDER BY at`,
  // The company's consent history stays whole; only who signed each change is forgotten.
  unsignConsents: `UPDATE consent_log SET user_id = NULL WHERE user_id = $1`,
};

/** The company the person belongs to, and the consents to matchmaking they gave or withdrew. */
@Injectable()
@ContributesPersonalData('companies')
export class CompaniesPersonalDataRepository implements PersonalDataContributor {
  async export(
    { userId, companyId }: PersonalDataSubject,
    tx: Transaction,
  ): Promise<Record<string, unknown>> {
    const [company] = companyId ? await tx.query(COMPANIES_PERSONAL_DATA_SQL.company, [companyId]) : [];
    return {
      company: company ?? null,
      consentChanges: await tx.query(COMPANIES_PERSONAL_DATA_SQL.consentChanges, [userId]),
    };
  }

  async wordsOf(): Promise<string[]> {
    return [];
  }

  async erase({ userId }: PersonalDataSubject, _words: string[], tx: Transaction): Promise<void> {
    await tx.query(COMPANIES_PERSONAL_DATA_SQL.unsignConsents, [userId]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';

/**
 * The names and members of companies and people that meetings show and notify, read in the
 * caller's transaction. These read `users` and `companies` (auth's and companies' tables): they
 * are gathered here, in one place, until those domains export transaction-aware look-ups.
 */
@Injectable()
export class MeetingPeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  /** The people of a company who still have an account. */
  async membersOf(companyId: string, tx?: Transaction): Promise<string[]> {
    const rows: { id: string }[] = await this.db(tx).query(
      `SELECT id FROM users WHERE company_id = $1 AND deleted_at IS NULL`,
      [companyId],
    );
    return rows.map((r) => r.id);
  }

  async companyNames(companyIds: readonly (string | null)[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.db(tx).query(
      `SELECT id, name FROM companies WHERE id = ANY($1::uuid[])`,
      [[...companyIds]],
    );
    return new Map(rows.map((c) => [c.id, c.name]));
  }

  /** The names a request's notifications and errors show. */
  async requestNames(
    ids: { fromCompanyId: string; toCompanyId: string; requesterId: string },
    tx?: Transaction,
  ): Promise<{ from_name: string; to_name: string; requester_name: string }> {
    const [names]: { from_name: string; to_name: string; requester_name: string }[] = await this.db(tx).query(
      `SELECT (SELECT name FROM companies WHERE id = $1) AS from_name,
              (SELECT name FROM companies WHERE id = $2) AS to_name,
              (SELECT name FROM users WHERE id = $3) AS requester_name`,
      [ids.fromCompanyId, ids.toCompanyId, ids.requesterId],
    );
    return names;
  }

  /** Locks the sending company's row: its concurrent requests queue behind each other. */
  async lockSender(companyId: string, tx: Transaction): Promise<void> {
    await tx.query(`SELECT id FROM companies WHERE id = $1 FOR NO KEY UPDATE`, [companyId]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { tableShape, type RowOf, type Transaction } from '@app/database';

/** `staff_audit_log` as raw SQL returns it; checked by test/foundation/table-shapes. */
export const staffAuditLogTable = tableShape('staff_audit_log', {
  id: 'int8',
  actor_id: 'uuid?',
  association: 'varchar?',
  action: 'varchar',
  details: 'jsonb',
  at: 'timestamptz',
});
export type StaffAuditLogRow = RowOf<typeof staffAuditLogTable>;

/** Every query on `staff_audit_log` (but erasure's scrubbing of a person's words: audit-personal-data.repository.ts). */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    entry: Pick<StaffAuditLogRow, 'actor_id' | 'association' | 'action'> & {
      details: Record<string, unknown>;
    },
    tx?: Transaction,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `INSERT INTO staff_audit_log (actor_id, association, action, details) VALUES ($1, $2, $3, $4)`,
      [entry.actor_id, entry.association, entry.action, JSON.stringify(entry.details)],
    );
  }
}

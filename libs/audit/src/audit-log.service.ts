import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@app/common';

/**
 * Every staff action (curation, introductions, scheduling, rescoring) is kept with who did it and
 * when, in the same transaction as the action itself, so the log never claims what did not happen.
 */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager | undefined,
    viewer: Viewer,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO staff_audit_log (actor_id, association, action, details) VALUES ($1, $2, $3, $4)`,
      [viewer.userId, viewer.association, action, JSON.stringify(details)],
    );
  }
}

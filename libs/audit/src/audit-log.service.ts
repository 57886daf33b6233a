import { Injectable } from '@nestjs/common';
import type { Viewer } from '@app/common';
import type { Transaction } from '@app/database';
import { AuditLogRepository } from './audit-log.repository.js';

/**
 * Every staff action (curation, introductions, scheduling, rescoring) is kept with who did it and
 * when, in the same transaction as the action itself, so the log never claims what did not happen.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly repository: AuditLogRepository) {}

  async record(
    manager: Transaction | undefined,
    viewer: Viewer,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.repository.insert(
      { actor_id: viewer.userId, association: viewer.association, action, details },
      manager,
    );
  }
}

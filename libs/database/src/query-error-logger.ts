import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's failed statements, without their parameters: those carry what people typed (names,
 * email addresses, token hashes), which the logs must not keep. The statement's text and
 * PostgreSQL's message are enough to find the fault.
 */
export class QueryErrorLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    const message = typeof error === 'string' ? error : error.message;
    const statement = query.replace(/\s+/g, ' ').trim().slice(0, 2000);
    this.logger.error(
      `Query failed: ${message} (${parameters?.length ?? 0} parameters withheld) ${statement}`,
    );
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }

  // Only errors are logged (the module's `logging: ['error']`); TypeORM still calls these.
  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** The handle of an open transaction, as repositories receive it. */
export type Transaction = EntityManager;

/**
 * How transactions cross repositories, the one pattern of the codebase: the service that needs
 * several writes to stand or fall together opens the transaction with `run` and passes the
 * `Transaction` to each repository method taking part (their last parameter). A repository method
 * called without one runs on its own connection. Repositories own the SQL; the service owns where
 * a transaction begins and ends, since that is a rule of the domain, not of a table.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

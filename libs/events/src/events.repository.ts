import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import { EventEntity } from './event.entity.js';

/** Every query on `events`. */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  /** Every event; `upcoming` keeps those not over yet, soonest first (else latest first). */
  list(upcoming: boolean): Promise<EventEntity[]> {
    const query = this.dataSource.manager.getRepository(EventEntity).createQueryBuilder('e');
    if (upcoming) query.where('e.ends_at > now()').orderBy('e.starts_at', 'ASC');
    else query.orderBy('e.starts_at', 'DESC');
    return query.addOrderBy('e.id', 'ASC').getMany();
  }

  findById(id: string, tx?: Transaction): Promise<EventEntity | null> {
    return this.db(tx).findOne(EventEntity, { where: { id } });
  }

  findByIds(ids: string[]): Promise<EventEntity[]> {
    return this.dataSource.manager.find(EventEntity, { where: { id: In(ids) } });
  }

  /** The event row, locked until the transaction ends. */
  lock(id: string, tx: Transaction): Promise<EventEntity | null> {
    return tx.findOne(EventEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(event: Partial<EventEntity>, tx: Transaction): Promise<EventEntity> {
    const saved = await tx.save(tx.create(EventEntity, event));
    return tx.findOneOrFail(EventEntity, { where: { id: saved.id } });
  }

  async update(id: string, changes: Partial<EventEntity>, tx: Transaction): Promise<void> {
    await tx.update(EventEntity, { id }, changes);
  }

  /** Takes one place if the event has room; false when it is full. */
  async takePlace(eventId: string, tx: Transaction): Promise<boolean> {
    const seated: unknown[] = await tx.query(
      `WITH seat AS (UPDATE events SET registered_count = registered_count + 1
                      WHERE id = $1 AND (capacity IS NULL OR registered_count < capacity) RETURNING id)
       SELECT id FROM seat`,
      [eventId],
    );
    return seated.length > 0;
  }

  /** Adds (or, negative, removes) confirmed places; the counter's CHECK refuses overselling. */
  async countRegistered(eventId: string, delta: number, tx: Transaction): Promise<void> {
    await tx.query(`UPDATE events SET registered_count = registered_count + $2 WHERE id = $1`, [
      eventId,
      delta,
    ]);
  }
}

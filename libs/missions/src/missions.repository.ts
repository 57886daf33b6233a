import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@app/common';
import type { MissionDraft } from './mission-rules.js';
import { TradeMissionEntity, type TradeMissionStatus } from './mission.entity.js';

/** Every query of the `trade_missions` table. */
@Injectable()
export class TradeMissionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, draft: MissionDraft, createdBy: string): Promise<TradeMissionEntity> {
    const saved = await manager.save(manager.create(TradeMissionEntity, { ...draft, createdBy }));
    return manager.findOneOrFail(TradeMissionEntity, { where: { id: saved.id } });
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<TradeMissionEntity>,
  ): Promise<TradeMissionEntity> {
    await manager.update(TradeMissionEntity, { id }, changes);
    return manager.findOneOrFail(TradeMissionEntity, { where: { id } });
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<TradeMissionEntity | null> {
    return isUuid(id) ? manager.findOne(TradeMissionEntity, { where: { id } }) : Promise.resolve(null);
  }

  findByIds(ids: readonly string[]): Promise<TradeMissionEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length
      ? this.manager.find(TradeMissionEntity, { where: { id: In(valid) } })
      : Promise.resolve([]);
  }

  /** Locks the mission row: decisions, arrangements and changes of one mission run one at a time. */
  lock(manager: EntityManager, id: string): Promise<TradeMissionEntity | null> {
    return isUuid(id)
      ? manager.findOne(TradeMissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : Promise.resolve(null);
  }

  /** Soonest first; drafts only when asked (staff). */
  list(status: TradeMissionStatus | undefined, withDrafts: boolean): Promise<TradeMissionEntity[]> {
    const where = status ? { status } : withDrafts ? {} : { status: Not('DRAFT' as TradeMissionStatus) };
    if (status === 'DRAFT' && !withDrafts) return Promise.resolve([]);
    return this.manager.find(TradeMissionEntity, { where, order: { startsAt: 'ASC', id: 'ASC' } });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import {
  MissionApplicationEntity,
  type MissionApplicationStatus,
  type MissionRole,
} from '../application.entity.js';
import { isUuid } from '@app/common';

/** Every query of the `mission_applications` table. */
@Injectable()
export class MissionApplicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the company already applied (the unique constraint decides, whatever the race). */
  async insert(
    manager: EntityManager,
    row: Pick<MissionApplicationEntity, 'missionId' | 'companyId' | 'role' | 'objectives' | 'appliedBy'>,
  ): Promise<MissionApplicationEntity | null> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO mission_applications (mission_id, company_id, role, objectives, applied_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT mission_applications_one_per_company DO NOTHING
       RETURNING id`,
      [row.missionId, row.companyId, row.role, row.objectives, row.appliedBy],
    );
    return inserted ? manager.findOneOrFail(MissionApplicationEntity, { where: { id: inserted.id } }) : null;
  }

  findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MissionApplicationEntity | null> {
    return isUuid(id) ? manager.findOne(MissionApplicationEntity, { where: { id } }) : Promise.resolve(null);
  }

  lock(manager: EntityManager, id: string): Promise<MissionApplicationEntity | null> {
    return isUuid(id)
      ? manager.findOne(MissionApplicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : Promise.resolve(null);
  }

  forMission(
    missionId: string,
    filter: { role?: MissionRole; status?: MissionApplicationStatus } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MissionApplicationEntity[]> {
    const where: FindOptionsWhere<MissionApplicationEntity> = { missionId };
    if (filter.role) where.role = filter.role;
    if (filter.status) where.status = filter.status;
    return manager.find(MissionApplicationEntity, { where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The viewer's company's application to each mission, in one query. */
  async ofCompany(missionIds: readonly string[], companyId: string): Promise<MissionApplicationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(MissionApplicationEntity, 'a')
      .where('a.mission_id = ANY(:ids) AND a.company_id = :companyId', { ids: [...missionIds], companyId })
      .getMany();
  }

  /** Live applications (not withdrawn) per mission. */
  async counts(missionIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { mission_id: string; n: number }[] = await this.dataSource.query(
      `SELECT mission_id, count(*)::int AS n FROM mission_applications
        WHERE mission_id = ANY($1::uuid[]) AND status <> 'WITHDRAWN' GROUP BY mission_id`,
      [[...missionIds]],
    );
    return new Map(rows.map((r) => [r.mission_id, r.n]));
  }

  async countSelected(manager: EntityManager, missionId: string, role: MissionRole): Promise<number> {
    return manager.count(MissionApplicationEntity, { where: { missionId, role, status: 'SELECTED' } });
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    changes: Partial<
      Pick<
        MissionApplicationEntity,
        'status' | 'decidedBy' | 'decidedAt' | 'decisionNote' | 'feePaidAt' | 'feePaidBy'
      >
    >,
  ): Promise<MissionApplicationEntity> {
    await manager.update(MissionApplicationEntity, { id }, changes);
    return manager.findOneOrFail(MissionApplicationEntity, { where: { id } });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { Brackets } from 'typeorm';
import { isStaff } from '@app/auth';
import type { Viewer } from '@app/common';
import type { MeetingRequestDirection } from '../dto/meeting-request.types.js';
import { MeetingRequestEntity, type MeetingRequestStatus } from '../entities/meeting-request.entity.js';

export interface RequestScope {
  status?: MeetingRequestStatus | null;
  direction?: MeetingRequestDirection | null;
}

/** What ranking a list of requests needs of each: the pair and the age. */
export interface RankableRequest {
  id: string;
  fromCompanyId: string;
  toCompanyId: string;
  createdAt: Date;
}

/** The queries of meeting requests that lists and bulk answers share. */
@Injectable()
export class MeetingRequestRepository {
  constructor(
    @InjectRepository(MeetingRequestEntity) private readonly requests: Repository<MeetingRequestEntity>,
  ) {}

  /**
   * The requests a person may list: their company's, sent or received (staff: all, unless they
   * ask for a direction, which only a company has). Null when there is nothing to list.
   */
  scoped(viewer: Viewer, scope: RequestScope): SelectQueryBuilder<MeetingRequestEntity> | null {
    const query = this.requests.createQueryBuilder('r');
    if (!isStaff(viewer) || scope.direction) {
      const own = viewer.companyId;
      if (!own) return null;
      if (scope.direction === 'INCOMING') query.andWhere('r.to_company_id = :own', { own });
      else if (scope.direction === 'OUTGOING') query.andWhere('r.from_company_id = :own', { own });
      else
        query.andWhere(
          new Brackets((w) => w.where('r.from_company_id = :own').orWhere('r.to_company_id = :own')),
          { own },
        );
    }
    if (scope.status) query.andWhere('r.status = :status', { status: scope.status });
    return query;
  }

  /** Every request of the scope, light: what ranking them by fit needs. */
  async rankable(viewer: Viewer, scope: RequestScope): Promise<RankableRequest[]> {
    const query = this.scoped(viewer, scope);
    if (!query) return [];
    const rows: { id: string; from_company_id: string; to_company_id: string; created_at: Date }[] =
      await query
        .select('r.id', 'id')
        .addSelect('r.from_company_id', 'from_company_id')
        .addSelect('r.to_company_id', 'to_company_id')
        .addSelect('r.created_at', 'created_at')
        .getRawMany();
    return rows.map((r) => ({
      id: r.id,
      fromCompanyId: r.from_company_id,
      toCompanyId: r.to_company_id,
      createdAt: r.created_at,
    }));
  }

  /** Locks the requests in id order, so two bulk answers over the same requests never deadlock. */
  lockMany(manager: EntityManager, ids: string[]): Promise<MeetingRequestEntity[]> {
    return manager
      .getRepository(MeetingRequestEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .orderBy('r.id')
      .setLock('pessimistic_write')
      .getMany();
  }
}

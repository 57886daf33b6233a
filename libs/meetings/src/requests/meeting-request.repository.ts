import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { Brackets, In } from 'typeorm';
import { isStaff } from '@app/auth';
import type { Viewer } from '@app/common';
import type { Transaction } from '@app/database';
import type { MeetingRequestDirection } from '../dto/meeting-request.types.js';
import { MeetingRequestEntity, type MeetingRequestStatus } from '../entities/meeting-request.entity.js';
import type { MeetingRequestRow } from '../meetings.tables.js';

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

/** Every query on `meeting_requests`. */
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
  lockMany(manager: Transaction, ids: string[]): Promise<MeetingRequestEntity[]> {
    return manager
      .getRepository(MeetingRequestEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .orderBy('r.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  findById(id: string): Promise<MeetingRequestEntity | null> {
    return this.requests.findOne({ where: { id } });
  }

  findByIds(ids: readonly string[], tx?: Transaction): Promise<MeetingRequestEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return tx
      ? tx.find(MeetingRequestEntity, { where: { id: In([...ids]) } })
      : this.requests.createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
  }

  lockById(id: string, tx: Transaction): Promise<MeetingRequestEntity | null> {
    return tx.findOne(MeetingRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page of the scope, newest first, after the keyset (created_at, id); with the scope's total. */
  async page(
    viewer: Viewer,
    scope: RequestScope,
    limit: number,
    after: [string, string] | null,
  ): Promise<{ rows: MeetingRequestEntity[]; total: number } | null> {
    const query = this.scoped(viewer, scope);
    if (!query) return null;
    const total = await query.clone().getCount();
    if (after) {
      query.andWhere('(r.created_at, r.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: after[0],
        afterId: after[1],
      });
    }
    const rows = await query.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').take(limit).getMany();
    return { rows, total };
  }

  insert(request: Partial<MeetingRequestEntity>, tx: Transaction): Promise<MeetingRequestEntity> {
    const repository = tx.getRepository(MeetingRequestEntity);
    return repository.save(repository.create(request));
  }

  save(request: MeetingRequestEntity, tx: Transaction): Promise<MeetingRequestEntity> {
    return tx.save(request);
  }

  /**
   * Expires up to `limit` pending requests due at `now`, skipping rows another transaction holds.
   * Returns the ids expired.
   */
  async expireDue(now: Date, limit: number, tx: Transaction): Promise<string[]> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [Pick<MeetingRequestRow, 'id'>[], number] = await tx.query(
      `UPDATE meeting_requests SET status = 'EXPIRED', updated_at = $1
        WHERE id IN (SELECT id FROM meeting_requests WHERE status = 'PENDING' AND expires_at <= $1
                      ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Who sent the pending request between two companies, either way, if one waits. */
  async pendingSenderBetween(
    companyA: string,
    companyB: string,
    tx: Transaction,
  ): Promise<string | undefined> {
    const pending: Pick<MeetingRequestRow, 'from_company_id'>[] = await tx.query(
      `SELECT from_company_id FROM meeting_requests
        WHERE status = 'PENDING' AND LEAST(from_company_id, to_company_id) = LEAST($1::uuid, $2::uuid)
          AND GREATEST(from_company_id, to_company_id) = GREATEST($1::uuid, $2::uuid)`,
      [companyA, companyB],
    );
    return pending[0]?.from_company_id;
  }

  /** When each request from one company to another, never answered, was sent since `since`, oldest first. */
  async unansweredSince(
    fromCompanyId: string,
    toCompanyId: string,
    since: Date,
    tx: Transaction,
  ): Promise<Date[]> {
    const rows: Pick<MeetingRequestRow, 'created_at'>[] = await tx.query(
      `SELECT created_at FROM meeting_requests
        WHERE from_company_id = $1 AND to_company_id = $2 AND responded_at IS NULL
          AND status IN ('PENDING', 'EXPIRED', 'CANCELLED') AND created_at > $3
        ORDER BY created_at`,
      [fromCompanyId, toCompanyId, since],
    );
    return rows.map((r) => r.created_at);
  }

  /** When each request a company sent since `since` was sent, oldest first. */
  async sentSince(fromCompanyId: string, since: Date, tx: Transaction): Promise<Date[]> {
    const rows: Pick<MeetingRequestRow, 'created_at'>[] = await tx.query(
      `SELECT created_at FROM meeting_requests WHERE from_company_id = $1 AND created_at > $2 ORDER BY created_at`,
      [fromCompanyId, since],
    );
    return rows.map((r) => r.created_at);
  }
}

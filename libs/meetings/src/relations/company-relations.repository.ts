import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { MeetingEntity } from '../entities/meeting.entity.js';
import { MeetingRequestEntity } from '../entities/meeting-request.entity.js';

/** Where one company stands with others: the waiting requests and the meetings to come. */
@Injectable()
export class CompanyRelationsRepository {
  constructor(
    @InjectRepository(MeetingRequestEntity) private readonly requests: Repository<MeetingRequestEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
  ) {}

  /** The pending requests between the company and any of the others, either way, newest first. */
  pendingBetween(companyId: string, others: readonly string[]): Promise<MeetingRequestEntity[]> {
    return this.requests
      .createQueryBuilder('r')
      .where(`r.status = 'PENDING'`)
      .andWhere(
        `((r.from_company_id = :own AND r.to_company_id = ANY(:others::uuid[]))
           OR (r.to_company_id = :own AND r.from_company_id = ANY(:others::uuid[])))`,
        { own: companyId, others: [...others] },
      )
      .orderBy('r.created_at', 'DESC')
      .getMany();
  }

  /**
   * The scheduled meetings not over yet that people of the company share with people of each
   * other company, soonest first, with the other company's id.
   */
  async upcomingBetween(
    companyId: string,
    others: readonly string[],
    now: Date,
  ): Promise<{ partnerId: string; meeting: MeetingEntity }[]> {
    const { entities, raw } = await this.meetings
      .createQueryBuilder('m')
      .innerJoin('meeting_participants', 'mine', 'mine.meeting_id = m.id AND mine.company_id = :own', {
        own: companyId,
      })
      .innerJoin(
        'meeting_participants',
        'theirs',
        'theirs.meeting_id = m.id AND theirs.company_id = ANY(:others::uuid[])',
        { others: [...others] },
      )
      .addSelect('theirs.company_id', 'partner_id')
      .where(`m.status = 'SCHEDULED'`)
      .andWhere('m.ends_at > :now', { now })
      .orderBy('m.starts_at', 'ASC')
      .getRawAndEntities<{ m_id: string; partner_id: string }>();
    const byId = new Map(entities.map((m) => [m.id, m]));
    return raw.flatMap((r) => {
      const meeting = byId.get(r.m_id);
      return meeting ? [{ partnerId: r.partner_id, meeting }] : [];
    });
  }
}

import { Injectable, Module } from '@nestjs/common';
import { MEMBER_SIGNALS, type MemberSignal, type MemberSignalsSource } from '@app/matching';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * The meeting domain's read port for other domains (matching learns from it): requests sent,
 * accepted or declined, and each company's verdict on a meeting with its partner company.
 */
@Injectable()
export class MeetingSignalsRepository implements MemberSignalsSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<MemberSignal[]> {
    return this.dataSource.query(
      `SELECT from_company_id AS "companyId", to_company_id AS "partnerId", 'REQUEST_SENT' AS kind,
              NULL AS "reasonCode", NULL AS note
         FROM meeting_requests
       UNION ALL
       SELECT to_company_id, from_company_id,
              CASE status WHEN 'ACCEPTED' THEN 'REQUEST_ACCEPTED' ELSE 'REQUEST_DECLINED' END,
              NULL, CASE status WHEN 'DECLINED' THEN response_reason END
         FROM meeting_requests WHERE status IN ('ACCEPTED', 'DECLINED')
       UNION ALL
       SELECT o.company_id, p.company_id,
              CASE WHEN o.useful THEN 'MEETING_USEFUL' ELSE 'MEETING_NOT_USEFUL' END,
              CASE WHEN o.no_show THEN 'NO_SHOW' WHEN o.partnership_discussed THEN 'PARTNERSHIP_DISCUSSED'
                   WHEN o.follow_up_planned THEN 'FOLLOW_UP_PLANNED' END,
              o.note
         FROM meeting_outcomes o
         JOIN (SELECT DISTINCT meeting_id, company_id FROM meeting_participants) p
           ON p.meeting_id = o.meeting_id AND p.company_id <> o.company_id`,
    );
  }
}

/** Binds the meeting domain's signals to matching's port; the worker hands it to matching. */
@Module({
  providers: [MeetingSignalsRepository, { provide: MEMBER_SIGNALS, useExisting: MeetingSignalsRepository }],
  exports: [MEMBER_SIGNALS],
})
export class MeetingSignalsModule {}

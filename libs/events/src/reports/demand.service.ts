import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@app/common';
import { CompaniesService, type CompanyEntity } from '@app/companies';
import { EventsService } from '../events.service.js';

interface DemandRow {
  company_id: string;
  attending: boolean;
  sent: number;
  received: number;
  accepted: number;
  unanswered: number;
  awaiting: number;
  meetings: number;
  cross_border: number;
}

export interface DemandLine {
  company: CompanyEntity;
  attending: boolean;
  requestsSent: number;
  requestsReceived: number;
  accepted: number;
  unanswered: number;
  awaitingReply: number;
  meetings: number;
  crossBorderMeetings: number;
}

const DEMAND_SQL = `
  WITH attendees AS (
    SELECT DISTINCT company_id FROM event_registrations WHERE event_id = $1 AND status = 'CONFIRMED'),
  requests AS (SELECT * FROM meeting_requests WHERE event_id = $1),
  companies_in AS (
    SELECT company_id FROM attendees
    UNION SELECT from_company_id FROM requests
    UNION SELECT to_company_id FROM requests),
  seats AS (
    SELECT p.meeting_id, p.company_id,
           EXISTS (SELECT 1 FROM meeting_participants q JOIN companies qc ON qc.id = q.company_id
                    WHERE q.meeting_id = p.meeting_id AND qc.province <> pc.province) AS cross_border
      FROM meetings m
      JOIN meeting_participants p ON p.meeting_id = m.id
      JOIN companies pc ON pc.id = p.company_id
     WHERE m.event_id = $1 AND m.status = 'SCHEDULED')
  SELECT c.company_id,
         c.company_id IN (SELECT company_id FROM attendees) AS attending,
         (SELECT count(*) FROM requests r WHERE r.from_company_id = c.company_id)::int AS sent,
         (SELECT count(*) FROM requests r WHERE r.to_company_id = c.company_id)::int AS received,
         (SELECT count(*) FROM requests r WHERE c.company_id IN (r.from_company_id, r.to_company_id)
                                            AND r.status = 'ACCEPTED')::int AS accepted,
         (SELECT count(*) FROM requests r WHERE r.to_company_id = c.company_id AND r.status = 'PENDING')::int AS unanswered,
         (SELECT count(*) FROM requests r WHERE r.from_company_id = c.company_id AND r.status = 'PENDING')::int AS awaiting,
         (SELECT count(DISTINCT s.meeting_id) FROM seats s WHERE s.company_id = c.company_id)::int AS meetings,
         (SELECT count(DISTINCT s.meeting_id) FROM seats s WHERE s.company_id = c.company_id AND s.cross_border)::int AS cross_border
    FROM companies_in c`;

const TOTALS_SQL = `
  SELECT (SELECT count(*) FROM meeting_requests WHERE event_id = $1)::int AS requests,
         (SELECT count(*) FROM meeting_requests WHERE event_id = $1 AND status = 'PENDING')::int AS pending,
         (SELECT count(*) FROM meeting_requests r WHERE r.event_id = $1 AND r.status = 'ACCEPTED'
             AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.request_id = r.id AND m.status = 'SCHEDULED'))::int AS accepted_without_meeting,
         (SELECT count(*) FROM meetings WHERE event_id = $1 AND status = 'SCHEDULED')::int AS meetings,
         (SELECT count(*) FROM meetings m WHERE m.event_id = $1 AND m.status = 'SCHEDULED'
             AND (SELECT count(DISTINCT c.province) FROM meeting_participants p JOIN companies c ON c.id = p.company_id
                   WHERE p.meeting_id = m.id) > 1)::int AS cross_border`;

/** Staff's view of who asks whom at an event, and who is left without a meeting. */
@Injectable()
export class DemandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly companies: CompaniesService,
  ) {}

  async forEvent(viewer: Viewer, eventId: string) {
    const event = await this.events.getManaged(viewer, eventId);
    const [rows, [totals]]: [DemandRow[], Record<string, number>[]] = await Promise.all([
      this.dataSource.query(DEMAND_SQL, [event.id]),
      this.dataSource.query(TOTALS_SQL, [event.id]),
    ]);
    const companies = new Map(
      (await this.companies.findByIds(rows.map((r) => r.company_id))).map((c) => [c.id, c]),
    );
    const lines: DemandLine[] = rows
      .map((r) => ({
        company: companies.get(r.company_id)!,
        attending: r.attending,
        requestsSent: r.sent,
        requestsReceived: r.received,
        accepted: r.accepted,
        unanswered: r.unanswered,
        awaitingReply: r.awaiting,
        meetings: r.meetings,
        crossBorderMeetings: r.cross_border,
      }))
      .sort((a, b) => a.company.name.localeCompare(b.company.name, 'fr'));
    return {
      companies: lines,
      companiesWithoutMeeting: lines.filter((l) => l.attending && l.meetings === 0).map((l) => l.company),
      requests: totals.requests,
      pendingRequests: totals.pending,
      acceptedWithoutMeeting: totals.accepted_without_meeting,
      meetings: totals.meetings,
      crossBorderMeetings: totals.cross_border,
    };
  }
}

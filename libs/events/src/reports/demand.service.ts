import { Injectable } from '@nestjs/common';
import type { Viewer } from '@app/common';
import { CompaniesService, CompanyFactsRepository, type CompanyEntity } from '@app/companies';
import { EventMeetingsRepository } from '@app/meetings';
import { EventsService } from '../events.service.js';
import { AttendeesRepository } from '../registrations/attendees.repository.js';

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

/** Staff's view of who asks whom at an event, and who is left without a meeting. */
@Injectable()
export class DemandService {
  constructor(
    private readonly meetings: EventMeetingsRepository,
    private readonly attendees: AttendeesRepository,
    private readonly events: EventsService,
    private readonly companies: CompaniesService,
    private readonly companyFacts: CompanyFactsRepository,
  ) {}

  async forEvent(viewer: Viewer, eventId: string) {
    const event = await this.events.getManaged(viewer, eventId);
    const attendees = await this.attendees.companyIds(event.id);
    const provinces = await this.companyFacts.provinces(await this.meetings.seatedCompanies(event.id));
    const [rows, totals] = await Promise.all([
      this.meetings.demand(event.id, attendees, provinces),
      this.meetings.demandTotals(event.id, provinces),
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

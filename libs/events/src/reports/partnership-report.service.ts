import { Injectable } from '@nestjs/common';
import {
  AppException,
  ASSOCIATIONS_TIME_ZONE,
  dayInZone,
  FieldProblems,
  translate,
  type Locale,
  type Viewer,
} from '@app/common';
import { isStaff } from '@app/auth';
import type { Province } from '@app/companies';
import { ImpressionCounter } from '@app/matching';
import { labelOf } from '@app/taxonomy';
import type { EventEntity } from '../event.entity.js';
import { EventsService } from '../events.service.js';
import { EVENT_MESSAGES } from '../events.messages.js';
import { isCalendarDate } from '../partnering/zoned-time.js';
import { ReportsRepository, type PartnershipReportRow } from './reports.repository.js';

const MAX_DAYS = 5 * 366;

type Row = PartnershipReportRow;

export interface ReportLine {
  dimension: 'MONTH' | 'EVENT';
  period: string;
  event: EventEntity | null;
  province: Province | null;
  sector: string | null;
  suggestionsShown: number;
  requests: number;
  crossBorderRequests: number;
  meetingsHeld: number;
  crossBorderMeetingsHeld: number;
  followUps: number;
  partnershipsDiscussed: number;
  noShows: number;
}

export interface Report {
  from: string;
  to: string;
  byMonth: ReportLine[];
  byEvent: ReportLine[];
  byProvince: ReportLine[];
}

const CSV_HEADER = {
  fr: [
    'Regroupement',
    'Période',
    'Événement',
    'Province',
    'Secteur',
    'Suggestions interprovinciales vues',
    'Demandes',
    'Demandes interprovinciales',
    'Rencontres tenues',
    'Rencontres interprovinciales tenues',
    'Suivis prévus',
    'Partenariats discutés',
    'Absences signalées',
  ],
  en: [
    'Grouping',
    'Period',
    'Event',
    'Province',
    'Sector',
    'Cross-border suggestions shown',
    'Requests',
    'Cross-border requests',
    'Meetings held',
    'Cross-border meetings held',
    'Follow-ups planned',
    'Partnerships discussed',
    'No-shows reported',
  ],
};
const DIMENSIONS = { MONTH: { fr: 'Mois', en: 'Month' }, EVENT: { fr: 'Événement', en: 'Event' } };
const ALL = { fr: 'Tous', en: 'All' };

/** The partnership report, for staff: GraphQL and CSV read the same lines. */
@Injectable()
export class PartnershipReportService {
  constructor(
    private readonly repository: ReportsRepository,
    private readonly events: EventsService,
    private readonly impressions: ImpressionCounter,
  ) {}

  async build(viewer: Viewer, from?: string | null, to?: string | null): Promise<Report> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    // Suggestions shown in the last seconds may still be counted in memory.
    await this.impressions.flush();
    const range = this.range(from, to);
    const [groups, totals, provinces] = await this.repository.partnership(
      range.from,
      range.to,
      ASSOCIATIONS_TIME_ZONE,
    );
    const eventIds = [
      ...new Set([...groups, ...totals].filter((r) => r.dimension === 'EVENT').map((r) => r.key)),
    ];
    const events = new Map((await this.events.findByIds(eventIds)).map((e) => [e.id, e]));
    const lines = (dimension: Row['dimension']) =>
      [...totals, ...groups]
        .filter((r) => r.dimension === dimension)
        .map((r) => this.line(r, events.get(r.key) ?? null))
        .sort(
          (a, b) => a.period.localeCompare(b.period) || (a.event?.id ?? '').localeCompare(b.event?.id ?? ''),
        );
    return {
      ...range,
      byMonth: lines('MONTH'),
      byEvent: lines('EVENT'),
      byProvince: provinces.map((r) => this.line(r, null)),
    };
  }

  csv(report: Report, locale: Locale): { header: string[]; rows: (string | number | null)[][] } {
    const rows = [...report.byMonth, ...report.byEvent].map((l) => [
      translate(DIMENSIONS[l.dimension], locale),
      l.period,
      l.event ? (locale === 'fr' ? l.event.titleFr : l.event.titleEn) : null,
      l.province ?? translate(ALL, locale),
      l.sector ? labelOf('sectors', l.sector, locale) : translate(ALL, locale),
      l.suggestionsShown,
      l.requests,
      l.crossBorderRequests,
      l.meetingsHeld,
      l.crossBorderMeetingsHeld,
      l.followUps,
      l.partnershipsDiscussed,
      l.noShows,
    ]);
    return { header: CSV_HEADER[locale], rows };
  }

  /** Inclusive dates; by default the twelve months up to today. */
  private range(from?: string | null, to?: string | null): { from: string; to: string } {
    const problems = new FieldProblems();
    // An empty text is no date: left out means the default range, not "".
    if (from != null && !isCalendarDate(from)) problems.add('from', EVENT_MESSAGES.badDate);
    if (to != null && !isCalendarDate(to)) problems.add('to', EVENT_MESSAGES.badDate);
    problems.throwIfAny();
    const end = to ?? dayInZone(new Date(), ASSOCIATIONS_TIME_ZONE);
    const start = from ?? `${Number(end.slice(0, 4)) - 1}-${end.slice(5, 7)}-01`;
    const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
    if (days < 0) problems.add('to', EVENT_MESSAGES.endBeforeStart);
    else if (days > MAX_DAYS) problems.add('to', EVENT_MESSAGES.reportTooLong, { years: 5 });
    problems.throwIfAny();
    return { from: start, to: end };
  }

  private line(r: Row, event: EventEntity | null): ReportLine {
    return {
      dimension: r.dimension,
      period:
        r.dimension === 'MONTH' ? r.key : event ? dayInZone(event.startsAt, event.timeZone).slice(0, 7) : '',
      event,
      province: r.province,
      sector: r.sector,
      suggestionsShown: r.suggestions_shown,
      requests: r.requests,
      crossBorderRequests: r.cross_border_requests,
      meetingsHeld: r.meetings_held,
      crossBorderMeetingsHeld: r.cross_border_meetings_held,
      followUps: r.follow_ups,
      partnershipsDiscussed: r.partnerships_discussed,
      noShows: r.no_shows,
    };
  }
}

import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import { Label } from '@app/companies';
import { CurrentViewer, RequestLocale, type Locale, type Viewer } from '@app/common';
import { labelOf } from '@app/taxonomy';
import { DemandService } from './demand.service.js';
import { PartnershipReportService, type ReportLine } from './partnership-report.service.js';
import { EventDemand, PartnershipReport, PartnershipReportRow } from './report.types.js';

@Resolver(() => PartnershipReportRow)
export class ReportsResolver {
  constructor(
    private readonly report: PartnershipReportService,
    private readonly demand: DemandService,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Query(() => PartnershipReport, {
    description:
      'Staff: the partnership report per month and per event, by province and sector, between two dates ' +
      '(YYYY-MM-DD, inclusive; by default the last twelve months). Also as CSV at GET /admin/reports/partnership.csv.',
  })
  partnershipReport(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { nullable: true }) from?: string,
    @Args('to', { nullable: true }) to?: string,
  ) {
    return this.report.build(viewer, from, to);
  }

  @Roles('STAFF', 'ADMIN')
  @Query(() => EventDemand, { description: 'Staff: meeting demand at an event, per company.' })
  eventDemand(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }) eventId: string) {
    return this.demand.forEvent(viewer, eventId);
  }

  @ResolveField(() => Label, { nullable: true })
  sector(@Parent() line: ReportLine, @RequestLocale() locale: Locale): Label | null {
    return line.sector ? { code: line.sector, label: labelOf('sectors', line.sector, locale) } : null;
  }
}

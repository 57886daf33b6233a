import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import { CompaniesService, type CompanyEntity } from '@app/companies';
import {
  alignByKey,
  CurrentViewer,
  Loaders,
  RequestLocale,
  translate,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import {
  MeetingRequestLoader,
  MeetingsService,
  MeetingType,
  type MeetingEntity,
  type MeetingRequestEntity,
} from '@app/meetings';
import { EventType } from '../dto/event.types.js';
import { eventsError } from '../events.errors.js';
import { SCHEDULE_LINES, UNPLACED_REASONS } from '../events.messages.js';
import { EventsService } from '../events.service.js';
import type { ScheduleRunRow } from './schedule-run.types.js';
import { ScheduleService } from './schedule.service.js';
import { ScheduleGridSlot, ScheduleResultType, UnplacedMeeting } from './schedule.types.js';

export type ScheduleView = ScheduleResultType & { row: ScheduleRunRow };

function view(row: ScheduleRunRow): ScheduleView {
  const r = row.result;
  return {
    row,
    runId: row.id,
    status: row.status,
    publish: row.publish,
    placed: r?.placed ?? 0,
    kept: r?.kept ?? 0,
    unplaced: r?.unplaced.length ?? 0,
    lowerBoundUnplaced: r?.lowerBoundUnplaced ?? 0,
    millis: r?.millis ?? 0,
    tables: r?.tables ?? 0,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

@Resolver(() => ScheduleResultType)
export class ScheduleResolver {
  constructor(
    private readonly schedule: ScheduleService,
    private readonly events: EventsService,
    private readonly meetingsService: MeetingsService,
    private readonly companies: CompaniesService,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => ScheduleResultType, {
    description:
      'Staff: runs the partnering-meeting scheduler on the event’s accepted requests, as a background job, and ' +
      'waits for it (up to 25 s; then read the run with scheduleRun). A dry run only shows the grid; ' +
      'publish creates the meetings. Published meetings stay in their slots on later runs.',
  })
  async scheduleEventMeetings(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('publish', { type: () => Boolean, nullable: true, defaultValue: false }) publish: boolean | null,
  ) {
    // Sent as null, like left out: a dry run.
    return view(await this.schedule.start(viewer, eventId, publish ?? false));
  }

  @Roles('STAFF', 'ADMIN')
  @Query(() => ScheduleResultType, { nullable: true, description: 'Staff: a run of the scheduler, by id.' })
  async scheduleRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    const row = await this.schedule.find(viewer, id);
    return row ? view(row) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a FAILED run failed, in the request’s language.',
  })
  error(@Parent() v: ScheduleView, @RequestLocale() locale: Locale) {
    if (v.status !== 'FAILED') return null;
    const reason = v.row.error as Parameters<typeof eventsError>[0];
    const known = ['NO_PARTNERING_SESSION', 'SCHEDULE_OUTDATED'].includes(reason);
    return translate(eventsError(known ? reason : 'SCHEDULE_FAILED').text, locale);
  }

  @ResolveField(() => EventType)
  event(@Parent() v: ScheduleView) {
    return this.events.findById(v.row.event_id);
  }

  @ResolveField('meetings', () => [MeetingType], {
    description: 'The event’s meetings on the grid after this run (a dry run: those already published).',
  })
  async meetingsOnGrid(@Parent() v: ScheduleView): Promise<MeetingEntity[]> {
    const ids = (v.row.result?.placements ?? []).map((p) => p.meetingId).filter((id): id is string => !!id);
    const found = await this.meetingsService.findByIds(ids);
    return alignByKey(ids, found, (m) => m.id).filter((m): m is MeetingEntity => m !== null);
  }

  @ResolveField(() => [String], { description: 'One line per unplaced request: the two companies and why.' })
  async unplacedReasons(
    @Parent() v: ScheduleView,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ) {
    const unplaced = await this.unplacedMeetings(v, locale, loaders);
    const names = await this.companyNames(
      unplaced.flatMap((u) => [u.request.fromCompanyId, u.request.toCompanyId]),
    );
    return unplaced.map((u) =>
      translate(SCHEDULE_LINES.unplaced, locale, {
        from: names.get(u.request.fromCompanyId) ?? '',
        to: names.get(u.request.toCompanyId) ?? '',
        reason: u.message,
      }),
    );
  }

  @ResolveField(() => [UnplacedMeeting])
  async unplacedMeetings(
    @Parent() v: ScheduleView,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ): Promise<(UnplacedMeeting & { request: MeetingRequestEntity })[]> {
    const unplaced = v.row.result?.unplaced ?? [];
    const requests = await this.requests(
      loaders,
      unplaced.map((u) => u.requestId),
    );
    return unplaced.flatMap((u, i) => {
      const request = requests[i];
      if (!request) return [];
      return [{ request, reason: u.reason, message: translate(UNPLACED_REASONS[u.reason], locale) }];
    });
  }

  @ResolveField(() => [ScheduleGridSlot], { description: 'Per slot, every table and the meeting it holds.' })
  async grid(@Parent() v: ScheduleView, @Loaders() loaders: RequestLoaders): Promise<ScheduleGridSlot[]> {
    const result = v.row.result;
    if (!result) return [];
    const requestIds = result.placements.filter((p) => p.kind === 'request').map((p) => p.id);
    const meetingIds = result.placements.map((p) => p.meetingId).filter((id): id is string => !!id);
    const [requests, meetings, companies] = await Promise.all([
      this.requests(loaders, requestIds),
      this.meetingsService.findByIds(meetingIds),
      this.companies.findByIds([...new Set(result.placements.flatMap((p) => p.companyIds))]),
    ]);
    const requestById = new Map(requests.filter((r): r is MeetingRequestEntity => !!r).map((r) => [r.id, r]));
    const meetingById = new Map(meetings.map((m) => [m.id, m]));
    const companyById = new Map<string, CompanyEntity>(companies.map((c) => [c.id, c]));
    return result.slots.map((slot) => {
      const placements = result.placements
        .filter((p) => p.slotId === slot.id)
        .map((p) => ({
          table: p.table,
          fixed: p.fixed,
          request: p.kind === 'request' ? (requestById.get(p.id) ?? null) : null,
          meeting: p.meetingId ? (meetingById.get(p.meetingId) ?? null) : null,
          companies: p.companyIds.map((id) => companyById.get(id)).filter((c): c is CompanyEntity => !!c),
        }));
      return {
        slot: { id: slot.id, start: new Date(slot.start), end: new Date(slot.end) },
        tablesUsed: placements.length,
        tablesFree: result.tables - placements.length,
        placements,
      };
    });
  }

  private async requests(loaders: RequestLoaders, ids: string[]) {
    const rows = await loaders.get(MeetingRequestLoader).loadMany(ids);
    return rows.map((r) => (r instanceof Error ? null : r));
  }

  private async companyNames(ids: string[]): Promise<Map<string, string>> {
    const companies = await this.companies.findByIds([...new Set(ids)]);
    return new Map(companies.map((c) => [c.id, c.name]));
  }
}

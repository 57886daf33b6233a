import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { AppException, translate, type Viewer } from '@app/common';
import { CompaniesService, CompanyDirectory } from '@app/companies';
import { UnitOfWork, type Transaction } from '@app/database';
import {
  BusyTimes,
  MeetingNotifier,
  MeetingsService,
  MeetingWriter,
  type MeetingEntity,
} from '@app/meetings';
import { NotificationsService, type PendingNotifications } from '@app/notifications';
import type { MissionApplicationEntity } from '../application.entity.js';
import { MissionApplicationRepository } from '../applications/applications.repository.js';
import { arrangeMeetings, type ArrangedMeeting, type UnplacedReason } from '../arrangement/arrange.js';
import type { TradeMissionEntity } from '../mission.entity.js';
import { UNPLACED_REASONS } from '../missions.messages.js';
import { MissionsService } from '../missions.service.js';
import { isRunning } from '../lifecycle/mission-status.js';
import { missionError } from '../missions.errors.js';
import { MissionPreferenceRepository } from '../preferences/preferences.repository.js';
import { MissionFit } from '../selection/mission-fit.js';
import { MissionMeetingRepository } from './mission-meetings.repository.js';
import { PublishedMeetings } from './published-meetings.js';
import { missionSlots, type MissionSlot } from './mission-slots.js';

export interface ArrangedPairing {
  delegateId: string;
  hostId: string;
  start: Date;
  end: Date;
  fit: number;
  mustMeet: boolean;
  kept: boolean;
}

export interface ArrangementView {
  meetings: Pick<MeetingEntity, 'id' | 'start' | 'end' | 'location' | 'table' | 'status' | 'createdAt'>[];
  pairings: ArrangedPairing[];
  delegatesBelowTarget: string[];
  unplaced: { delegate: string; host: string; reason: UnplacedReason }[];
  unplacedReasons: (locale: 'fr' | 'en', names: Map<string, string>) => string[];
  millis: number;
  totalFit: number;
}

/**
 * Arranges a mission's meetings between its selected delegates and hosts (the pure algorithm in
 * ../arrangement), and on publish creates them through the meetings domain, in one transaction
 * under the mission's row lock: meetings already published stay where they are, and a pair is
 * never created twice (the link table's unique pair says so, whatever runs at once).
 */
@Injectable()
export class MissionArrangementService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly missionsService: MissionsService,
    private readonly applications: MissionApplicationRepository,
    private readonly preferences: MissionPreferenceRepository,
    private readonly missionMeetings: MissionMeetingRepository,
    private readonly published: PublishedMeetings,
    private readonly fit: MissionFit,
    private readonly companies: CompaniesService,
    private readonly directory: CompanyDirectory,
    private readonly busyTimes: BusyTimes,
    private readonly writer: MeetingWriter,
    private readonly meetings: MeetingsService,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
  ) {}

  async arrange(viewer: Viewer, missionId: string, publish: boolean): Promise<ArrangementView> {
    await this.missionsService.getRunnable(viewer, missionId);
    const { view, pending } = await this.unitOfWork.run(async (tx) => {
      const mission = await this.missionsService.lockRunnable(tx, viewer, missionId);
      if (!isRunning(mission.status)) throw missionError('NOT_RUNNING');
      return this.arrangeLocked(tx, viewer, mission, publish);
    });
    for (const p of pending) await this.notifications.deliver(p);
    return view;
  }

  private async arrangeLocked(
    tx: Transaction,
    viewer: Viewer,
    mission: TradeMissionEntity,
    publish: boolean,
  ) {
    const selected = await this.applications.forMission(mission.id, { status: 'SELECTED' }, tx);
    const seats = await this.seatsOf(tx, selected);
    const delegates = selected
      .filter((a) => a.role === 'DELEGATE' && seats.has(a.companyId))
      .map((a) => a.companyId);
    const hosts = selected.filter((a) => a.role === 'HOST' && seats.has(a.companyId)).map((a) => a.companyId);
    const slots = missionSlots(mission);
    const slotOf = new Map(slots.map((s, i) => [s.start.getTime(), i]));
    const published = (await this.published.scheduled(mission.id, tx)).filter((m) =>
      slotOf.has(m.start.getTime()),
    );
    const prefs = await this.preferences.forMission(mission.id, undefined, tx);
    const fits = await this.fit.mutualFit(delegates, hosts);
    const blocked = await this.blockedSlots(tx, slots, seats, new Set(published.map((m) => m.meetingId)));

    const started = performance.now();
    const result = arrangeMeetings({
      delegates,
      hosts,
      fit: (d, h) => fits.get(`${d}|${h}`) ?? 0,
      mustMeet: prefs
        .filter((p) => p.kind === 'MUST_MEET')
        .map((p) => ({ from: p.companyId, to: p.otherCompanyId })),
      avoid: prefs
        .filter((p) => p.kind === 'AVOID')
        .map((p) => ({ from: p.companyId, to: p.otherCompanyId })),
      meetingsPerDelegate: mission.meetingsPerDelegate,
      slots: slots.length,
      published: published.map((m) => ({
        delegate: m.delegateCompanyId,
        host: m.hostCompanyId,
        slot: slotOf.get(m.start.getTime())!,
      })),
      blocked,
    });
    const millis = Math.round(performance.now() - started);

    const unplaced = [...result.unplacedMustMeets];
    const pending: PendingNotifications[] = [];
    let created: MeetingEntity[] = [];
    let placedNew: ArrangedMeeting[] = result.meetings;
    if (publish) {
      const outcome = await this.publish(tx, viewer, mission, slots, seats, result.meetings);
      created = outcome.created;
      placedNew = outcome.placed;
      pending.push(...outcome.pending);
      for (const m of outcome.refused)
        if (m.mustMeet) unplaced.push({ delegate: m.delegate, host: m.host, reason: 'NO_COMMON_TIME' });
    }
    const kept = await this.meetings.findByIds(published.map((m) => m.meetingId));
    const drafts = publish ? created : placedNew.map((m) => this.dryRunMeeting(mission, slots[m.slot], m));
    const pairings: ArrangedPairing[] = [
      ...published.map((m) => ({
        delegateId: m.delegateCompanyId,
        hostId: m.hostCompanyId,
        start: m.start,
        end: m.end,
        fit: fits.get(`${m.delegateCompanyId}|${m.hostCompanyId}`) ?? 0,
        mustMeet: false,
        kept: true,
      })),
      ...placedNew.map((m) => ({
        delegateId: m.delegate,
        hostId: m.host,
        start: slots[m.slot].start,
        end: slots[m.slot].end,
        fit: m.fit,
        mustMeet: m.mustMeet,
        kept: false,
      })),
    ].sort((a, b) => a.start.getTime() - b.start.getTime() || (a.delegateId < b.delegateId ? -1 : 1));
    const counts = new Map<string, number>();
    for (const p of pairings) counts.set(p.delegateId, (counts.get(p.delegateId) ?? 0) + 1);
    const view: ArrangementView = {
      meetings: [...kept, ...drafts].sort(
        (a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : 1),
      ),
      pairings,
      delegatesBelowTarget: delegates.filter((d) => (counts.get(d) ?? 0) < mission.meetingsPerDelegate),
      unplaced,
      unplacedReasons: (locale, names) =>
        unplaced.map((u) =>
          translate(UNPLACED_REASONS[u.reason], locale, {
            delegate: names.get(u.delegate) ?? u.delegate,
            host: names.get(u.host) ?? u.host,
          }),
        ),
      millis,
      totalFit: pairings.reduce((sum, p) => sum + p.fit, 0),
    };
    return { view, pending };
  }

  /**
   * Creates each new meeting in a savepoint: a person who turned out to be busy (a meeting booked
   * since the arrangement was read) leaves that pair out instead of failing the whole publication.
   */
  private async publish(
    tx: Transaction,
    viewer: Viewer,
    mission: TradeMissionEntity,
    slots: MissionSlot[],
    seats: Map<string, string>,
    arranged: ArrangedMeeting[],
  ) {
    const companyIds = [...new Set(arranged.flatMap((m) => [m.delegate, m.host]))];
    const names = new Map((await this.companies.findByIds(companyIds)).map((c) => [c.id, c.name]));
    const people = await this.directory.personNames([...seats.values()], tx);
    const now = new Date();
    const created: MeetingEntity[] = [];
    const placed: ArrangedMeeting[] = [];
    const refused: ArrangedMeeting[] = [];
    const pending: PendingNotifications[] = [];
    for (const m of arranged) {
      const meetingSeats = [m.delegate, m.host].map((companyId) => ({
        userId: seats.get(companyId)!,
        companyId,
      }));
      const meeting = await this.missionMeetings.orUndo(
        tx,
        async () => {
          const created = await this.writer.create(
            tx,
            {
              start: slots[m.slot].start,
              end: slots[m.slot].end,
              kind: 'MISSION',
              location: mission.city,
              createdBy: viewer.userId,
              now,
              seats: meetingSeats.map((s) => ({ ...s, name: people.get(s.userId) ?? '' })),
            },
            null,
          );
          const linked = await this.missionMeetings.link(tx, {
            meetingId: created.id,
            missionId: mission.id,
            delegateCompanyId: m.delegate,
            hostCompanyId: m.host,
          });
          return linked ? created : null;
        },
        (error) => error instanceof AppException,
      );
      if (!meeting) {
        refused.push(m);
        continue;
      }
      created.push(meeting);
      placed.push(m);
      pending.push(await this.notifier.meetingScheduled(tx, meeting, meetingSeats, names));
    }
    return { created, placed, refused, pending };
  }

  /** Who sits in a company's mission meetings: the person who applied, else a company admin. */
  private async seatsOf(tx: Transaction, selected: MissionApplicationEntity[]): Promise<Map<string, string>> {
    const admins = await this.directory.adminsOf(
      selected.map((a) => a.companyId),
      tx,
    );
    const seats = new Map<string, string>();
    for (const a of selected) {
      const person = a.appliedBy ?? admins.get(a.companyId)?.[0];
      if (person) seats.set(a.companyId, person);
    }
    return seats;
  }

  /** Slots where a company's seated person is already in another meeting (not one of this mission). */
  private async blockedSlots(
    tx: Transaction,
    slots: MissionSlot[],
    seats: Map<string, string>,
    missionMeetingIds: Set<string>,
  ): Promise<Map<string, number[]>> {
    const blocked = new Map<string, number[]>();
    if (slots.length === 0) return blocked;
    const companyOf = new Map([...seats].map(([company, user]) => [user, company]));
    const busy = await this.busyTimes.of(tx, [...seats.values()], slots[0].start, slots.at(-1)!.end);
    for (const period of busy) {
      if (missionMeetingIds.has(period.meetingId)) continue;
      const company = companyOf.get(period.userId)!;
      slots.forEach((slot, i) => {
        if (slot.start < period.end && period.start < slot.end)
          blocked.set(company, [...(blocked.get(company) ?? []), i]);
      });
    }
    return blocked;
  }

  /** A meeting of a dry run, not created: its id is derived from the mission and the pair, so stays the same. */
  private dryRunMeeting(mission: TradeMissionEntity, slot: MissionSlot, m: ArrangedMeeting) {
    const hex = createHash('sha256').update(`${mission.id}|${m.delegate}|${m.host}`).digest('hex');
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    return {
      id,
      start: slot.start,
      end: slot.end,
      location: mission.city,
      table: null,
      status: 'SCHEDULED' as const,
      createdAt: new Date(),
    };
  }
}

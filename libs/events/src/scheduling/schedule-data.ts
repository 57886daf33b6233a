import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import { CurationsRepository } from '@app/matching';
import { AvailabilityService, EventMeetingsRepository, type UnscheduledRequestRow } from '@app/meetings';
import type { EventEntity } from '../event.entity.js';
import { EventsService } from '../events.service.js';
import type { PartneringSlot } from '../partnering/partnering-session.js';
import { EventWishesRepository, type WishRow } from '../wishes/event-wishes.repository.js';
import type { InstanceInput, PendingRequest, PublishedMeeting } from './schedule-instance.js';

/** Priorities: an introduction staff curated for this event, a pair staff pinned, any other. */
export const PRIORITY = { EVENT_INTRODUCTION: 2, PINNED: 1, NONE: 0 } as const;
/**
 * A MUST_MEET wish from either company raises the pair within its priority, never above the next
 * one: the scheduler places it before the others staff ranked the same, and after those ranked higher.
 */
export const MUST_MEET_RAISE = 0.5;

export interface ScheduleData extends InstanceInput {
  event: EventEntity;
  slots: PartneringSlot[];
  /** Request id → the people and companies of each pending request. */
  requestSeats: Map<string, { userId: string; companyId: string }[]>;
  /** Published meeting id → its companies. */
  meetingCompanies: Map<string, string[]>;
  /** Accepted requests left out because one of the two companies marked the other NO_THANKS. */
  refused: string[];
}

type RequestRow = UnscheduledRequestRow & { curated_for_event: boolean; pinned: boolean };

/**
 * Reads an event's scheduling problem inside the caller's transaction: the requests accepted for
 * the event with no meeting yet, the meetings already published on its grid (kept fixed), and
 * for every person the slots they cannot attend (outside their availability, or in another meeting).
 */
@Injectable()
export class ScheduleDataLoader {
  constructor(
    private readonly events: EventsService,
    private readonly availability: AvailabilityService,
    private readonly wishes: EventWishesRepository,
    private readonly meetings: EventMeetingsRepository,
    private readonly curations: CurationsRepository,
  ) {}

  async load(manager: Transaction, event: EventEntity): Promise<ScheduleData> {
    const slots = this.events.slotsOf(event);
    const slotByStart = new Map(slots.map((s) => [s.start.getTime(), s]));
    const unscheduled = await this.meetings.unscheduledRequests(event.id, manager);
    const pins = await this.curations.pins(
      event.id,
      unscheduled.map((r) => ({ a: r.from_company_id, b: r.to_company_id })),
      manager,
    );
    let requestRows: RequestRow[] = unscheduled.map((r, i) => ({ ...r, ...pins[i] }));
    const meetingRows = await this.meetings.scheduledMeetings(event.id, manager);
    const published: PublishedMeeting[] = [];
    for (const m of meetingRows) {
      const slot = slotByStart.get(m.starts_at.getTime());
      if (slot && slot.end.getTime() === m.ends_at.getTime()) {
        const table = Number(m.table_label);
        published.push({
          id: m.id,
          participants: m.participants,
          slotId: slot.id,
          table: Number.isInteger(table) && table > 0 ? table : null,
        });
      }
    }
    const wishOf = wishLookup(await this.wishes.ofEvent(event.id, manager));
    const refused = requestRows.filter(
      (r) =>
        wishOf(r.to_company_id, r.from_company_id) === 'NO_THANKS' ||
        wishOf(r.from_company_id, r.to_company_id) === 'NO_THANKS',
    );
    requestRows = requestRows.filter((r) => !refused.includes(r));
    const requests: PendingRequest[] = requestRows.map((r) => {
      const mustMeet =
        wishOf(r.to_company_id, r.from_company_id) === 'MUST_MEET' ||
        wishOf(r.from_company_id, r.to_company_id) === 'MUST_MEET';
      const staff = r.curated_for_event
        ? PRIORITY.EVENT_INTRODUCTION
        : r.pinned
          ? PRIORITY.PINNED
          : PRIORITY.NONE;
      return {
        id: r.id,
        participants: [r.requester_id, r.responded_by],
        priority: staff + (mustMeet ? MUST_MEET_RAISE : 0),
      };
    });
    const requestSeats = new Map(
      requestRows.map((r) => [
        r.id,
        [
          { userId: r.requester_id, companyId: r.from_company_id },
          { userId: r.responded_by, companyId: r.to_company_id },
        ],
      ]),
    );
    const people = [...new Set([...requests, ...published].flatMap((m) => m.participants))];
    return {
      event,
      slots,
      slotIds: slots.map((s) => s.id),
      slotTimes: new Map(slots.map((s) => [s.id, { start: s.start, end: s.end }])),
      tables: event.tables ?? 0,
      requests,
      published,
      requestSeats,
      meetingCompanies: new Map(meetingRows.map((m) => [m.id, m.companies])),
      refused: refused.map((r) => r.id),
      unavailable: await this.unavailable(
        manager,
        people,
        slots,
        published.map((m) => m.id),
      ),
    };
  }

  /** Per person, the slots outside their availability or overlapping a meeting not on this grid. */
  private async unavailable(
    manager: Transaction,
    people: string[],
    slots: PartneringSlot[],
    gridMeetings: string[],
  ): Promise<Map<string, Set<string>>> {
    const blocked = new Map<string, Set<string>>();
    const block = (userId: string, slotId: string) =>
      blocked.set(userId, (blocked.get(userId) ?? new Set()).add(slotId));
    if (people.length === 0 || slots.length === 0) return blocked;
    for (const slot of slots) {
      for (const userId of await this.availability.unavailable(manager, people, slot)) block(userId, slot.id);
    }
    const busy = await this.meetings.busyInRanges(people, slots, gridMeetings, manager);
    for (const row of busy) block(row.user_id, slots[Number(row.idx) - 1].id);
    return blocked;
  }
}

/** `(company, partner)` → the company's wish about the partner at the event, if any. */
function wishLookup(wishes: WishRow[]): (companyId: string, partnerId: string) => string | undefined {
  const byPair = new Map(wishes.map((w) => [`${w.companyId}>${w.partnerId}`, w.wish]));
  return (companyId, partnerId) => byPair.get(`${companyId}>${partnerId}`);
}

import { Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { isStaff, isStaffOf } from '@app/auth';
import { AppException, FieldProblems, type Viewer, isUuid } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { EventMeetingsRepository } from '@app/meetings';
import type { EventInput } from './dto/event.inputs.js';
import type { EventEntity } from './event.entity.js';
import { checkEventInput, type EventDraft } from './event-rules.js';
import { EVENT_THING } from './events.errors.js';
import { EventsRepository } from './events.repository.js';
import { EVENT_MESSAGES } from './events.messages.js';
import { partneringSlots, type PartneringSlot } from './partnering/partnering-session.js';
import { Waitlist } from './registrations/waitlist.js';

@Injectable()
export class EventsService {
  constructor(
    private readonly repository: EventsRepository,
    private readonly meetings: EventMeetingsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly waitlist: Waitlist,
  ) {}

  /** Every signed-in person sees every event; `upcoming` keeps those not over yet, soonest first. */
  list(upcoming: boolean): Promise<EventEntity[]> {
    return this.repository.list(upcoming);
  }

  async findById(id: string, manager?: Transaction): Promise<EventEntity | null> {
    return isUuid(id) ? this.repository.findById(id, manager) : null;
  }

  async getById(id: string, manager?: Transaction): Promise<EventEntity> {
    const event = await this.findById(id, manager);
    if (!event) throw AppException.notFound(EVENT_THING);
    return event;
  }

  /** An event the viewer may act on as staff: one their association organizes (any, for an admin). */
  async getManaged(viewer: Viewer, id: string): Promise<EventEntity> {
    const event = await this.getById(id);
    this.assertManages(viewer, event);
    return event;
  }

  assertManages(viewer: Viewer, event: EventEntity): void {
    if (!isStaffOf(viewer, event.organizers)) throw AppException.forbidden();
  }

  async findByIds(ids: readonly string[]): Promise<EventEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.repository.findByIds(valid) : [];
  }

  /** Locks the event row: registrations, cancellations and publishing of one event run one at a time. */
  async lock(manager: Transaction, id: string): Promise<EventEntity> {
    const event = isUuid(id) ? await this.repository.lock(id, manager) : null;
    if (!event) throw AppException.notFound(EVENT_THING);
    return event;
  }

  slotsOf(event: EventEntity): PartneringSlot[] {
    return event.tables ? partneringSlots(event.partneringDays, event.slotMinutes, event.timeZone) : [];
  }

  async create(viewer: Viewer, input: EventInput): Promise<EventEntity> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const draft = this.checked(viewer, input);
    return this.unitOfWork.run(async (manager) => {
      const saved = await this.repository.insert({ ...draft, createdBy: viewer.userId }, manager);
      await this.audit.record(manager, viewer, 'event.create', { eventId: saved.id, title: saved.titleEn });
      return saved;
    });
  }

  /**
   * Replaces an event's settings. Capacity cannot fall below the confirmed registrations; a larger
   * capacity admits people from the waitlist at once, in order.
   */
  async update(viewer: Viewer, id: string, input: EventInput): Promise<EventEntity> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const { event, emails } = await this.unitOfWork.run(async (manager) => {
      const event = await this.lock(manager, id);
      this.assertManages(viewer, event);
      const draft = this.checked(viewer, input);
      const problems = new FieldProblems();
      if (draft.capacity !== null && draft.capacity < event.registeredCount) {
        problems.add('input.capacity', EVENT_MESSAGES.capacityBelowRegistered, {
          count: event.registeredCount,
        });
      }
      const busiest = await this.meetings.busiestSlot(id, manager);
      if (busiest > 0 && (draft.tables ?? 0) < busiest) {
        problems.add('input.tables', EVENT_MESSAGES.tablesBelowPublished, { count: busiest });
      }
      problems.throwIfAny();
      await this.repository.update(id, draft, manager);
      const emails = await this.waitlist.fill(manager, id);
      await this.audit.record(manager, viewer, 'event.update', { eventId: id, promoted: emails.promoted });
      return { event: (await this.repository.findById(id, manager))!, emails };
    });
    await this.waitlist.dispatch(emails.ids);
    return event;
  }

  private checked(viewer: Viewer, input: EventInput): EventDraft {
    const problems = new FieldProblems();
    const draft = checkEventInput(input, problems, { now: new Date(), association: viewer.association });
    problems.throwIfAny();
    return draft;
  }
}

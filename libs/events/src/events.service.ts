import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { AuditLog } from '@app/audit';
import { isStaff, isStaffOf } from '@app/auth';
import { AppException, FieldProblems, type Viewer } from '@app/common';
import type { EventInput } from './dto/event.inputs.js';
import { EventEntity } from './event.entity.js';
import { checkEventInput, type EventDraft } from './event-rules.js';
import { EVENT_THING } from './events.errors.js';
import { isUuid } from './ids.js';
import { EVENT_MESSAGES } from './events.messages.js';
import { partneringSlots, type PartneringSlot } from './partnering/partnering-session.js';
import { Waitlist } from './registrations/waitlist.js';

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly waitlist: Waitlist,
  ) {}

  /** Every signed-in person sees every event; `upcoming` keeps those not over yet, soonest first. */
  list(upcoming: boolean): Promise<EventEntity[]> {
    const query = this.events.createQueryBuilder('e');
    if (upcoming) query.where('e.ends_at > now()').orderBy('e.starts_at', 'ASC');
    else query.orderBy('e.starts_at', 'DESC');
    return query.addOrderBy('e.id', 'ASC').getMany();
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EventEntity | null> {
    return isUuid(id) ? manager.findOne(EventEntity, { where: { id } }) : null;
  }

  async getById(id: string, manager?: EntityManager): Promise<EventEntity> {
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
    return valid.length ? this.events.find({ where: { id: In(valid) } }) : [];
  }

  /** Locks the event row: registrations, cancellations and publishing of one event run one at a time. */
  async lock(manager: EntityManager, id: string): Promise<EventEntity> {
    const event = isUuid(id)
      ? await manager.findOne(EventEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!event) throw AppException.notFound(EVENT_THING);
    return event;
  }

  slotsOf(event: EventEntity): PartneringSlot[] {
    return event.tables ? partneringSlots(event.partneringDays, event.slotMinutes, event.timeZone) : [];
  }

  async create(viewer: Viewer, input: EventInput): Promise<EventEntity> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const draft = this.checked(viewer, input);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(EventEntity, { ...draft, createdBy: viewer.userId }));
      await this.audit.record(manager, viewer, 'event.create', { eventId: saved.id, title: saved.titleEn });
      return manager.findOneOrFail(EventEntity, { where: { id: saved.id } });
    });
  }

  /**
   * Replaces an event's settings. Capacity cannot fall below the confirmed registrations; a larger
   * capacity admits people from the waitlist at once, in order.
   */
  async update(viewer: Viewer, id: string, input: EventInput): Promise<EventEntity> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const { event, emails } = await this.dataSource.transaction(async (manager) => {
      const event = await this.lock(manager, id);
      this.assertManages(viewer, event);
      const draft = this.checked(viewer, input);
      const problems = new FieldProblems();
      if (draft.capacity !== null && draft.capacity < event.registeredCount) {
        problems.add('input.capacity', EVENT_MESSAGES.capacityBelowRegistered, {
          count: event.registeredCount,
        });
      }
      const busiest = await this.busiestSlot(manager, id);
      if (busiest > 0 && (draft.tables ?? 0) < busiest) {
        problems.add('input.tables', EVENT_MESSAGES.tablesBelowPublished, { count: busiest });
      }
      problems.throwIfAny();
      await manager.update(EventEntity, { id }, draft);
      const emails = await this.waitlist.fill(manager, id);
      await this.audit.record(manager, viewer, 'event.update', { eventId: id, promoted: emails.promoted });
      return { event: await manager.findOneOrFail(EventEntity, { where: { id } }), emails };
    });
    await this.waitlist.dispatch(emails.ids);
    return event;
  }

  /** The most meetings already published in one slot of the event: fewer tables could not hold them. */
  private async busiestSlot(manager: EntityManager, eventId: string): Promise<number> {
    const [row]: { n: number | null }[] = await manager.query(
      `SELECT max(n)::int AS n FROM (SELECT count(*) AS n FROM meetings
         WHERE event_id = $1 AND status = 'SCHEDULED' AND table_label IS NOT NULL GROUP BY starts_at) s`,
      [eventId],
    );
    return row?.n ?? 0;
  }

  private checked(viewer: Viewer, input: EventInput): EventDraft {
    const problems = new FieldProblems();
    const draft = checkEventInput(input, problems, { now: new Date(), association: viewer.association });
    problems.throwIfAny();
    return draft;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '@app/audit';
import { isStaff, isStaffOf } from '@app/auth';
import { AppException, type Viewer } from '@app/common';
import { EmailOutbox } from '@app/notifications';
import type { EventEntity } from '../event.entity.js';
import { eventsError, PARTICIPANT_THING, REGISTRATION_THING } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import { isUuid } from '../ids.js';
import { PricingService } from '../pricing/pricing.service.js';
import { registrationEmail } from './registration-emails.js';
import { RegistrationEntity, type RegistrationStatus } from './registration.entity.js';
import { recipient, Waitlist } from './waitlist.js';

interface Registrant {
  id: string;
  company_id: string | null;
}

@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly pricing: PricingService,
    private readonly waitlist: Waitlist,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Registers a person (the viewer, or a colleague for a company admin, or anyone for staff) at the
   * price their company qualifies for today. Under the event row lock, a full event puts them on
   * the waitlist, so concurrent registrations never exceed capacity.
   */
  async register(viewer: Viewer, eventId: string, userId?: string): Promise<RegistrationEntity> {
    const registrant = await this.registrant(viewer, userId ?? viewer.userId);
    if (!registrant.company_id) throw eventsError('NEEDS_COMPANY');
    const companyId = registrant.company_id;
    const { registration, emailId } = await this.dataSource.transaction(async (manager) => {
      const event = await this.events.lock(manager, eventId);
      // Staff register others (and past the dates) only at the events their association organizes.
      if (isStaff(viewer) && registrant.id !== viewer.userId) this.events.assertManages(viewer, event);
      this.checkOpen(event, new Date(), isStaffOf(viewer, event.organizers));
      const live = await manager.query(
        `SELECT 1 FROM event_registrations WHERE event_id = $1 AND user_id = $2 AND status <> 'CANCELLED'`,
        [eventId, registrant.id],
      );
      if (live.length > 0) throw eventsError('ALREADY_REGISTERED');
      const price = (await this.pricing.quoteFor(event, companyId, new Date(), manager))!;
      const seated: unknown[] = await manager.query(
        `WITH seat AS (UPDATE events SET registered_count = registered_count + 1
                        WHERE id = $1 AND (capacity IS NULL OR registered_count < capacity) RETURNING id)
         SELECT id FROM seat`,
        [eventId],
      );
      const status: RegistrationStatus = seated.length > 0 ? 'CONFIRMED' : 'WAITLISTED';
      const registration = await manager.save(
        manager.create(RegistrationEntity, {
          eventId,
          userId: registrant.id,
          companyId,
          status,
          priceTier: price.tier,
          currency: price.currency,
          amountCents: price.amountCents,
          taxCents: price.taxCents,
          totalCents: price.totalCents,
          taxProvince: price.taxProvince,
          taxLines: price.taxes,
          confirmedAt: status === 'CONFIRMED' ? new Date() : null,
          waitlistedAt: status === 'WAITLISTED' ? new Date() : null,
        }),
      );
      if (registrant.id !== viewer.userId && isStaff(viewer)) {
        await this.audit.record(manager, viewer, 'event.register-for', {
          eventId,
          userId: registrant.id,
          status,
        });
      }
      const kind = status === 'CONFIRMED' ? 'confirmed' : 'waitlisted';
      const email = registrationEmail(kind, event, registration, await recipient(manager, registrant.id));
      return { registration, emailId: await this.outbox.record(email, manager) };
    });
    await this.outbox.dispatch([emailId]);
    return registration;
  }

  /**
   * Cancels a registration (by id, or the viewer's own at an event). A confirmed place goes to the
   * first person on the waitlist in the same transaction.
   */
  async cancel(viewer: Viewer, target: { id?: string; eventId?: string }): Promise<RegistrationEntity> {
    const found = await this.findTarget(viewer, target);
    const result = await this.dataSource.transaction(async (manager) => {
      const event = await this.events.lock(manager, found.eventId);
      const registration = await manager.findOneOrFail(RegistrationEntity, { where: { id: found.id } });
      if (isStaff(viewer) && registration.userId !== viewer.userId) this.events.assertManages(viewer, event);
      if (registration.status === 'CANCELLED') throw eventsError('ALREADY_CANCELLED');
      if (event.endsAt <= new Date()) throw eventsError('EVENT_OVER');
      const wasConfirmed = registration.status === 'CONFIRMED';
      await manager.query(
        `UPDATE event_registrations SET status = 'CANCELLED', cancelled_at = now(), updated_at = now() WHERE id = $1`,
        [registration.id],
      );
      if (wasConfirmed) {
        await manager.query(`UPDATE events SET registered_count = registered_count - 1 WHERE id = $1`, [
          event.id,
        ]);
      }
      const promotions = await this.waitlist.fill(manager, event.id);
      if (isStaff(viewer)) {
        await this.audit.record(manager, viewer, 'event.cancel-registration', {
          eventId: event.id,
          registrationId: registration.id,
          promoted: promotions.promoted,
        });
      }
      const cancelled = await manager.findOneOrFail(RegistrationEntity, { where: { id: registration.id } });
      const email = registrationEmail(
        'cancelled',
        event,
        cancelled,
        await recipient(manager, cancelled.userId),
      );
      return { cancelled, ids: [...promotions.ids, await this.outbox.record(email, manager)] };
    });
    await this.outbox.dispatch(result.ids);
    return result.cancelled;
  }

  findById(id: string): Promise<RegistrationEntity | null> {
    return this.dataSource.manager.findOne(RegistrationEntity, { where: { id } });
  }

  /** The viewer's registrations, soonest event first (cancelled ones included, for their history). */
  mine(viewer: Viewer): Promise<RegistrationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .innerJoin('events', 'e', 'e.id = r.event_id')
      .where('r.user_id = :userId', { userId: viewer.userId })
      .orderBy('e.starts_at', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .getMany();
  }

  /** The viewer's live registration at each of these events (for `event.myRegistration`). */
  async liveFor(userId: string, eventIds: readonly string[]): Promise<RegistrationEntity[]> {
    if (eventIds.length === 0) return [];
    return this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.user_id = :userId AND r.event_id IN (:...eventIds)', { userId, eventIds })
      .andWhere(`r.status <> 'CANCELLED'`)
      .getMany();
  }

  /** For staff: an event's registrations, confirmed first, then the waitlist in order. */
  forEvent(eventId: string, status?: RegistrationStatus): Promise<RegistrationEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.event_id = :eventId', { eventId });
    if (status) query.andWhere('r.status = :status', { status });
    return query
      .orderBy(`CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END`)
      .addOrderBy('r.waitlist_seq', 'ASC')
      .getMany();
  }

  /** 1-based places on the waitlist of these registrations (null when not waitlisted). */
  async waitlistPositions(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; position: string }[] = await this.dataSource.query(
      `SELECT r.id, (SELECT count(*) FROM event_registrations w
                      WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= r.waitlist_seq) AS position
         FROM event_registrations r WHERE r.id = ANY($1::uuid[]) AND r.status = 'WAITLISTED'`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, Number(r.position)]));
  }

  /** Counts per event of people waiting. */
  async waitlistCounts(eventIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { event_id: string; n: string }[] = await this.dataSource.query(
      `SELECT event_id, count(*) AS n FROM event_registrations
        WHERE event_id = ANY($1::uuid[]) AND status = 'WAITLISTED' GROUP BY event_id`,
      [eventIds],
    );
    return new Map(rows.map((r) => [r.event_id, Number(r.n)]));
  }

  /** Open from `registrationOpensAt` (or creation) until `registrationClosesAt` (or the start); staff may register late. */
  private checkOpen(event: EventEntity, now: Date, staff: boolean): void {
    if (event.endsAt <= now) throw eventsError('EVENT_OVER');
    if (staff) return;
    if (event.registrationOpensAt && now < event.registrationOpensAt) {
      throw eventsError('REGISTRATION_NOT_OPEN', {
        params: { opensAt: event.registrationOpensAt.toISOString() },
      });
    }
    if (now >= (event.registrationClosesAt ?? event.startsAt)) throw eventsError('REGISTRATION_CLOSED');
  }

  /** A person registers themself; a company admin their colleagues; staff anyone. */
  private async registrant(viewer: Viewer, userId: string, manager: EntityManager = this.dataSource.manager) {
    const rows: Registrant[] = isUuid(userId)
      ? await manager.query(`SELECT id, company_id FROM users WHERE id = $1 AND deleted_at IS NULL`, [userId])
      : [];
    const user = rows[0];
    if (!user) throw AppException.notFound(PARTICIPANT_THING);
    const allowed =
      user.id === viewer.userId ||
      isStaff(viewer) ||
      (viewer.role === 'COMPANY_ADMIN' && user.company_id !== null && user.company_id === viewer.companyId);
    if (!allowed) throw AppException.forbidden();
    return user;
  }

  private async findTarget(
    viewer: Viewer,
    target: { id?: string; eventId?: string },
  ): Promise<RegistrationEntity> {
    const manager = this.dataSource.manager;
    if ((target.id && !isUuid(target.id)) || (target.eventId && !isUuid(target.eventId))) {
      throw AppException.notFound(REGISTRATION_THING);
    }
    const registration = target.id
      ? await manager.findOne(RegistrationEntity, { where: { id: target.id } })
      : target.eventId
        ? await manager
            .createQueryBuilder(RegistrationEntity, 'r')
            .where('r.event_id = :eventId AND r.user_id = :userId', {
              eventId: target.eventId,
              userId: viewer.userId,
            })
            .andWhere(`r.status <> 'CANCELLED'`)
            .getOne()
        : null;
    const mayCancel =
      registration &&
      (registration.userId === viewer.userId ||
        isStaff(viewer) ||
        (viewer.role === 'COMPANY_ADMIN' && registration.companyId === viewer.companyId));
    if (!registration || !mayCancel) throw AppException.notFound(REGISTRATION_THING);
    return registration;
  }
}

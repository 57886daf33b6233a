import { Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { isStaff, isStaffOf } from '@app/auth';
import { AppException, type Viewer, isUuid } from '@app/common';
import { UnitOfWork } from '@app/database';
import { EmailOutbox } from '@app/notifications';
import type { EventEntity } from '../event.entity.js';
import { EventPeople } from '../event-people.js';
import { EventsRepository } from '../events.repository.js';
import { eventsError, PARTICIPANT_THING, REGISTRATION_THING } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import { PricingService } from '../pricing/pricing.service.js';
import { registrationEmail } from './registration-emails.js';
import type { RegistrationEntity, RegistrationStatus } from './registration.entity.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { Waitlist } from './waitlist.js';

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: RegistrationsRepository,
    private readonly eventRows: EventsRepository,
    private readonly people: EventPeople,
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
    const { registration, emailId } = await this.unitOfWork.run(async (manager) => {
      const event = await this.events.lock(manager, eventId);
      // Staff register others (and past the dates) only at the events their association organizes.
      if (isStaff(viewer) && registrant.id !== viewer.userId) this.events.assertManages(viewer, event);
      this.checkOpen(event, new Date(), isStaffOf(viewer, event.organizers));
      if (await this.repository.hasLive(eventId, registrant.id, manager))
        throw eventsError('ALREADY_REGISTERED');
      const price = (await this.pricing.quoteFor(event, companyId, new Date(), manager))!;
      const seated = await this.eventRows.takePlace(eventId, manager);
      const status: RegistrationStatus = seated ? 'CONFIRMED' : 'WAITLISTED';
      const registration = await this.repository.insert(
        {
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
        },
        manager,
      );
      if (registrant.id !== viewer.userId && isStaff(viewer)) {
        await this.audit.record(manager, viewer, 'event.register-for', {
          eventId,
          userId: registrant.id,
          status,
        });
      }
      const kind = status === 'CONFIRMED' ? 'confirmed' : 'waitlisted';
      const email = registrationEmail(
        kind,
        event,
        registration,
        await this.people.contact(registrant.id, manager),
      );
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
    const result = await this.unitOfWork.run(async (manager) => {
      const event = await this.events.lock(manager, found.eventId);
      const registration = await this.repository.getById(found.id, manager);
      if (isStaff(viewer) && registration.userId !== viewer.userId) this.events.assertManages(viewer, event);
      if (registration.status === 'CANCELLED') throw eventsError('ALREADY_CANCELLED');
      if (event.endsAt <= new Date()) throw eventsError('EVENT_OVER');
      const wasConfirmed = registration.status === 'CONFIRMED';
      await this.repository.markCancelled(registration.id, manager);
      if (wasConfirmed) await this.eventRows.countRegistered(event.id, -1, manager);
      const promotions = await this.waitlist.fill(manager, event.id);
      if (isStaff(viewer)) {
        await this.audit.record(manager, viewer, 'event.cancel-registration', {
          eventId: event.id,
          registrationId: registration.id,
          promoted: promotions.promoted,
        });
      }
      const cancelled = await this.repository.getById(registration.id, manager);
      const email = registrationEmail(
        'cancelled',
        event,
        cancelled,
        await this.people.contact(cancelled.userId, manager),
      );
      return { cancelled, ids: [...promotions.ids, await this.outbox.record(email, manager)] };
    });
    await this.outbox.dispatch(result.ids);
    return result.cancelled;
  }

  findById(id: string): Promise<RegistrationEntity | null> {
    return this.repository.findById(id);
  }

  /** The viewer's registrations, soonest event first (cancelled ones included, for their history). */
  mine(viewer: Viewer): Promise<RegistrationEntity[]> {
    return this.repository.ofUser(viewer.userId);
  }

  /** The viewer's live registration at each of these events (for `event.myRegistration`). */
  async liveFor(userId: string, eventIds: readonly string[]): Promise<RegistrationEntity[]> {
    if (eventIds.length === 0) return [];
    return this.repository.liveFor(userId, eventIds);
  }

  /** For staff: an event's registrations, confirmed first, then the waitlist in order. */
  forEvent(eventId: string, status?: RegistrationStatus): Promise<RegistrationEntity[]> {
    return this.repository.ofEvent(eventId, status);
  }

  /** 1-based places on the waitlist of these registrations (null when not waitlisted). */
  async waitlistPositions(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repository.waitlistPositions(ids);
    return new Map(rows.map((r) => [r.id, Number(r.position)]));
  }

  /** Counts per event of people waiting. */
  async waitlistCounts(eventIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.repository.waitlistCounts(eventIds);
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
  private async registrant(viewer: Viewer, userId: string) {
    const user = isUuid(userId) ? await this.people.liveUser(userId) : undefined;
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
    if ((target.id && !isUuid(target.id)) || (target.eventId && !isUuid(target.eventId))) {
      throw AppException.notFound(REGISTRATION_THING);
    }
    const registration = target.id
      ? await this.repository.findById(target.id)
      : target.eventId
        ? await this.repository.liveOf(target.eventId, viewer.userId)
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

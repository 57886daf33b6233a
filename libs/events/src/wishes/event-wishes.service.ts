import { Injectable } from '@nestjs/common';
import { AppException, FieldProblems, type LocalizedText, type Viewer, isUuid } from '@app/common';
import { EventsService } from '../events.service.js';
import { EventWishesRepository, type WishPartnerRow, type WishRow } from './event-wishes.repository.js';
import { MeetingWish } from './event-wishes.types.js';

/** MUST_MEET wishes a company may hold per event: enough to matter, few enough to mean something. */
export const MAX_MUST_MEET = 5;

const NOT_AN_ID: LocalizedText = { fr: 'n’est pas un identifiant valide.', en: 'is not a valid id.' };
const PARTNER_NOT_ATTENDING: LocalizedText = {
  fr: 'cette entreprise n’est pas inscrite (confirmée) à l’événement.',
  en: 'this company is not a confirmed attendee of the event.',
};
const OWN_COMPANY: LocalizedText = {
  fr: 'doit être une autre entreprise que la vôtre.',
  en: 'must be another company than yours.',
};
const TOO_MANY_MUST_MEET: LocalizedText = {
  fr: 'votre entreprise a déjà {max} partenaires « à rencontrer » pour cet événement ; retirez-en un d’abord.',
  en: 'your company already has {max} must-meet partners at this event; remove one first.',
};

/**
 * Wishes of a company attending an event about its meetings there. Only the company's own people
 * with a confirmed place set or read them, for their company; the scheduler and staff read them all.
 */
@Injectable()
export class EventWishesService {
  constructor(
    private readonly events: EventsService,
    private readonly wishes: EventWishesRepository,
  ) {}

  async ofViewer(viewer: Viewer, eventId: string): Promise<WishRow[]> {
    const companyId = await this.attendingCompany(viewer, eventId);
    return this.wishes.ofCompany(eventId, companyId);
  }

  async partnersOfViewer(viewer: Viewer, eventId: string): Promise<WishPartnerRow[]> {
    const companyId = await this.attendingCompany(viewer, eventId);
    return this.wishes.partners(eventId, companyId);
  }

  /** Sets or (wish null) clears the viewer's company's wish about a partner; returns its wishes. */
  async set(
    viewer: Viewer,
    eventId: string,
    partnerId: string,
    wish: MeetingWish | null,
  ): Promise<WishRow[]> {
    const problems = new FieldProblems();
    const companyId = await this.attendingCompany(viewer, eventId);
    if (!isUuid(partnerId)) problems.add('partnerId', NOT_AN_ID).throwIfAny();
    if (partnerId === companyId) problems.add('partnerId', OWN_COMPANY).throwIfAny();
    if (wish !== null && !(await this.wishes.companyAttends(eventId, partnerId))) {
      problems.add('partnerId', PARTNER_NOT_ATTENDING).throwIfAny();
    }
    const written = await this.wishes.set(eventId, companyId, partnerId, wish, viewer.userId, MAX_MUST_MEET);
    if (!written) problems.add('wish', TOO_MANY_MUST_MEET, { max: MAX_MUST_MEET }).throwIfAny();
    return this.wishes.ofCompany(eventId, companyId);
  }

  /** Every wish at the event, for staff and the scheduler. */
  ofEvent(eventId: string): Promise<WishRow[]> {
    return this.wishes.ofEvent(eventId);
  }

  /** The viewer's company, when the viewer holds a confirmed place at the event for it; FORBIDDEN otherwise. */
  private async attendingCompany(viewer: Viewer, eventId: string): Promise<string> {
    const event = await this.events.getById(eventId);
    if (!viewer.companyId || !(await this.wishes.attends(event.id, viewer.userId, viewer.companyId))) {
      throw AppException.forbidden();
    }
    return viewer.companyId;
  }
}

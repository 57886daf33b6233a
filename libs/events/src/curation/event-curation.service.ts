import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { COMMON_MESSAGES, FieldProblems, type Viewer, isUuid } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork } from '@app/database';
import type { MatchReason } from '@app/match-scoring';
import { CurationService, CurationStatus } from '@app/matching';
import { EventMeetingsRepository } from '@app/meetings';
import { EmailOutbox } from '@app/notifications';
import { EventPeople } from '../event-people.js';
import { eventsError } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import { EventWishesRepository, type MeetingWishValue } from '../wishes/event-wishes.repository.js';
import { AttendeesRepository } from '../registrations/attendees.repository.js';
import { scoreAttendees } from './event-candidates.js';
import { EventCurationRepository } from './event-curation.repository.js';
import { introductionEmail } from './introduction-email.js';

export const MAX_CANDIDATES = 500;
export const MAX_INTRODUCTIONS = 100;
const PER_COMPANY = 20;

export interface EventCandidateView {
  companyId: string;
  partnerId: string;
  score: number;
  reasons: MatchReason[];
  curation: CurationStatus;
  note: string | null;
  curatedBy: string | null;
  /** Pinned both ways for this event: an introduction staff sent. */
  introduced: boolean;
  requestStatus: string | null;
  hasMeeting: boolean;
  /** What each side wishes of meeting the other at the event (MUST_MEET, NO_THANKS), if anything. */
  companyWish: MeetingWishValue | null;
  partnerWish: MeetingWishValue | null;
}

export interface IntroductionRequest {
  companyId: string;
  partnerId: string;
  note?: string | null;
}

const NOT_ATTENDING = {
  fr: 'n’est pas inscrite (confirmée) à l’événement.',
  en: 'is not a confirmed attendee of the event.',
};
const SAME_SIDE = { fr: 'doit être de l’autre province.', en: 'must be from the other province.' };

/**
 * Staff curation before an event: candidate matches among the confirmed attendees (scored by the
 * engine among them only), pinned, hidden or annotated pair by pair, and introductions sent in bulk.
 * Pins and hides go through the matching domain's curation, so they show in both companies' feeds.
 */
@Injectable()
export class EventCurationService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: EventCurationRepository,
    private readonly attending: AttendeesRepository,
    private readonly people: EventPeople,
    private readonly meetings: EventMeetingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly curation: CurationService,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditLog,
    private readonly wishes: EventWishesRepository,
  ) {}

  async candidates(
    viewer: Viewer,
    eventId: string,
    companyId?: string | null,
    first = 100,
  ): Promise<EventCandidateView[]> {
    const event = await this.events.getManaged(viewer, eventId);
    if (!Number.isInteger(first) || first < 0 || first > MAX_CANDIDATES) {
      new FieldProblems().add('first', COMMON_MESSAGES.firstOutOfRange, { max: MAX_CANDIDATES }).throwIfAny();
    }
    const attendees = await this.attendees(event.id);
    if (companyId && !attendees.has(companyId)) return [];
    const profiles = await this.repository.matchProfiles();
    const pairs = scoreAttendees(profiles, attendees, PER_COMPANY, companyId ?? undefined).slice(0, first);
    return this.decorate(event.id, pairs);
  }

  /** Pins, hides (both ways) or clears a pair of attendees for the event; a note goes with a pin or a hide. */
  async curate(
    viewer: Viewer,
    eventId: string,
    pair: { companyId: string; partnerId: string; status: CurationStatus; note?: string | null },
  ): Promise<EventCandidateView> {
    const event = await this.events.getManaged(viewer, eventId);
    const attendees = await this.attendees(event.id);
    if (!attendees.has(pair.companyId) || !attendees.has(pair.partnerId)) throw eventsError('NOT_ATTENDING');
    const curated = await this.curation.curate(viewer, {
      ...pair,
      note: pair.note?.trim() || null,
      eventId: event.id,
      mirror: true,
    });
    const [view] = await this.decorate(event.id, [
      {
        companyId: pair.companyId,
        partnerId: pair.partnerId,
        score: curated.score,
        reasons: curated.reasons,
      },
    ]);
    return view;
  }

  /**
   * Sends curated introductions: each pair is pinned both ways for the event (first in both feeds,
   * "recommended by" the staff member's association) and the people of both companies get an email.
   * Every pair is checked before anything is sent.
   */
  async introduce(
    viewer: Viewer,
    eventId: string,
    requests: IntroductionRequest[],
  ): Promise<EventCandidateView[]> {
    const event = await this.events.getManaged(viewer, eventId);
    await this.check(event.id, requests);
    const curated = await this.curation.curateMany(
      viewer,
      requests.map((r) => ({
        companyId: r.companyId,
        partnerId: r.partnerId,
        status: CurationStatus.PINNED,
        note: r.note?.trim() || null,
        eventId: event.id,
        mirror: true,
      })),
    );
    const pairs: { companyId: string; partnerId: string; score: number; reasons: MatchReason[] }[] =
      requests.map((r, i) => ({
        companyId: r.companyId,
        partnerId: r.partnerId,
        score: curated[i].score,
        reasons: curated[i].reasons,
      }));
    const emailIds = await this.unitOfWork.run(async (manager) => {
      const ids: (string | undefined)[] = [];
      const names = await this.people.companyNames(requests.flatMap((r) => [r.companyId, r.partnerId]));
      for (const r of requests) {
        for (const [side, other] of [
          [r.companyId, r.partnerId],
          [r.partnerId, r.companyId],
        ]) {
          for (const person of await this.people.membersOf(side)) {
            const email = introductionEmail(
              person,
              event,
              names.get(other) ?? '',
              viewer.association,
              r.note?.trim() || null,
              this.config.PUBLIC_URL,
            );
            ids.push(
              await this.outbox.record(
                { ...email, dedupeKey: `introduction:${event.id}:${side}:${other}:${person.id}` },
                manager,
              ),
            );
          }
        }
      }
      await this.audit.record(manager, viewer, 'event.introductions.send', {
        eventId: event.id,
        pairs: requests.map((r) => [r.companyId, r.partnerId]),
      });
      return ids;
    });
    await this.outbox.dispatch(emailIds);
    return this.decorate(event.id, pairs);
  }

  private async check(eventId: string, requests: IntroductionRequest[]): Promise<void> {
    const problems = new FieldProblems();
    if (requests.length === 0) problems.add('introductions', COMMON_MESSAGES.required);
    if (requests.length > MAX_INTRODUCTIONS)
      problems.add('introductions', COMMON_MESSAGES.tooLong, { max: MAX_INTRODUCTIONS });
    const attendees = await this.attendees(eventId);
    const provinces = await this.people.provinces(
      requests.flatMap((r) => [r.companyId, r.partnerId]).filter(isUuid),
    );
    const seen = new Set<string>();
    requests.forEach((r, i) => {
      const path = `introductions[${i}]`;
      for (const field of ['companyId', 'partnerId'] as const) {
        if (!attendees.has(r[field])) problems.add(`${path}.${field}`, NOT_ATTENDING);
      }
      if (
        attendees.has(r.companyId) &&
        attendees.has(r.partnerId) &&
        provinces.get(r.companyId) === provinces.get(r.partnerId)
      ) {
        problems.add(`${path}.partnerId`, SAME_SIDE);
      }
      const key = [r.companyId, r.partnerId].sort().join('>');
      if (seen.has(key))
        problems.add(path, COMMON_MESSAGES.duplicateValue, { value: `${r.companyId} ↔ ${r.partnerId}` });
      seen.add(key);
      if (r.note && r.note.length > 2000)
        problems.add(`${path}.note`, COMMON_MESSAGES.tooLong, { max: 2000 });
    });
    problems.throwIfAny();
  }

  /** Adds what staff need beside the score: the curation of the pair, and where the companies stand at the event. */
  private async decorate(
    eventId: string,
    pairs: { companyId: string; partnerId: string; score: number; reasons: MatchReason[] }[],
  ): Promise<EventCandidateView[]> {
    if (pairs.length === 0) return [];
    const ids = [...new Set(pairs.flatMap((p) => [p.companyId, p.partnerId]))];
    const curations = await this.repository.curationsAmong(ids);
    const requests = await this.meetings.latestRequestPerPair(eventId, ids);
    const curationOf = (a: string, b: string) =>
      curations.find((c) => c.company_id === a && c.partner_id === b);
    const wishes = new Map(
      (await this.wishes.ofEvent(eventId)).map((w) => [`${w.companyId}>${w.partnerId}`, w.wish]),
    );
    return pairs.map((p) => {
      const own = curationOf(p.companyId, p.partnerId) ?? curationOf(p.partnerId, p.companyId);
      const back = curationOf(p.partnerId, p.companyId);
      const [a, b] = [p.companyId, p.partnerId].sort();
      const request = requests.find((r) => r.a === a && r.b === b);
      return {
        ...p,
        curation: own ? CurationStatus[own.status] : CurationStatus.NONE,
        note: own?.note ?? null,
        curatedBy: own?.status === 'PINNED' ? own.association : null,
        introduced:
          own?.status === 'PINNED' &&
          back?.status === 'PINNED' &&
          own.event_id === eventId &&
          back.event_id === eventId,
        requestStatus: request?.status ?? null,
        hasMeeting: request?.has_meeting ?? false,
        companyWish: wishes.get(`${p.companyId}>${p.partnerId}`) ?? null,
        partnerWish: wishes.get(`${p.partnerId}>${p.companyId}`) ?? null,
      };
    });
  }

  private async attendees(eventId: string): Promise<Set<string>> {
    return new Set(await this.attending.companyIds(eventId));
  }
}

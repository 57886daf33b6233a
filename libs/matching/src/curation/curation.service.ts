import { Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { isStaffOf } from '@app/auth';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { CompanyFactsRepository, MatchProfilesRepository } from '@app/companies';
import { UnitOfWork, type Transaction } from '@app/database';
import {
  prepareProfiles,
  scoreFor,
  type LensScores,
  type MatchReason as EngineReason,
} from '@app/match-scoring';
import { CurationStatus } from '../dto/matching.types.js';
import { RetrainingQueue } from '../feedback/retraining-queue.js';
import { FeedbackRepository } from '../feedback/feedback.repository.js';
import { matchingError, PARTNER_THING } from '../matching.errors.js';
import { CurationsRepository } from './curations.repository.js';

export interface CurationRequest {
  companyId: string;
  partnerId: string;
  status: CurationStatus;
  note?: string | null;
  eventId?: string | null;
  /** Curate the pair both ways: an introduction shows in both companies' feeds. */
  mirror?: boolean;
}

export interface CuratedPair {
  partnerId: string;
  score: number;
  lenses: LensScores;
  reasons: EngineReason[];
  curation: CurationStatus;
  curatedBy: string | null;
  note: string | null;
}

const NOTE_MAX = 2000;

/** What a pinned pair keeps of the engine's view, from the viewer's side. */
interface ScoredPair {
  score: number;
  lenses: LensScores;
  reasons: EngineReason[];
}
const UNSCORED: ScoredPair = { score: 0, lenses: { theyOffer: 0, theySeek: 0 }, reasons: [] };

/** Staff pin, hide and annotate suggested pairs; every action goes to the audit log. */
@Injectable()
export class CurationService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly curations: CurationsRepository,
    private readonly profiles: MatchProfilesRepository,
    private readonly companies: CompanyFactsRepository,
    private readonly feedback: FeedbackRepository,
    private readonly audit: AuditLog,
    private readonly retraining: RetrainingQueue,
  ) {}

  async curate(viewer: Viewer, request: CurationRequest): Promise<CuratedPair> {
    const [pair] = await this.curateMany(viewer, [request]);
    return pair;
  }

  /**
   * Several pairs at once (an event's introductions): all are checked before any is written, the
   * profiles are prepared once for all of them, and they are stored in one transaction.
   */
  async curateMany(viewer: Viewer, requests: CurationRequest[]): Promise<CuratedPair[]> {
    const problems = new FieldProblems();
    requests.forEach((r, i) => {
      const path = requests.length === 1 ? 'note' : `pairs[${i}].note`;
      if (r.note && r.note.length > NOTE_MAX) problems.add(path, COMMON_MESSAGES.tooLong, { max: NOTE_MAX });
    });
    problems.throwIfAny();
    const ids = [...new Set(requests.flatMap((r) => [r.companyId, r.partnerId]))];
    const companies = await this.companies.withCurrentAssociations(ids);
    const province = new Map(companies.map((c) => [c.id, c.province]));
    const associations = new Map(companies.map((c) => [c.id, c.associations]));
    for (const r of requests) {
      if (!province.has(r.companyId) || !province.has(r.partnerId))
        throw AppException.notFound(PARTNER_THING);
      // Outside an event (whose organizers' staff curate its attendees, checked by the events
      // domain), staff curate pairs involving a current member of their association.
      const members = [...associations.get(r.companyId)!, ...associations.get(r.partnerId)!];
      if (!r.eventId && !isStaffOf(viewer, members)) throw AppException.forbidden();
      if (province.get(r.companyId) === province.get(r.partnerId)) throw matchingError('SAME_PROVINCE');
    }
    const scored = requests.some((r) => r.status === CurationStatus.PINNED)
      ? await this.scorePairs(requests.filter((r) => r.status === CurationStatus.PINNED))
      : new Map<string, ScoredPair>();

    await this.unitOfWork.run(async (tx) => {
      for (const request of requests) {
        const directions: [string, string][] = [[request.companyId, request.partnerId]];
        if (request.mirror) directions.push([request.partnerId, request.companyId]);
        for (const [companyId, partnerId] of directions) {
          const pair = scored.get(`${companyId}>${partnerId}`);
          await this.store(tx, viewer, { ...request, companyId, partnerId }, pair ?? UNSCORED);
        }
        await this.audit.record(tx, viewer, `matching.curate.${request.status.toLowerCase()}`, {
          companyId: request.companyId,
          partnerId: request.partnerId,
          note: request.note ?? null,
          eventId: request.eventId ?? null,
          mirror: !!request.mirror,
        });
      }
    });
    return requests.map((request) => {
      const own = scored.get(`${request.companyId}>${request.partnerId}`);
      return {
        partnerId: request.partnerId,
        score: own?.score ?? 0,
        lenses: own?.lenses ?? UNSCORED.lenses,
        reasons: own?.reasons ?? [],
        curation: request.status,
        curatedBy: request.status === CurationStatus.PINNED ? viewer.association : null,
        note: request.note ?? null,
      };
    });
  }

  private async store(tx: Transaction, viewer: Viewer, r: CurationRequest, pair: ScoredPair) {
    if (r.status === CurationStatus.NONE) {
      await this.curations.remove(r.companyId, r.partnerId, tx);
      return;
    }
    await this.curations.store(
      {
        companyId: r.companyId,
        partnerId: r.partnerId,
        status: r.status,
        note: r.note ?? null,
        association: viewer.association,
        eventId: r.eventId ?? null,
        score: pair.score,
        theyOffer: pair.lenses.theyOffer,
        theySeek: pair.lenses.theySeek,
        reasons: pair.reasons,
        curatedBy: viewer.userId,
      },
      tx,
    );
  }

  /** A pinned pair keeps the engine's score and reasons, even when it is outside the stored top list. */
  private async scorePairs(requests: CurationRequest[]) {
    const profiles = await this.profiles.consenting();
    const result = new Map<string, ScoredPair>();
    const consenting = new Set(profiles.map((p) => p.id));
    const pairs = requests.filter((r) => consenting.has(r.companyId) && consenting.has(r.partnerId));
    if (pairs.length === 0) return result;
    const prepared = prepareProfiles(profiles);
    for (const r of pairs) {
      for (const [viewer, partner] of [
        [r.companyId, r.partnerId],
        [r.partnerId, r.companyId],
      ]) {
        const [pair] = scoreFor(prepared, viewer, [partner]);
        result.set(`${viewer}>${partner}`, { score: pair.score, lenses: pair.lenses, reasons: pair.reasons });
      }
    }
    return result;
  }

  async dismiss(viewer: Viewer, partnerId: string, reason: string | null | undefined): Promise<boolean> {
    // dismissSuggestion takes no companyId: NO_COMPANY would tell the caller to give one.
    if (!viewer.companyId) throw matchingError('NO_COMPANY_TO_DISMISS_FOR');
    const problems = new FieldProblems();
    if (reason && reason.length > 500) problems.add('reason', COMMON_MESSAGES.tooLong, { max: 500 });
    problems.throwIfAny();
    const provinces = await this.companies.provinces([viewer.companyId, partnerId]);
    if (!provinces.has(partnerId)) throw AppException.notFound(PARTNER_THING);
    // Feeds suggest the other province only: one's own company, or a neighbour, is never dismissed.
    if (provinces.get(partnerId) === provinces.get(viewer.companyId)) throw matchingError('SAME_PROVINCE');
    await this.feedback.dismiss(viewer.companyId, partnerId, reason?.trim() || null, viewer.userId);
    await this.retraining.companyActed(viewer.companyId);
    return true;
  }
}

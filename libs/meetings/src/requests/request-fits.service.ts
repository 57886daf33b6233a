import { Injectable } from '@nestjs/common';
import { isStaff } from '@app/auth';
import {
  COMMON_MESSAGES,
  encodeCursor,
  FieldProblems,
  parsePage,
  type Connection,
  type Viewer,
} from '@app/common';
import { pairKey, PairFitService, type PairFit } from '@app/matching';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { compareFitKeys, fitKeyOf, isFitKey, positionAfter, type FitKey } from './fit-ranking.js';
import {
  MeetingRequestRepository,
  type RankableRequest,
  type RequestScope,
} from './meeting-request.repository.js';
import { MeetingRequestsService } from './meeting-requests.service.js';

/** Only the receiving company (and staff) see how well a request's sender suits it. */
export function seesFit(viewer: Viewer, request: { toCompanyId: string }): boolean {
  return isStaff(viewer) || viewer.companyId === request.toCompanyId;
}

/**
 * The fit of received requests, seen from the receiving company (the matching engine's score of
 * the pair, either way it was asked), and the inbox ranked by it.
 */
@Injectable()
export class RequestFitsService {
  constructor(
    private readonly pairFits: PairFitService,
    private readonly repository: MeetingRequestRepository,
    private readonly requests: MeetingRequestsService,
  ) {}

  /** The fits of many requests at once, by request id; null where the viewer may not see it. */
  async fitsOf(
    viewer: Viewer,
    requests: readonly Pick<RankableRequest, 'id' | 'fromCompanyId' | 'toCompanyId'>[],
  ): Promise<Map<string, PairFit | null>> {
    const visible = requests.filter((r) => seesFit(viewer, r));
    const fits = await this.pairFits.fitsOf(
      visible.map((r) => ({ companyId: r.toCompanyId, partnerId: r.fromCompanyId })),
    );
    return new Map(
      requests.map((r) => [
        r.id,
        seesFit(viewer, r) ? (fits.get(pairKey(r.toCompanyId, r.fromCompanyId)) ?? null) : null,
      ]),
    );
  }

  /** `meetingRequests(orderBy: BEST_FIT)`: the whole scope ranked, then one page of it. */
  async listBestFit(
    viewer: Viewer,
    first: number | null | undefined,
    after: string | null | undefined,
    scope: RequestScope,
  ): Promise<Connection<MeetingRequestEntity>> {
    const page = parsePage<FitKey>(first, after, 4);
    if (page.after && !isFitKey(page.after))
      new FieldProblems().add('after', COMMON_MESSAGES.badCursor).throwIfAny();
    const candidates = await this.repository.rankable(viewer, scope);
    const fits = await this.fitsOf(viewer, candidates);
    const keys = candidates
      .map((r) => fitKeyOf({ id: r.id, createdAt: r.createdAt, fit: fits.get(r.id) ?? null }))
      .sort(compareFitKeys);
    const cursorId = page.after?.[3];
    // The cursor's own request, whose fit may have fallen since, never comes twice.
    const rest = (page.after ? keys.slice(positionAfter(keys, page.after)) : keys).filter(
      (key) => key[3] !== cursorId,
    );
    const slice = rest.slice(0, page.first);
    const byId = new Map((await this.requests.findByIds(slice.map((k) => k[3]))).map((r) => [r.id, r]));
    const edges = slice
      .filter((key) => byId.has(key[3]))
      .map((key) => ({ node: byId.get(key[3])!, cursor: encodeCursor(key) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rest.length > page.first,
        hasPreviousPage: !!page.after,
        startCursor: edges[0]?.cursor,
        endCursor: edges.at(-1)?.cursor,
      },
      totalCount: keys.length,
    };
  }
}

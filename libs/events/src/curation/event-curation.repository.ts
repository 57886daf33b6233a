import { Injectable } from '@nestjs/common';
import { MatchProfilesRepository } from '@app/companies';
import type { MatchProfile } from '@app/match-scoring';
import { CurationsRepository, type PairCurationRow } from '@app/matching';

/** What event curation reads of companies and matching, through what they export. */
@Injectable()
export class EventCurationRepository {
  constructor(
    private readonly profiles: MatchProfilesRepository,
    private readonly curations: CurationsRepository,
  ) {}

  /** The profiles of every company open to matchmaking. */
  matchProfiles(): Promise<MatchProfile[]> {
    return this.profiles.consenting();
  }

  /** Every curation between two of the companies. */
  curationsAmong(companyIds: string[]): Promise<PairCurationRow[]> {
    return this.curations.among(companyIds);
  }
}

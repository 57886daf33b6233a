import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchProfile } from '@app/match-scoring';
import { CurationsRepository, loadMatchProfiles, type PairCurationRow } from '@app/matching';

/** What event curation reads of matching, through what matching exports. */
@Injectable()
export class EventCurationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curations: CurationsRepository,
  ) {}

  /** The profiles of every company open to matchmaking. */
  matchProfiles(): Promise<MatchProfile[]> {
    return loadMatchProfiles(this.dataSource.manager);
  }

  /** Every curation between two of the companies. */
  curationsAmong(companyIds: string[]): Promise<PairCurationRow[]> {
    return this.curations.among(companyIds);
  }
}

import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import { MeetingsRepository } from './meetings.repository.js';

export interface BusyPeriod {
  meetingId: string;
  userId: string;
  start: Date;
  end: Date;
}

/**
 * When people are already in a scheduled meeting, for other domains that place meetings in bulk
 * (a trade mission's arrangement) and must leave those times alone.
 */
@Injectable()
export class BusyTimes {
  constructor(private readonly meetings: MeetingsRepository) {}

  async of(manager: Transaction, userIds: readonly string[], from: Date, to: Date): Promise<BusyPeriod[]> {
    if (userIds.length === 0) return [];
    const rows = await this.meetings.busyPeriods(userIds, from, to, manager);
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      userId: r.user_id,
      start: new Date(r.starts_at),
      end: new Date(r.ends_at),
    }));
  }
}

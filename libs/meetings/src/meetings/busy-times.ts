import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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
  async of(manager: EntityManager, userIds: readonly string[], from: Date, to: Date): Promise<BusyPeriod[]> {
    if (userIds.length === 0) return [];
    const rows: { meeting_id: string; user_id: string; starts_at: Date; ends_at: Date }[] =
      await manager.query(
        `SELECT p.meeting_id, p.user_id, lower(p.period) AS starts_at, upper(p.period) AS ends_at
         FROM meeting_participants p
        WHERE p.active AND p.user_id = ANY($1::uuid[]) AND p.period && tstzrange($2::timestamptz, $3::timestamptz)`,
        [[...userIds], from, to],
      );
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      userId: r.user_id,
      start: new Date(r.starts_at),
      end: new Date(r.ends_at),
    }));
  }
}

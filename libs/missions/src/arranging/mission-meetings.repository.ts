import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A meeting arranged for a mission, between a delegate company and a host. */
export interface MissionMeetingLink {
  meetingId: string;
  missionId: string;
  delegateCompanyId: string;
  hostCompanyId: string;
}

/** Every query of `mission_meetings`, the link from a meeting to the mission it was arranged for. */
@Injectable()
export class MissionMeetingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The mission's links (those of `companyId`'s pairs only, when given); their meetings' times are the meetings domain's. */
  async linksOf(
    missionId: string,
    manager: EntityManager = this.dataSource.manager,
    companyId?: string,
  ): Promise<MissionMeetingLink[]> {
    const rows: {
      meeting_id: string;
      mission_id: string;
      delegate_company_id: string;
      host_company_id: string;
    }[] = await manager.query(
      `SELECT meeting_id, mission_id, delegate_company_id, host_company_id FROM mission_meetings
          WHERE mission_id = $1 AND ($2::uuid IS NULL OR $2 IN (delegate_company_id, host_company_id))`,
      [missionId, companyId ?? null],
    );
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      missionId: r.mission_id,
      delegateCompanyId: r.delegate_company_id,
      hostCompanyId: r.host_company_id,
    }));
  }

  /** False when the pair already has a meeting for this mission (a published pair is never added twice). */
  async link(
    manager: EntityManager,
    row: { meetingId: string; missionId: string; delegateCompanyId: string; hostCompanyId: string },
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO mission_meetings (meeting_id, mission_id, delegate_company_id, host_company_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT mission_meetings_one_per_pair DO NOTHING RETURNING meeting_id`,
      [row.meetingId, row.missionId, row.delegateCompanyId, row.hostCompanyId],
    );
    return inserted.length > 0;
  }

  /**
   * Runs `work` in a savepoint of the caller's transaction and undoes it when it returns null or
   * throws an error `expected` accepts (then null): one pair that cannot be created leaves the
   * others of a publication standing.
   */
  async orUndo<T>(
    manager: EntityManager,
    work: () => Promise<T | null>,
    expected: (error: unknown) => boolean,
  ): Promise<T | null> {
    await manager.query('SAVEPOINT mission_meeting');
    try {
      const result = await work();
      await manager.query(
        result === null ? 'ROLLBACK TO SAVEPOINT mission_meeting' : 'RELEASE SAVEPOINT mission_meeting',
      );
      return result;
    } catch (error) {
      if (!expected(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT mission_meeting');
      return null;
    }
  }

  /** The mission of each meeting, for `Meeting.mission`. */
  async missionsOf(meetingIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { meeting_id: string; mission_id: string }[] = await this.dataSource.query(
      `SELECT meeting_id, mission_id FROM mission_meetings WHERE meeting_id = ANY($1::uuid[])`,
      [[...meetingIds]],
    );
    return new Map(rows.map((r) => [r.meeting_id, r.mission_id]));
  }
}

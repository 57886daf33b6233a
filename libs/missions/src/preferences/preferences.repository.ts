import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type PreferenceKind = 'MUST_MEET' | 'AVOID';

export interface PreferenceRow {
  companyId: string;
  otherCompanyId: string;
  kind: PreferenceKind;
}

/** Every query of the `mission_preferences` table. */
@Injectable()
export class MissionPreferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forMission(
    missionId: string,
    companyId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PreferenceRow[]> {
    const rows: { company_id: string; other_company_id: string; kind: PreferenceKind }[] =
      await manager.query(
        `SELECT company_id, other_company_id, kind FROM mission_preferences
        WHERE mission_id = $1 AND ($2::uuid IS NULL OR company_id = $2) ORDER BY company_id, kind, other_company_id`,
        [missionId, companyId ?? null],
      );
    return rows.map((r) => ({ companyId: r.company_id, otherCompanyId: r.other_company_id, kind: r.kind }));
  }

  /** Replaces a company's preferences for the mission with these. */
  async replace(
    manager: EntityManager,
    missionId: string,
    companyId: string,
    mustMeet: readonly string[],
    avoid: readonly string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM mission_preferences WHERE mission_id = $1 AND company_id = $2`, [
      missionId,
      companyId,
    ]);
    const others = [...mustMeet, ...avoid];
    const kinds = [...mustMeet.map(() => 'MUST_MEET'), ...avoid.map(() => 'AVOID')];
    await manager.query(
      `INSERT INTO mission_preferences (mission_id, company_id, other_company_id, kind)
       SELECT $1, $2, t.other, t.kind FROM unnest($3::uuid[], $4::text[]) AS t(other, kind)`,
      [missionId, companyId, others, kinds],
    );
  }
}

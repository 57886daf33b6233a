import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Locale } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

export interface CalendarOwner {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
  companyId: string | null;
}

const TOKEN = /^[0-9a-f]{32,64}$/;

/**
 * Secret per-person calendar links: anyone holding one reads that person's meetings, so it is
 * never shown to anyone else, and resetting it revokes every copy.
 */
@Injectable()
export class CalendarLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  meetingUrl(token: string, meetingId: string): string {
    return `${this.config.PUBLIC_URL}/calendar/${token}/meetings/${meetingId}.ics`;
  }

  feedUrl(token: string): string {
    return `${this.config.PUBLIC_URL}/calendar/${token}.ics`;
  }

  /** A feed of some of the person's meetings, served by the domain that owns `scope` (e.g. missions). */
  scopedFeedUrl(token: string, scope: string, id: string): string {
    return `${this.config.PUBLIC_URL}/calendar/${token}/${scope}/${id}.ics`;
  }

  async tokensOf(
    userIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; calendar_token: string }[] = await manager.query(
      `SELECT id, calendar_token FROM users WHERE id = ANY($1::uuid[])`,
      [[...userIds]],
    );
    return new Map(rows.map((r) => [r.id, r.calendar_token]));
  }

  async ownerOf(token: string): Promise<CalendarOwner | null> {
    if (!TOKEN.test(token)) return null;
    const rows: (Omit<CalendarOwner, 'timeZone' | 'companyId'> & {
      time_zone: string;
      company_id: string | null;
    })[] = await this.dataSource.query(
      `SELECT id, name, email, locale, time_zone, company_id FROM users WHERE calendar_token = $1 AND deleted_at IS NULL`,
      [token],
    );
    const row = rows[0];
    return row ? { ...row, timeZone: row.time_zone, companyId: row.company_id } : null;
  }

  async reset(userId: string): Promise<string> {
    const [rows]: [{ calendar_token: string }[], number] = await this.dataSource.query(
      `UPDATE users SET calendar_token = encode(gen_random_bytes(24), 'hex') WHERE id = $1 RETURNING calendar_token`,
      [userId],
    );
    return rows[0].calendar_token;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { PeopleRepository } from '@app/auth';
import type { Locale } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Transaction } from '@app/database';

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
 * never shown to anyone else, and resetting it revokes every copy. The token is a column of the
 * person's account (auth's PeopleRepository).
 */
@Injectable()
export class CalendarLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleRepository,
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

  async tokensOf(userIds: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    return this.people.calendarTokens(userIds, tx);
  }

  async ownerOf(token: string): Promise<CalendarOwner | null> {
    if (!TOKEN.test(token)) return null;
    const row = await this.people.byCalendarToken(token);
    return row
      ? {
          id: row.id,
          name: row.name,
          email: row.email,
          locale: row.locale,
          timeZone: row.time_zone,
          companyId: row.company_id,
        }
      : null;
  }

  reset(userId: string): Promise<string> {
    return this.people.resetCalendarToken(userId);
  }
}

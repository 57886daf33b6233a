import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import { EventMeetingsRepository } from '@app/meetings';

export type MeetingWishValue = 'MUST_MEET' | 'NO_THANKS';

export interface WishRow {
  companyId: string;
  partnerId: string;
  wish: MeetingWishValue;
}

export interface WishPartnerRow {
  partnerId: string;
  /** The latest pending or accepted request between the two companies at the event, if any. */
  requestStatus: string | null;
  wish: MeetingWishValue | null;
}

/** The queries of event wishes (table event_wishes) and the attendance they depend on. */
@Injectable()
export class EventWishesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: EventMeetingsRepository,
  ) {}

  /** Whether the person holds a confirmed place at the event for this company. */
  async attends(eventId: string, userId: string, companyId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM event_registrations
        WHERE event_id = $1 AND user_id = $2 AND company_id = $3 AND status = 'CONFIRMED' LIMIT 1`,
      [eventId, userId, companyId],
    );
    return rows.length > 0;
  }

  /** Whether some person of the company holds a confirmed place at the event. */
  async companyAttends(eventId: string, companyId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM event_registrations WHERE event_id = $1 AND company_id = $2 AND status = 'CONFIRMED' LIMIT 1`,
      [eventId, companyId],
    );
    return rows.length > 0;
  }

  /** The company's wishes at the event: MUST_MEET first, then the most recent first. */
  async ofCompany(eventId: string, companyId: string): Promise<WishRow[]> {
    const rows: { partner_id: string; wish: MeetingWishValue }[] = await this.dataSource.query(
      `SELECT partner_id, wish FROM event_wishes WHERE event_id = $1 AND company_id = $2
        ORDER BY wish = 'MUST_MEET' DESC, updated_at DESC, partner_id`,
      [eventId, companyId],
    );
    return rows.map((r) => ({ companyId, partnerId: r.partner_id, wish: r.wish }));
  }

  /** Every wish at the event (for the scheduler and staff), in the caller's transaction if given. */
  async ofEvent(eventId: string, manager: Transaction = this.dataSource.manager): Promise<WishRow[]> {
    const rows: { company_id: string; partner_id: string; wish: MeetingWishValue }[] = await manager.query(
      `SELECT company_id, partner_id, wish FROM event_wishes WHERE event_id = $1 ORDER BY company_id, partner_id`,
      [eventId],
    );
    return rows.map((r) => ({ companyId: r.company_id, partnerId: r.partner_id, wish: r.wish }));
  }

  /**
   * Sets (or with null clears) the company's wish about a partner. A company's wishes at an event
   * are written one transaction at a time (an advisory lock on the pair), so the MUST_MEET quota
   * holds under concurrent calls. Returns false, writing nothing, when the quota is reached.
   */
  async set(
    eventId: string,
    companyId: string,
    partnerId: string,
    wish: MeetingWishValue | null,
    setBy: string,
    maxMustMeet: number,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 17))`, [
        `wish:${eventId}:${companyId}`,
      ]);
      if (wish === null) {
        await manager.query(
          `DELETE FROM event_wishes WHERE event_id = $1 AND company_id = $2 AND partner_id = $3`,
          [eventId, companyId, partnerId],
        );
        return true;
      }
      if (wish === 'MUST_MEET') {
        const [{ count }]: { count: number }[] = await manager.query(
          `SELECT count(*)::int AS count FROM event_wishes
            WHERE event_id = $1 AND company_id = $2 AND wish = 'MUST_MEET' AND partner_id <> $3`,
          [eventId, companyId, partnerId],
        );
        if (count >= maxMustMeet) return false;
      }
      await manager.query(
        `INSERT INTO event_wishes (event_id, company_id, partner_id, wish, set_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id, company_id, partner_id)
         DO UPDATE SET wish = EXCLUDED.wish, set_by = EXCLUDED.set_by, updated_at = now()`,
        [eventId, companyId, partnerId, wish, setBy],
      );
      return true;
    });
  }

  /**
   * The partners a company may hold a wish about, for its people's event page: attending companies
   * with a pending or accepted request to or from it at the event, and those it already marked.
   */
  async partners(eventId: string, companyId: string): Promise<WishPartnerRow[]> {
    // The requests are the meetings domain's: asked from it, then joined here as a list.
    const requested = await this.meetings.requestedPartners(eventId, companyId);
    const rows: { partner_id: string; request_status: string | null; wish: MeetingWishValue | null }[] =
      await this.dataSource.query(
        `WITH requested AS (SELECT * FROM unnest($3::uuid[], $4::text[]) AS t(partner_id, status))
         SELECT p.partner_id, q.status AS request_status, w.wish
           FROM (SELECT partner_id FROM requested
                  UNION SELECT partner_id FROM event_wishes WHERE event_id = $1 AND company_id = $2) p
           LEFT JOIN requested q ON q.partner_id = p.partner_id
           LEFT JOIN event_wishes w ON w.event_id = $1 AND w.company_id = $2 AND w.partner_id = p.partner_id
          WHERE EXISTS (SELECT 1 FROM event_registrations g
                         WHERE g.event_id = $1 AND g.company_id = p.partner_id AND g.status = 'CONFIRMED')
          ORDER BY w.wish NULLS LAST, p.partner_id`,
        [eventId, companyId, requested.map((r) => r.partner_id), requested.map((r) => r.status)],
      );
    return rows.map((r) => ({ partnerId: r.partner_id, requestStatus: r.request_status, wish: r.wish }));
  }
}

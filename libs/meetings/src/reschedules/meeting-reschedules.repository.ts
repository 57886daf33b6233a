import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { MeetingRescheduleRow } from '../meetings.tables.js';
import type { Range } from '../rules/time-range-rules.js';

export type RescheduleStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** A proposal to move a meeting, as the domain reads it. */
export interface MeetingReschedule {
  id: string;
  meetingId: string;
  proposedBy: string | null;
  proposerCompanyId: string;
  slots: Range[];
  message: string | null;
  status: RescheduleStatus;
  answeredBy: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

/** The partial unique index allowing one open proposal per meeting. */
export const ONE_OPEN_RESCHEDULE_INDEX = 'meeting_reschedules_one_open_idx';

function toReschedule(row: MeetingRescheduleRow): MeetingReschedule {
  const slots = row.proposed_slots as { start: string; end: string }[];
  return {
    id: row.id,
    meetingId: row.meeting_id,
    proposedBy: row.proposed_by,
    proposerCompanyId: row.proposer_company_id,
    slots: slots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) })),
    message: row.message,
    status: row.status as RescheduleStatus,
    answeredBy: row.answered_by,
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    createdAt: new Date(row.created_at),
  };
}

/** Every query on `meeting_reschedules`. */
@Injectable()
export class MeetingReschedulesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    proposal: {
      meetingId: string;
      proposedBy: string;
      proposerCompanyId: string;
      slots: Range[];
      message: string | null;
      at: Date;
    },
    tx: Transaction,
  ): Promise<MeetingReschedule> {
    const [row]: MeetingRescheduleRow[] = await tx.query(
      `INSERT INTO meeting_reschedules (meeting_id, proposed_by, proposer_company_id, proposed_slots, message,
                                        created_at, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $6) RETURNING *`,
      [
        proposal.meetingId,
        proposal.proposedBy,
        proposal.proposerCompanyId,
        JSON.stringify(
          proposal.slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
        ),
        proposal.message,
        proposal.at,
      ],
    );
    return toReschedule(row);
  }

  /** The open proposal of each meeting among `meetingIds`. */
  async openOf(meetingIds: readonly string[]): Promise<MeetingReschedule[]> {
    if (meetingIds.length === 0) return [];
    const rows: MeetingRescheduleRow[] = await this.dataSource.query(
      `SELECT * FROM meeting_reschedules WHERE meeting_id = ANY($1::uuid[]) AND status = 'OPEN'`,
      [[...meetingIds]],
    );
    return rows.map(toReschedule);
  }

  /** Which meeting a proposal is about, read before the meeting's row is locked. */
  async peek(id: string, tx: Transaction): Promise<Pick<MeetingReschedule, 'meetingId'> | null> {
    const [row]: Pick<MeetingRescheduleRow, 'meeting_id'>[] = await tx.query(
      `SELECT meeting_id FROM meeting_reschedules WHERE id = $1`,
      [id],
    );
    return row ? { meetingId: row.meeting_id } : null;
  }

  async lockById(id: string, tx: Transaction): Promise<MeetingReschedule | null> {
    const [row]: MeetingRescheduleRow[] = await tx.query(
      `SELECT * FROM meeting_reschedules WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? toReschedule(row) : null;
  }

  /** The meeting's open proposal, locked; null when none is open. */
  async lockOpenOf(meetingId: string, tx: Transaction): Promise<MeetingReschedule | null> {
    const [row]: MeetingRescheduleRow[] = await tx.query(
      `SELECT * FROM meeting_reschedules WHERE meeting_id = $1 AND status = 'OPEN' FOR UPDATE`,
      [meetingId],
    );
    return row ? toReschedule(row) : null;
  }

  /** Closes an open proposal; false when it was no longer open. */
  async close(
    id: string,
    status: Exclude<RescheduleStatus, 'OPEN'>,
    by: string | null,
    at: Date,
    tx: Transaction,
  ): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await tx.query(
      `UPDATE meeting_reschedules SET status = $2, answered_by = $3, answered_at = $4, updated_at = $4
        WHERE id = $1 AND status = 'OPEN' RETURNING id`,
      [id, status, by, at],
    );
    return rows.length > 0;
  }

  /** How many times the meeting moved (proposals accepted). */
  async movesOf(meetingId: string, tx: Transaction): Promise<number> {
    const [{ n }]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM meeting_reschedules WHERE meeting_id = $1 AND status = 'ACCEPTED'`,
      [meetingId],
    );
    return n;
  }

  /** A cancelled meeting withdraws its open proposal, whoever proposed it. */
  async withdrawOpenOf(meetingId: string, by: string | null, at: Date, tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE meeting_reschedules SET status = 'WITHDRAWN', answered_by = $2, answered_at = $3, updated_at = $3
        WHERE meeting_id = $1 AND status = 'OPEN'`,
      [meetingId, by, at],
    );
  }
}

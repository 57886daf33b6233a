import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MEETING_REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED'] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

/** A proposed time range as stored: ISO instants, so the JSON reads the same everywhere. */
export interface StoredRange {
  start: string;
  end: string;
}

@Entity('meeting_requests')
export class MeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_company_id', type: 'uuid' })
  fromCompanyId: string;

  @Column({ name: 'to_company_id', type: 'uuid' })
  toCompanyId: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'varchar', nullable: true })
  location: string | null;

  @Column({ name: 'proposed_slots', type: 'jsonb' })
  proposedSlots: StoredRange[];

  @Column({ type: 'varchar' })
  status: MeetingRequestStatus;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'response_reason', type: 'text', nullable: true })
  responseReason: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MeetingStatus = 'SCHEDULED' | 'CANCELLED';
/** MISSION: arranged for a trade mission (libs/missions links it to the mission). */
export type MeetingKind = 'STANDARD' | 'MISSION';

@Entity('meetings')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  start: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  end: Date;

  @Column({ type: 'varchar', nullable: true })
  location: string | null;

  @Column({ name: 'table_label', type: 'varchar', nullable: true })
  table: string | null;

  @Column({ type: 'varchar' })
  status: MeetingStatus;

  @Column({ type: 'varchar', insert: false })
  kind: MeetingKind;

  /** The ICS SEQUENCE: bumped on every change calendars must pick up. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person's seat in a meeting. `period` repeats the meeting's time so that PostgreSQL's
 * exclusion constraint can refuse a second active seat overlapping it; cancelling a meeting
 * deactivates its seats, which frees the time.
 */
@Entity('meeting_participants')
export class MeetingParticipantEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'tstzrange' })
  period: string;

  @Column({ type: 'boolean' })
  active: boolean;
}

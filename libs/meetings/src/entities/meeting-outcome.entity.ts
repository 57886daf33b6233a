import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a meeting led: no further contact … an agreement reached. */
export type PartnershipStage =
  'NO_FURTHER_CONTACT' | 'KNOWLEDGE_GAIN' | 'VALUABLE_CONTACT' | 'NEGOTIATION' | 'AGREEMENT';

export const PARTNERSHIP_STAGES: readonly PartnershipStage[] = [
  'NO_FURTHER_CONTACT',
  'KNOWLEDGE_GAIN',
  'VALUABLE_CONTACT',
  'NEGOTIATION',
  'AGREEMENT',
];

/** What one company recorded after a meeting; its note is for that company alone. */
@Entity('meeting_outcomes')
export class MeetingOutcomeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'boolean' })
  useful: boolean;

  @Column({ name: 'follow_up_planned', type: 'boolean' })
  followUpPlanned: boolean;

  @Column({ name: 'partnership_discussed', type: 'boolean' })
  partnershipDiscussed: boolean;

  @Column({ name: 'no_show', type: 'boolean' })
  noShow: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', nullable: true })
  stage: PartnershipStage | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

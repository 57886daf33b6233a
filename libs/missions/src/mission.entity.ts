import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Province } from '@app/companies';
import type { Association } from '@app/events';

export type TradeMissionStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'SCHEDULED' | 'COMPLETED' | 'CANCELLED';

@Entity('trade_missions')
export class TradeMissionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'title_fr', type: 'varchar' }) titleFr: string;
  @Column({ name: 'title_en', type: 'varchar' }) titleEn: string;
  @Column({ name: 'description_fr', type: 'text', nullable: true }) descriptionFr: string | null;
  @Column({ name: 'description_en', type: 'text', nullable: true }) descriptionEn: string | null;
  @Column({ type: 'varchar' }) organizer: Association;
  /** Where the delegation goes; delegates come from the other province. */
  @Column({ name: 'host_province', type: 'char', length: 2 }) hostProvince: Province;
  @Column({ type: 'varchar' }) city: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ name: 'time_zone', type: 'varchar' }) timeZone: string;
  @Column({ name: 'application_deadline', type: 'timestamptz' }) applicationDeadline: Date;
  @Column({ name: 'delegation_size', type: 'integer' }) delegationSize: number;
  @Column({ name: 'meeting_minutes', type: 'integer' }) meetingMinutes: number;
  @Column({ name: 'meetings_per_delegate', type: 'integer' }) meetingsPerDelegate: number;
  /** HH:MM, local to the mission's zone, every mission day. */
  @Column({ name: 'daily_start', type: 'varchar' }) dailyStart: string;
  @Column({ name: 'daily_end', type: 'varchar' }) dailyEnd: string;
  @Column({ type: 'text', array: true }) sectors: string[];
  @Column({ name: 'member_fee_cents', type: 'integer' }) memberFeeCents: number;
  @Column({ name: 'partner_member_fee_cents', type: 'integer' }) partnerMemberFeeCents: number;
  @Column({ name: 'non_member_fee_cents', type: 'integer' }) nonMemberFeeCents: number;
  @Column({ type: 'varchar', insert: false }) status: TradeMissionStatus;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The province the delegates travel from. */
export function travellingProvince(mission: Pick<TradeMissionEntity, 'hostProvince'>): Province {
  return mission.hostProvince === 'QC' ? 'ON' : 'QC';
}

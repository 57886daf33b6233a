import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Province } from '@app/companies';
import type { PartneringDay } from './partnering/partnering-session.js';
import type { Association } from './pricing/pricing.js';

@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'title_fr', type: 'varchar' })
  titleFr: string;

  @Column({ name: 'title_en', type: 'varchar' })
  titleEn: string;

  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'text', array: true })
  organizers: Association[];

  @Column({ type: 'varchar', nullable: true })
  venue: string | null;

  /** Null: held online. */
  @Column({ type: 'char', length: 2, nullable: true })
  province: Province | null;

  @Column({ name: 'time_zone', type: 'varchar' })
  timeZone: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'registered_count', type: 'integer', insert: false })
  registeredCount: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Column({ type: 'char', length: 3, insert: false })
  currency: string;

  @Column({ name: 'member_price_cents', type: 'integer' })
  memberPriceCents: number;

  @Column({ name: 'partner_member_price_cents', type: 'integer' })
  partnerMemberPriceCents: number;

  @Column({ name: 'non_member_price_cents', type: 'integer' })
  nonMemberPriceCents: number;

  @Column({ name: 'slot_minutes', type: 'integer' })
  slotMinutes: number;

  /** Null: no partnering session at this event. */
  @Column({ type: 'integer', nullable: true })
  tables: number | null;

  @Column({ name: 'partnering_sessions', type: 'jsonb' })
  partneringDays: PartneringDay[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

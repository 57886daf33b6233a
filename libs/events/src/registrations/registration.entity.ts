import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PriceTier, TaxLine, TaxProvince } from '../pricing/pricing.js';

export type RegistrationStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';

/** A person's place at an event, with the price it was sold at (never recomputed). */
@Entity('event_registrations')
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  @Column({ name: 'price_tier', type: 'text' })
  priceTier: PriceTier;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ name: 'tax_cents', type: 'integer' })
  taxCents: number;

  @Column({ name: 'total_cents', type: 'integer' })
  totalCents: number;

  @Column({ name: 'tax_province', type: 'char', length: 2, nullable: true })
  taxProvince: TaxProvince | null;

  @Column({ name: 'tax_lines', type: 'jsonb' })
  taxLines: TaxLine[];

  @Column({ name: 'waitlist_seq', type: 'bigint', insert: false })
  waitlistSeq: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}

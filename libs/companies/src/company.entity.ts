import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { MembershipEntity } from './membership.entity.js';

export type Province = 'QC' | 'ON';

@Entity('companies')
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_id', type: 'varchar', nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar' })
  name: string;

  @Column({ type: 'char', length: 2 })
  province: Province;

  @Column({ type: 'varchar', nullable: true })
  city: string | null;

  @Column({ type: 'varchar', nullable: true })
  website: string | null;

  @Column({ type: 'text', array: true })
  languages: ('fr' | 'en')[];

  @Column({ type: 'varchar', nullable: true })
  size: string | null;

  @Column({ type: 'text', array: true })
  sectors: string[];

  @Column({ name: 'therapeutic_areas', type: 'text', array: true })
  therapeuticAreas: string[];

  @Column({ type: 'text', array: true })
  modalities: string[];

  @Column({ type: 'varchar', nullable: true })
  stage: string | null;

  @Column({ type: 'text', array: true })
  offers: string[];

  @Column({ type: 'text', array: true })
  seeks: string[];

  @Column({ name: 'partnership_types', type: 'text', array: true })
  partnershipTypes: string[];

  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'seeking_fr', type: 'text', nullable: true })
  seekingFr: string | null;

  @Column({ name: 'seeking_en', type: 'text', nullable: true })
  seekingEn: string | null;

  @Column({ name: 'matchmaking_opt_in', type: 'boolean' })
  matchmakingOptIn: boolean;

  @Column({ name: 'matchmaking_consent_at', type: 'timestamptz', nullable: true })
  matchmakingConsentAt: Date | null;

  @Column({ name: 'profile_version', type: 'integer' })
  profileVersion: number;

  @OneToMany(() => MembershipEntity, (m) => m.company, { cascade: true })
  memberships: Relation<MembershipEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { CompanyEntity } from './company.entity.js';

export type Association = 'BIOQUEBEC' | 'LSO';

@Entity('memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  // Named, not imported: company.entity.ts imports this file for the other side of the relation.
  @ManyToOne('CompanyEntity', (c: CompanyEntity) => c.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company: Relation<CompanyEntity>;

  @Column({ type: 'varchar' })
  association: Association;

  @Column({ name: 'member_since', type: 'date', nullable: true })
  memberSince: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type MissionRole = 'DELEGATE' | 'HOST';
export type MissionApplicationStatus = 'SUBMITTED' | 'SELECTED' | 'WAITLISTED' | 'DECLINED' | 'WITHDRAWN';

@Entity('mission_applications')
export class MissionApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'mission_id', type: 'uuid' }) missionId: string;
  @Column({ name: 'company_id', type: 'uuid' }) companyId: string;
  @Column({ type: 'varchar' }) role: MissionRole;
  @Column({ type: 'text' }) objectives: string;
  @Column({ type: 'varchar', insert: false }) status: MissionApplicationStatus;
  @Column({ name: 'applied_by', type: 'uuid', nullable: true }) appliedBy: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decision_note', type: 'text', nullable: true }) decisionNote: string | null;
  /** When staff recorded the delegate fee as paid (null: not paid, or not recorded yet). */
  @Column({ name: 'fee_paid_at', type: 'timestamptz', nullable: true }) feePaidAt: Date | null;
  @Column({ name: 'fee_paid_by', type: 'uuid', nullable: true }) feePaidBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, Viewer } from '@app/common';

export type Role = Viewer['role'];
export const ROLES = ['MEMBER', 'COMPANY_ADMIN', 'STAFF', 'ADMIN'] as const;
export const DIGEST_FREQUENCIES = ['WEEKLY', 'NONE'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  email: string;

  @Column({ type: 'varchar' })
  name: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'varchar' })
  role: Role;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'varchar', nullable: true })
  association: string | null;

  @Column({ type: 'char', length: 2 })
  locale: Locale;

  @Column({ name: 'time_zone', type: 'varchar' })
  timeZone: string;

  /** The weekly digest email: WEEKLY (the default) or NONE. */
  @Column({ type: 'varchar', insert: false })
  digest: DigestFrequency;

  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  @Column({ name: 'calendar_token', type: 'varchar', select: false, insert: false })
  calendarToken: string;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationParams } from '../templates/render.js';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar' })
  kind: string;

  @Column({ type: 'jsonb' })
  params: NotificationParams;

  @Column({ name: 'dedupe_key', type: 'varchar', nullable: true })
  dedupeKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

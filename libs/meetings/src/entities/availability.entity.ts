import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A person who set availability; without a row they are available at any time. */
@Entity('availability_settings')
export class AvailabilitySettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'time_zone', type: 'varchar' })
  timeZone: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Every week, on an ISO weekday (Monday = 1), between two wall-clock times of the settings' zone. */
@Entity('availability_weekly')
export class WeeklyAvailabilityEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ type: 'time' })
  starts: string;

  @Column({ type: 'time' })
  ends: string;
}

@Entity('availability_dated')
export class DatedAvailabilityEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'tstzrange' })
  period: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Two companies that met (ids ordered, so a pair has one row); the matching feed skips them. */
@Entity('connections')
export class ConnectionEntity {
  @PrimaryColumn({ name: 'company_a', type: 'uuid' })
  companyA: string;

  @PrimaryColumn({ name: 'company_b', type: 'uuid' })
  companyB: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

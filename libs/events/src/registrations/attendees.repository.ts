import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RegistrationEntity } from './registration.entity.js';

/** Who attends an event: the companies with at least one confirmed registration. */
@Injectable()
export class AttendeesRepository {
  constructor(
    @InjectRepository(RegistrationEntity) private readonly registrations: Repository<RegistrationEntity>,
  ) {}

  async companyIds(eventId: string): Promise<string[]> {
    const rows = await this.registrations
      .createQueryBuilder('r')
      .select('DISTINCT r.company_id', 'company_id')
      .where(`r.event_id = :eventId AND r.status = 'CONFIRMED'`, { eventId })
      .getRawMany<{ company_id: string }>();
    return rows.map((r) => r.company_id);
  }
}

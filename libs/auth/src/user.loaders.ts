import { Injectable } from '@nestjs/common';
import { alignByKey, groupByKey, type BatchLoader } from '@app/common';
import type { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** People by id: whoever shows a person (a meeting's participants, a request's sender, a registrant). */
@Injectable()
export class UserLoader implements BatchLoader<string, UserEntity> {
  constructor(private readonly users: UsersService) {}

  async load(ids: readonly string[]) {
    return alignByKey(ids, await this.users.findByIds(ids), (u) => u.id);
  }
}

/** The people of each company, by company id. */
@Injectable()
export class CompanyPeopleLoader implements BatchLoader<string, UserEntity[]> {
  constructor(private readonly users: UsersService) {}

  async load(companyIds: readonly string[]) {
    return groupByKey(companyIds, await this.users.findByCompanyIds(companyIds), (u) => u.companyId ?? '');
  }
}

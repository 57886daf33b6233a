import { Injectable } from '@nestjs/common';
import { PeopleRepository } from '@app/auth';
import { CompanyFactsRepository } from '@app/companies';
import type { Transaction } from '@app/database';

/**
 * The names and members of companies and people that meetings show and notify, asked of the
 * domains that own them (auth's people, companies' facts), in the caller's transaction.
 */
@Injectable()
export class MeetingPeople {
  constructor(
    private readonly people: PeopleRepository,
    private readonly companies: CompanyFactsRepository,
  ) {}

  /** The people of a company who still have an account. */
  async membersOf(companyId: string, tx?: Transaction): Promise<string[]> {
    return (await this.people.liveMembersOf([companyId], tx)).map((p) => p.id);
  }

  companyNames(companyIds: readonly (string | null)[], tx?: Transaction): Promise<Map<string, string>> {
    return this.companies.names(companyIds, tx);
  }

  /** The names a request's notifications and errors show. */
  async requestNames(
    ids: { fromCompanyId: string; toCompanyId: string; requesterId: string },
    tx?: Transaction,
  ): Promise<{ from_name: string; to_name: string; requester_name: string }> {
    const companies = await this.companies.names([ids.fromCompanyId, ids.toCompanyId], tx);
    const people = await this.people.names([ids.requesterId], tx);
    return {
      from_name: companies.get(ids.fromCompanyId)!,
      to_name: companies.get(ids.toCompanyId)!,
      requester_name: people.get(ids.requesterId)!,
    };
  }

  /** Locks the sending company's row: its concurrent requests queue behind each other. */
  lockSender(companyId: string, tx: Transaction): Promise<void> {
    return this.companies.lock(companyId, tx);
  }
}

import { Injectable } from '@nestjs/common';
import { PeopleRepository } from '@app/auth';
import { CompanyFactsRepository } from '@app/companies';
import type { Transaction } from '@app/database';

/** Who sits in a seat, and the names that calendars and exports show for it. */
export type NamedSeat<T> = T & { name: string; email: string; company: string };

/** Code-point order, as the database's C collation sorted these names when they were joined in SQL. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Names the people and companies of meeting seats, asking auth and companies once per list (the
 * seats are read from meetings' own tables first).
 */
@Injectable()
export class SeatNames {
  constructor(
    private readonly people: PeopleRepository,
    private readonly companies: CompanyFactsRepository,
  ) {}

  /** The seats with their names, by company name then person name. */
  async named<T extends { userId: string; companyId: string }>(
    seats: readonly T[],
    tx?: Transaction,
  ): Promise<NamedSeat<T>[]> {
    if (seats.length === 0) return [];
    const people = new Map(
      (await this.people.byIds([...new Set(seats.map((s) => s.userId))], tx)).map((p) => [p.id, p]),
    );
    const companies = await this.companies.names(
      seats.map((s) => s.companyId),
      tx,
    );
    return seats
      .map((s) => ({
        ...s,
        name: people.get(s.userId)!.name,
        email: people.get(s.userId)!.email,
        company: companies.get(s.companyId)!,
      }))
      .sort((a, b) => compare(a.company, b.company) || compare(a.name, b.name));
  }
}

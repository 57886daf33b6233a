import { Injectable } from '@nestjs/common';
import { InvitationService, PeopleRepository, UsersService, type UserEntity } from '@app/auth';
import { FieldProblems } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { EmailOutbox } from '@app/notifications';
import { CompaniesRepository } from '../companies.repository.js';
import { CompaniesService } from '../companies.service.js';
import type { CompanyEntity } from '../company.entity.js';
import type { MembershipEntity } from '../membership.entity.js';
import { applyDraft, MATCHING_FIELDS } from '../profile/profile-changes.js';
import type { ImportCompany } from './import-document.js';
import { IMPORT_MESSAGES } from './import.messages.js';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  invited: number;
}

function membershipKey(m: { association: string; memberSince: string | null; expiresOn: string | null }) {
  return `${m.association}|${m.memberSince ?? ''}|${m.expiresOn ?? ''}`;
}

function sameMemberships(a: ImportCompany['memberships'], b: MembershipEntity[]): boolean {
  const left = a.map(membershipKey).sort();
  const right = b.map(membershipKey).sort();
  return left.length === right.length && left.every((key, i) => key === right[i]);
}

/**
 * Upserts validated companies by externalId in one transaction. Re-importing the same file
 * changes nothing and queues nothing; contacts become invited users.
 */
@Injectable()
export class CompanyImportService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CompaniesRepository,
    private readonly people: PeopleRepository,
    private readonly companies: CompaniesService,
    private readonly users: UsersService,
    private readonly invitations: InvitationService,
    private readonly outbox: EmailOutbox,
  ) {}

  async import(records: ImportCompany[], invitedBy: string | null = null): Promise<ImportSummary> {
    const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, invited: 0 };
    const rescore: CompanyEntity[] = [];
    const emails: (string | undefined)[] = [];
    await this.unitOfWork.run(async (tx) => {
      const existing = await this.repository.lockByExternalIds(
        records.map((r) => r.externalId),
        tx,
      );
      const byExternalId = new Map(existing.map((c) => [c.externalId, c]));
      const users = await this.usersByEmail(records, tx);
      this.refuseForeignContacts(records, byExternalId, users);

      for (const record of records) {
        const current = byExternalId.get(record.externalId);
        const company =
          current ?? this.repository.draft({ externalId: record.externalId, profileVersion: 1 });
        const changed = applyDraft(company, {
          name: record.name,
          province: record.province,
          city: record.city,
          website: record.website,
          languages: record.languages,
          size: record.size,
          sectors: record.sectors,
          therapeuticAreas: record.therapeuticAreas,
          modalities: record.modalities,
          stage: record.stage,
          offers: record.offers,
          seeks: record.seeks,
          partnershipTypes: record.partnershipTypes,
          descriptionFr: record.descriptionFr,
          descriptionEn: record.descriptionEn,
          seekingFr: record.seekingFr,
          seekingEn: record.seekingEn,
          matchmakingOptIn: record.matchmakingOptIn,
        } as Parameters<typeof applyDraft>[1]);
        const membershipsChanged = !current || !sameMemberships(record.memberships, current.memberships);
        if (current && changed.length === 0 && !membershipsChanged) summary.unchanged += 1;
        else {
          if (current && changed.some((f) => MATCHING_FIELDS.includes(f as keyof CompanyEntity))) {
            company.profileVersion += 1;
          }
          const saved = await this.repository.saveWithMemberships(company, record.memberships, tx);
          if (changed.includes('matchmakingOptIn')) {
            await this.companies.recordConsent(saved, invitedBy, tx);
            await this.repository.save(saved, tx);
          }
          if (current) summary.updated += 1;
          else summary.created += 1;
          if (!current || changed.some((f) => MATCHING_FIELDS.includes(f as keyof CompanyEntity)))
            rescore.push(saved);
        }
        const companyId = (current ?? company).id;
        for (const contact of record.contacts) {
          if (users.has(contact.email.toLowerCase())) continue;
          const user = await this.users.create({ ...contact, companyId }, tx);
          users.set(contact.email.toLowerCase(), user);
          emails.push(
            await this.invitations.create(tx, {
              userId: user.id,
              email: user.email,
              name: user.name,
              locale: user.locale,
              companyName: record.name,
              inviterName:
                record.memberships[0]?.association === 'LSO' ? 'Life Sciences Ontario' : 'BIOQuébec',
              invitedBy,
            }),
          );
          summary.invited += 1;
        }
      }
    });
    await this.outbox.dispatch(emails);
    await this.companies.queueRescore(rescore);
    return summary;
  }

  private async usersByEmail(records: ImportCompany[], tx: Transaction): Promise<Map<string, UserEntity>> {
    const emails = records.flatMap((r) => r.contacts.map((c) => c.email.toLowerCase()));
    if (emails.length === 0) return new Map();
    const found = await this.people.byEmails(emails, tx);
    return new Map(found.map((u) => [u.email.toLowerCase(), u]));
  }

  /** A person belongs to one company: a contact already signed up elsewhere stops the import. */
  private refuseForeignContacts(
    records: ImportCompany[],
    companies: Map<string | null, CompanyEntity>,
    users: Map<string, UserEntity>,
  ): void {
    const problems = new FieldProblems();
    records.forEach((record, i) => {
      const companyId = companies.get(record.externalId)?.id;
      record.contacts.forEach((contact, j) => {
        const user = users.get(contact.email.toLowerCase());
        if (user && user.companyId !== companyId) {
          problems.add(`companies[${i}].contacts[${j}].email`, IMPORT_MESSAGES.contactOfOtherCompany, {
            value: contact.email,
          });
        }
      });
    });
    problems.throwIfAny();
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { authError, canManageCompany, checkPersonName, InvitationService, UsersService } from '@app/auth';
import { AppException, COMMON_MESSAGES, FieldProblems, type Locale, type Viewer } from '@app/common';
import { UnitOfWork } from '@app/database';
import { EmailOutbox } from '@app/notifications';
import { CompaniesRepository } from '../companies.repository.js';
import { COMPANY_THING } from '../company.errors.js';
import { existingAccountEmail } from './existing-account-email.js';

export interface Invitee {
  email: string;
  name: string;
  role: 'MEMBER' | 'COMPANY_ADMIN';
  locale: Locale;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value) && value.length <= 320;
}

/** People of a company: staff or the company's admins invite them; they set their own password. */
@Injectable()
export class MembersService {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationService,
    private readonly outbox: EmailOutbox,
    private readonly companies: CompaniesRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async invite(viewer: Viewer, companyId: string | undefined, given: Invitee) {
    // Stored as checked: an address with spaces around it would never match at sign-in.
    const invitee = { ...given, email: given.email.trim(), name: given.name.trim() };
    const id = companyId ?? viewer.companyId;
    if (!id) throw AppException.notFound(COMPANY_THING);
    if (!canManageCompany(viewer, id)) throw AppException.forbidden();
    const problems = new FieldProblems();
    if (!isEmail(invitee.email)) problems.add('email', COMMON_MESSAGES.invalidEmail);
    checkPersonName(problems, 'name', invitee.name);
    problems.throwIfAny();

    const { user, emailId } = await this.unitOfWork.run(async (tx) => {
      const company = await this.companies.findById(id, tx);
      if (!company) throw AppException.notFound(COMPANY_THING);
      const inviter = await this.users.findById(viewer.userId);
      const existing = await this.users.findByEmail(invitee.email, tx);
      // The company's own people are on its member list already; anyone else's account is not
      // the inviter's business: they get a new address's answer, the person an email.
      if (existing?.companyId === id) throw authError('EMAIL_TAKEN');
      if (existing) {
        const told = existingAccountEmail(existing, company.name, inviter?.name ?? 'Passerelle');
        return { user: this.asIfInvited(invitee, id), emailId: await this.outbox.record(told, tx) };
      }
      const created = await this.users.create({ ...invitee, companyId: id }, tx);
      const email = await this.invitations.create(tx, {
        userId: created.id,
        email: created.email,
        name: created.name,
        locale: created.locale,
        companyName: company.name,
        inviterName: inviter?.name ?? 'Passerelle',
        invitedBy: viewer.userId,
      });
      return { user: created, emailId: email };
    });
    await this.outbox.dispatch([emailId]);
    return user;
  }

  /** What inviting a new address answers, without an account behind it. */
  private asIfInvited(invitee: Invitee, companyId: string) {
    return {
      id: randomUUID(),
      email: invitee.email,
      name: invitee.name,
      role: invitee.role,
      locale: invitee.locale,
      timeZone: 'America/Toronto',
      association: null,
      companyId,
    };
  }
}

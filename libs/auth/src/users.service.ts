import { Injectable } from '@nestjs/common';
import { COMMON_MESSAGES, FieldProblems, type Locale } from '@app/common';
import type { Transaction } from '@app/database';
import { hashPassword } from './password.js';
import { checkPersonName } from './person-name.js';
import { RefreshTokenService } from './refresh-token.service.js';
import type { DigestFrequency, Role, UserEntity } from './user.entity.js';
import { isTimeZone } from './time-zone.js';
import { UsersRepository } from './users.repository.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  companyId?: string | null;
  association?: string | null;
  password?: string;
  timeZone?: string;
}

/** `updateMe`'s input as GraphQL hands it: left out is undefined, sent as null is null. */
export interface PreferenceChanges {
  name?: string | null;
  locale?: Locale | null;
  timeZone?: string | null;
  digest?: DigestFrequency | null;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokenService,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findByIds(ids);
  }

  findByCompanyIds(companyIds: readonly string[]): Promise<UserEntity[]> {
    return this.users.findByCompanyIds(companyIds);
  }

  findByEmail(email: string, tx?: Transaction): Promise<UserEntity | null> {
    return this.users.findByEmail(email, tx);
  }

  findByIdWithPasswordHash(id: string): Promise<UserEntity | null> {
    return this.users.findByIdWithPasswordHash(id);
  }

  /** The email as `findByEmail` compares it: PostgreSQL's lower() differs from JavaScript's (`İ`). */
  normalisedEmail(email: string): Promise<string> {
    return this.users.normalisedEmail(email);
  }

  async create(user: NewUser, tx?: Transaction): Promise<UserEntity> {
    return this.users.insert(
      {
        email: user.email.trim(),
        name: user.name.trim(),
        role: user.role,
        locale: user.locale,
        companyId: user.companyId ?? null,
        association: user.association ?? null,
        timeZone: user.timeZone ?? 'America/Toronto',
        passwordHash: user.password ? await hashPassword(user.password) : null,
      },
      tx,
    );
  }

  /** A new password revokes every token issued before it, access and refresh alike. */
  async setPassword(userId: string, password: string, tx?: Transaction) {
    await this.users.setPasswordHash(userId, await hashPassword(password), tx);
    await this.refreshTokens.revokeAll(userId, tx);
  }

  /** Signs the person out everywhere: every access and refresh token issued so far stops working. */
  async revokeEverySession(userId: string, tx?: Transaction) {
    await this.users.bumpTokenVersion(userId, tx);
    await this.refreshTokens.revokeAll(userId, tx);
  }

  rename(userId: string, name: string, tx?: Transaction): Promise<void> {
    return this.users.rename(userId, name, tx);
  }

  /**
   * What a person changes about themselves. A field left out stays as it is; every one of them
   * always has a value, so one sent as null is refused like any bad value, all of them at once.
   */
  updatePreferences(userId: string, changes: PreferenceChanges) {
    const problems = new FieldProblems();
    const { name, timeZone } = changes;
    if (name !== undefined) checkPersonName(problems, 'input.name', name);
    if (timeZone === null) problems.add('input.timeZone', COMMON_MESSAGES.required);
    else if (timeZone !== undefined && !isTimeZone(timeZone)) {
      problems.add('input.timeZone', COMMON_MESSAGES.invalidTimeZone, { value: timeZone });
    }
    if (changes.locale === null) problems.add('input.locale', COMMON_MESSAGES.required);
    if (changes.digest === null) problems.add('input.digest', COMMON_MESSAGES.required);
    problems.throwIfAny();
    return this.users.updatePreferences(userId, {
      name: name?.trim(),
      locale: changes.locale ?? undefined,
      timeZone: timeZone ?? undefined,
      digest: changes.digest ?? undefined,
    });
  }
}

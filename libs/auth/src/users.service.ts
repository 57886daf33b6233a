import { Injectable } from '@nestjs/common';
import type { Locale } from '@app/common';
import type { Transaction } from '@app/database';
import { hashPassword } from './password.js';
import { RefreshTokenService } from './refresh-token.service.js';
import type { DigestFrequency, Role, UserEntity } from './user.entity.js';
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

  updatePreferences(
    userId: string,
    changes: { locale?: Locale; timeZone?: string; name?: string; digest?: DigestFrequency },
  ) {
    return this.users.updatePreferences(userId, changes);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { In } from 'typeorm';
import type { Locale } from '@app/common';
import { hashPassword } from './password.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { UserEntity, type DigestFrequency, type Role } from './user.entity.js';

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
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokenService,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.users.find({ where: { id: In([...ids]) } }) : [];
  }

  async findByCompanyIds(companyIds: readonly string[]): Promise<UserEntity[]> {
    if (!companyIds.length) return [];
    return this.users
      .createQueryBuilder('u')
      .where('u.company_id IN (:...companyIds)', { companyIds })
      .andWhere('u.deleted_at IS NULL')
      .orderBy('u.name')
      .getMany();
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** The email as `findByEmail` compares it: PostgreSQL's lower() differs from JavaScript's (`İ`). */
  async normalisedEmail(email: string): Promise<string> {
    const [row]: { email: string }[] = await this.dataSource.query(`SELECT lower($1) AS email`, [
      email.trim(),
    ]);
    return row.email;
  }

  async create(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    const entity = manager.getRepository(UserEntity).create({
      email: user.email.trim(),
      name: user.name.trim(),
      role: user.role,
      locale: user.locale,
      companyId: user.companyId ?? null,
      association: user.association ?? null,
      timeZone: user.timeZone ?? 'America/Toronto',
      passwordHash: user.password ? await hashPassword(user.password) : null,
      tokenVersion: 0,
    });
    return manager.getRepository(UserEntity).save(entity);
  }

  /** A new password revokes every token issued before it, access and refresh alike. */
  async setPassword(userId: string, password: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1`,
      [userId, await hashPassword(password)],
    );
    await this.refreshTokens.revokeAll(userId, manager);
  }

  /** Signs the person out everywhere: every access and refresh token issued so far stops working. */
  async revokeEverySession(userId: string, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE users SET token_version = token_version + 1, updated_at = now() WHERE id = $1`,
      [userId],
    );
    await this.refreshTokens.revokeAll(userId, manager);
  }

  async updatePreferences(
    userId: string,
    changes: { locale?: Locale; timeZone?: string; name?: string; digest?: DigestFrequency },
  ) {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(given).length > 0) await this.users.update({ id: userId }, given);
    return this.users.findOneOrFail({ where: { id: userId } });
  }
}

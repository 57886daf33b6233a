import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Locale } from '@app/common';
import { preparedQuery, type Transaction } from '@app/database';
import { UserEntity, type DigestFrequency } from './user.entity.js';
import type { UserRow } from './users.table.js';

/** The signed-in person's row as every request reads it, with the cache generations alongside. */
export type ViewerRow = Pick<UserRow, 'id' | 'company_id' | 'association' | 'token_version'> & {
  role: UserEntity['role'];
  locale: Locale;
  generations: Record<string, number>;
};

/** Run on nearly every request, so prepared once per pooled connection (see preparedQuery). */
export const VIEWERS_BY_ID_SQL = `SELECT u.id, u.role, u.company_id, u.association, u.locale, u.token_version,
              (SELECT jsonb_object_agg(name, generation) FROM cache_generations) AS generations
         FROM users u WHERE u.id = ANY($1::uuid[]) AND u.deleted_at IS NULL`;

export type NewUserRow = Pick<
  UserEntity,
  'email' | 'name' | 'role' | 'locale' | 'companyId' | 'association'
> &
  Pick<UserEntity, 'timeZone' | 'passwordHash'>;

/** Every query on `users` (but a person's export and erasure: privacy/auth-personal-data.repository.ts). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private users(tx?: Transaction) {
    return (tx ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, tx?: Transaction): Promise<UserEntity | null> {
    return this.users(tx).findOne({ where: { id } });
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.users().find({ where: { id: In([...ids]) } }) : [];
  }

  async findByCompanyIds(companyIds: readonly string[]): Promise<UserEntity[]> {
    if (!companyIds.length) return [];
    return this.users()
      .createQueryBuilder('u')
      .where('u.company_id IN (:...companyIds)', { companyIds })
      .andWhere('u.deleted_at IS NULL')
      .orderBy('u.name')
      .getMany();
  }

  /** With its password hash, which no other read selects. */
  findByEmail(email: string, tx?: Transaction): Promise<UserEntity | null> {
    return this.users(tx)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** With its password hash, for checking the current password before it changes. */
  findByIdWithPasswordHash(id: string, tx?: Transaction): Promise<UserEntity | null> {
    return this.users(tx)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  /** The email as `findByEmail` compares it: PostgreSQL's lower() differs from JavaScript's (`İ`). */
  async normalisedEmail(email: string): Promise<string> {
    const [row]: { email: string }[] = await this.dataSource.query(`SELECT lower($1) AS email`, [
      email.trim(),
    ]);
    return row.email;
  }

  async viewersById(ids: readonly string[]): Promise<ViewerRow[]> {
    return preparedQuery<ViewerRow>(this.dataSource, 'viewers-by-id', VIEWERS_BY_ID_SQL, [ids]);
  }

  async isLive(userId: string, tx?: Transaction): Promise<boolean> {
    const rows: Pick<UserRow, 'id'>[] = await (tx ?? this.dataSource.manager).query(
      `SELECT id FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    return rows.length > 0;
  }

  insert(user: NewUserRow, tx?: Transaction): Promise<UserEntity> {
    const users = this.users(tx);
    return users.save(users.create({ ...user, tokenVersion: 0 }));
  }

  /** The token version moves with the password: every token issued before it stops working. */
  async setPasswordHash(userId: string, passwordHash: string, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  async bumpTokenVersion(userId: string, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE users SET token_version = token_version + 1, updated_at = now() WHERE id = $1`,
      [userId],
    );
  }

  async rename(userId: string, name: string, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(`UPDATE users SET name = $2 WHERE id = $1`, [userId, name]);
  }

  async updatePreferences(
    userId: string,
    changes: { locale?: Locale; timeZone?: string; name?: string; digest?: DigestFrequency },
  ): Promise<UserEntity> {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(given).length > 0) await this.users().update({ id: userId }, given);
    return this.users().findOneOrFail({ where: { id: userId } });
  }
}

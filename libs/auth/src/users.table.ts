import { tableShape, type RowOf } from '@app/database';

/** `users` as raw SQL returns it; checked against the migrated schema by test/foundation/table-shapes. */
export const usersTable = tableShape('users', {
  id: 'uuid',
  email: 'varchar',
  name: 'varchar',
  password_hash: 'text?',
  role: 'varchar',
  company_id: 'uuid?',
  association: 'varchar?',
  locale: 'bpchar',
  time_zone: 'varchar',
  token_version: 'int4',
  calendar_token: 'varchar',
  deleted_at: 'timestamptz?',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  digest: 'varchar',
});
export type UserRow = RowOf<typeof usersTable>;

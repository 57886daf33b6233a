import { tableShape, type RowOf } from '@app/database';

/** `refresh_tokens`, `invitations` and `password_resets` as raw SQL returns them; checked by test/foundation/table-shapes. */
export const refreshTokensTable = tableShape('refresh_tokens', {
  id: 'uuid',
  user_id: 'uuid',
  family_id: 'uuid',
  token_hash: 'bpchar',
  expires_at: 'timestamptz',
  used_at: 'timestamptz?',
  revoked_at: 'timestamptz?',
  created_at: 'timestamptz',
});
export type RefreshTokenRow = RowOf<typeof refreshTokensTable>;

export const invitationsTable = tableShape('invitations', {
  id: 'uuid',
  user_id: 'uuid',
  token_hash: 'bpchar',
  invited_by: 'uuid?',
  expires_at: 'timestamptz',
  used_at: 'timestamptz?',
  created_at: 'timestamptz',
});
export type InvitationRow = RowOf<typeof invitationsTable>;

export const passwordResetsTable = tableShape('password_resets', {
  id: 'uuid',
  user_id: 'uuid',
  token_hash: 'bpchar',
  expires_at: 'timestamptz',
  used_at: 'timestamptz?',
  created_at: 'timestamptz',
});
export type PasswordResetRow = RowOf<typeof passwordResetsTable>;

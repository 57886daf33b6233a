import { tableShape, type RowOf } from '@app/database';

/** `notifications` and `sent_emails` as raw SQL returns them; checked by test/foundation/table-shapes. */
export const notificationsTable = tableShape('notifications', {
  id: 'uuid',
  user_id: 'uuid',
  kind: 'varchar',
  params: 'jsonb',
  dedupe_key: 'varchar?',
  created_at: 'timestamptz',
  read_at: 'timestamptz?',
});
export type NotificationTableRow = RowOf<typeof notificationsTable>;

export const sentEmailsTable = tableShape('sent_emails', {
  id: 'uuid',
  to_address: 'varchar',
  user_id: 'uuid?',
  subject: 'text',
  body: 'text',
  kind: 'varchar',
  dedupe_key: 'varchar?',
  status: 'varchar',
  attempts: 'int4',
  last_error: 'text?',
  created_at: 'timestamptz',
  sent_at: 'timestamptz?',
  sealed_secrets: 'text?',
  html: 'text?',
  headers: 'jsonb',
});
export type SentEmailRow = RowOf<typeof sentEmailsTable>;

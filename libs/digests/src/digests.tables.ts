import { tableShape, type RowOf } from '@app/database';

/** `sent_digests` as raw SQL returns it; checked by test/foundation/table-shapes. */
export const sentDigestsTable = tableShape('sent_digests', {
  user_id: 'uuid',
  period: 'varchar',
  emailed: 'bool',
  partner_ids: '_uuid',
  request_ids: '_uuid',
  meeting_ids: '_uuid',
  checked_at: 'timestamptz',
});
export type SentDigestRow = RowOf<typeof sentDigestsTable>;

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emails keep their secrets (invitation and calendar links) sealed apart from the body, which
 * shows `[redacted:<name>]` instead, until they are delivered. Bodies written before keep their
 * links no longer: those emails were sent or logged long ago.
 */
export class SealedEmailSecrets1764810000000 implements MigrationInterface {
  name = 'SealedEmailSecrets1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sent_emails ADD COLUMN sealed_secrets text`);
    await q.query(`
      UPDATE sent_emails
         SET body = regexp_replace(
               regexp_replace(body, '\\S+/invitation/[\\w-]+', '[redacted:link]', 'g'),
               '\\S+/calendar/[0-9a-f]+\\S*', '[redacted:icsUrl]', 'g')
       WHERE body ~ '/(invitation|calendar)/'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sent_emails DROP COLUMN sealed_secrets`);
  }
}

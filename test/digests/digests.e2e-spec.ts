import { DigestRunner } from '@app/digests';
import { EmailSenderProcessor } from '../../libs/notifications/src/email/email-sender.processor.js';
import { SentEmailsRepository } from '../../libs/notifications/src/email/sent-emails.repository.js';
import {
  db,
  meetingWorld,
  person,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
} from '../meetings/meetings-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SmtpCapture } from './smtp-capture.js';

interface DigestRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  html: string;
  headers: Record<string, string>;
}

/** The weekly digest: its content, its silence, its schedule and its one-click unsubscribe. */
describe('weekly digest', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let clock: TestClock;
  let runner: DigestRunner;
  let ids: (key: string) => string;

  const digestsTo = (email: string): Promise<DigestRow[]> =>
    db(t).query(
      `SELECT id, to_address, subject, body, html, headers FROM sent_emails
        WHERE kind = 'WEEKLY_DIGEST' AND to_address = $1 ORDER BY created_at, id`,
      [email],
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    ids = (key) => w.ids.get(key)!;
    clock = new TestClock([t.app], T0);
    runner = t.app.get(DigestRunner);
    const [{ id: runId }] = await db(t).query(
      `INSERT INTO matching_runs (kind, status, model_version, weights, top_k)
       VALUES ('FULL', 'COMPLETED', 'test', '{}', 100) RETURNING id`,
    );
    await db(t).query(`UPDATE matching_state SET current_run_id = $1 WHERE id = 1`, [runId]);
    const store = (company: string, partner: string, score: number, reasons: unknown[]) =>
      db(t).query(
        `INSERT INTO match_scores (run_id, company_id, partner_id, score, components, reasons)
         VALUES ($1, $2, $3, $4, '{}', $5)`,
        [runId, ids(company), ids(partner), score, JSON.stringify(reasons)],
      );
    // Néovasc's feed: Maple is a strong suggestion, Lakeshore a weak one.
    await store('BQ-1042', 'LSO-1203', 0.8, [{ code: 'SHARED_AREA', params: { area: 'cardiovascular' } }]);
    await store('BQ-1042', 'LSO-0310', 0.3, [{ code: 'SHARED_AREA', params: { area: 'cardiovascular' } }]);
    await store('BQ-1042', 'LSO-0877', 0.35, []);
    // Lakeshore asks Néovasc for a meeting; Néovasc meets Northern Light in two days.
    await requestMeeting(t, w.ann, ids('BQ-1042'), [range(24, 25)]);
    const met = await requestMeeting(t, w.nora, ids('BQ-1042'), [range(48, 49)]);
    const accepted = await respond(t, w.julie, met.id);
    if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  });
  afterAll(() => t.close());

  it('sends each person what is new, in their language, with a one-click unsubscribe', async () => {
    const summary = await runner.sendNow();
    expect(summary.emailed).toBeGreaterThanOrEqual(2);
    const [toJulie] = await digestsTo('julie@neovasc.test');
    expect(toJulie.subject).toBe('Votre résumé de la semaine sur Passerelle');
    expect(toJulie.body).toContain('Bonjour Julie Tremblay,');
    expect(toJulie.body).toContain(
      '- Maple Antibody Therapeutics — Vous travaillez tous deux dans le domaine cardiovasculaire',
    );
    expect(toJulie.body).not.toContain('- Lakeshore Clinical Research —');
    expect(toJulie.body).toContain(
      'Demandes de rencontre en attente de réponse\n- Lakeshore Clinical Research (convenance 30 %)',
    );
    expect(toJulie.body).toMatch(
      /Vos rencontres des sept prochains jours\n- .+ — Rencontre avec Northern Light Ventures/,
    );
    expect(toJulie.html).toContain(
      '<li>Maple Antibody Therapeutics — Vous travaillez tous deux dans le domaine cardiovasculaire</li>',
    );
    expect(toJulie.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(toJulie.headers['List-Unsubscribe']).toMatch(
      new RegExp(`^<${t.config.PUBLIC_URL}/digest/unsubscribe/${w.julie.id}\\.[\\w-]+>$`),
    );
    const [toNora] = await digestsTo('nora@northernlight.test');
    expect(toNora.subject).toBe('Your week on Passerelle');
    expect(toNora.body).toMatch(
      /Your meetings in the next seven days\n- .+ — Meeting with Néovasc Thérapeutique inc\./,
    );
    // Staff have no feed nor inbox; a company with nothing for its people sends them nothing.
    expect(await digestsTo('staff@bioquebec.test')).toEqual([]);
    expect(await digestsTo('cardio@cardiowave.test')).toEqual([]);
  });

  it('stays silent when nothing is new since the last digest, and speaks again when something is', async () => {
    await runner.sendNow();
    expect(await digestsTo('julie@neovasc.test')).toHaveLength(1);
    // Lakeshore becomes a strong suggestion for Néovasc (Northern Light, met already, never shows).
    await db(t).query(`UPDATE match_scores SET score = 0.9 WHERE company_id = $1 AND partner_id = $2`, [
      ids('BQ-1042'),
      ids('LSO-0310'),
    ]);
    await runner.sendNow();
    const both = await digestsTo('julie@neovasc.test');
    expect(both).toHaveLength(2);
    expect(both[1].body).toContain(
      '- Lakeshore Clinical Research — Vous travaillez tous deux dans le domaine cardiovasculaire',
    );
    expect(both[1].body).not.toContain('- Maple Antibody Therapeutics —');
  });

  it('is due on Monday from 8:00 local time, once a week however often the tick runs', async () => {
    clock.set('2030-12-09T12:30:00Z'); // Monday 7:30 in Toronto
    expect(await runner.tick()).toEqual([]);
    clock.set('2030-12-09T13:05:00Z'); // Monday 8:05
    expect(await runner.tick()).toEqual(expect.arrayContaining([w.julie.id, w.ann.id]));
    // Something new for Néovasc this week: a request from Maple.
    const mathieu = await person(t, {
      email: 'mathieu@maple.test',
      name: 'Mathieu Roy',
      role: 'MEMBER',
      locale: 'fr',
      companyId: ids('LSO-1203'),
      timeZone: 'America/Toronto',
    });
    await requestMeeting(t, mathieu, ids('BQ-1042'), [range(200, 201)]);
    await runner.sendOne({ userId: w.julie.id, period: '2030-W50' });
    await runner.sendOne({ userId: w.julie.id, period: '2030-W50' });
    expect(await digestsTo('julie@neovasc.test')).toHaveLength(3);
    const weeks: { period: string }[] = await db(t).query(
      `SELECT period FROM sent_digests WHERE user_id = $1 AND period = '2030-W50'`,
      [w.julie.id],
    );
    expect(weeks).toHaveLength(1);
    // Julie's week is recorded: the next tick leaves her out.
    const again = await runner.tick();
    expect(again).toContain(w.ann.id);
    expect(again).not.toContain(w.julie.id);
    clock.set('2030-12-10T13:05:00Z'); // Tuesday
    expect(await runner.tick()).toEqual([]);
    clock.set(T0);
  });

  it('unsubscribes in one click, without signing in, however often the link is used', async () => {
    const [digest] = await digestsTo('julie@neovasc.test');
    const path = new URL(digest.headers['List-Unsubscribe'].slice(1, -1)).pathname;
    const page = await t.http().get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Stop receiving the Passerelle weekly digest?');
    expect(page.text).toContain('Ne plus recevoir le résumé hebdomadaire de Passerelle ?');
    const me = async () =>
      (await t.gql<{ me: { digest: string } }>(`{ me { digest } }`, {}, { token: w.julie.token })).data!.me
        .digest;
    expect(await me()).toBe('WEEKLY');
    for (let i = 0; i < 2; i += 1) {
      const done = await t.http().post(path).type('form').send('List-Unsubscribe=One-Click');
      expect(done.status).toBe(200);
      expect(done.text).toContain('you will no longer receive the weekly digest');
    }
    expect(await me()).toBe('NONE');
    const forged = await t.http().post(`/digest/unsubscribe/${w.marc.id}.forged`);
    expect(forged.status).toBe(404);
    const before = (await digestsTo('julie@neovasc.test')).length;
    await db(t).query(`UPDATE match_scores SET score = 0.99 WHERE company_id = $1`, [ids('BQ-1042')]);
    await db(t).query(`DELETE FROM sent_digests WHERE user_id = $1`, [w.julie.id]);
    await runner.sendNow();
    expect(await digestsTo('julie@neovasc.test')).toHaveLength(before);
  });

  it('is chosen in updateMe', async () => {
    const UPDATE = `mutation($d: DigestFrequency) { updateMe(input: { digest: $d }) { digest locale } }`;
    const on = await t.gql<{ updateMe: { digest: string } }>(
      UPDATE,
      { d: 'WEEKLY' },
      { token: w.julie.token },
    );
    expect(on.data?.updateMe).toEqual({ digest: 'WEEKLY', locale: 'fr' });
    const bad = await t.gql(UPDATE, { d: 'DAILY' }, { token: w.julie.token });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = await t.gql<{ me: { digest: string } }>(`{ me { digest } }`, {}, { token: w.marc.token });
    expect(other.data?.me.digest).toBe('WEEKLY');
  });

  it('goes through SMTP as text and HTML, with the French subject encoded and the unsubscribe headers', async () => {
    const smtp = new SmtpCapture();
    const url = await smtp.start();
    try {
      const [digest] = await digestsTo('julie@neovasc.test');
      await db(t).query(`UPDATE sent_emails SET status = 'PENDING' WHERE id = $1`, [digest.id]);
      const sender = new EmailSenderProcessor(
        { ...t.config, SMTP_URL: url },
        new SentEmailsRepository(db(t)),
      );
      await sender.send({ emailId: digest.id });
      expect(smtp.messages).toHaveLength(1);
      const raw = smtp.messages[0];
      expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?.+\?=/m);
      expect(raw).not.toMatch(/^Subject: .*é/m);
      expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
      expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/m);
      expect(raw).toMatch(/^Content-Type: text\/html; charset=utf-8/m);
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      const unfolded = raw.replace(/\r\n[ \t]+/g, ' ');
      expect(unfolded).toContain(
        `List-Unsubscribe: <${t.config.PUBLIC_URL}/digest/unsubscribe/${w.julie.id}.`,
      );
      const decoded = raw
        .match(/^Subject: (.+(?:\r\n .+)*)/m)![1]
        .split(/\r\n /)
        .map((word) => {
          const [, charset, encoding, text] = /=\?([^?]+)\?([QB])\?(.*)\?=/.exec(word.trim())!;
          expect(charset).toBe('UTF-8');
          return encoding === 'B'
            ? Buffer.from(text, 'base64').toString('utf8')
            : Buffer.from(
                text
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
                'latin1',
              ).toString('utf8');
        })
        .join('');
      expect(decoded).toBe('Votre résumé de la semaine sur Passerelle');
    } finally {
      await smtp.stop();
    }
  });
});

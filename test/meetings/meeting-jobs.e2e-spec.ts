import type { INestApplicationContext } from '@nestjs/common';
import { MeetingRemindersJob, RequestExpiryJob } from '@app/meetings';
import { JobName, JobQueue } from '@app/queue';
import {
  after,
  db,
  meetingWorld,
  notificationsOf,
  range,
  requestMeeting,
  respond,
  T0,
  TestClock,
  type MeetingWorld,
} from './meetings-fixtures.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 1;
const MINUTE = HOUR / 60;

/** Expiry and reminders, run by the real worker, with the clock moved by hand instead of waited for. */
describe('meeting request expiry and reminders', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let worker: INestApplicationContext;
  let clock: TestClock;
  let lakeshore: string;

  const statusOf = async (id: string) =>
    (
      (await db(t).query(`SELECT status FROM meeting_requests WHERE id = $1`, [id])) as { status: string }[]
    )[0].status;
  const kinds = async (userId: string) =>
    (
      (await db(t).query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at, kind`, [
        userId,
      ])) as {
        kind: string;
      }[]
    ).map((r) => r.kind);

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    worker = await t.startWorker();
    clock = new TestClock([t.app, worker], T0);
    lakeshore = w.ids.get('LSO-0310')!;
  });
  afterAll(() => t.close());

  it('schedules both sweeps as repeatable jobs when the worker starts', async () => {
    const schedulers = await t.app.get(JobQueue).queueOf(JobName.SEND_MEETING_REMINDERS).getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every])).toEqual(
      expect.arrayContaining([
        [JobName.EXPIRE_MEETING_REQUESTS, 300_000],
        [JobName.SEND_MEETING_REMINDERS, 60_000],
      ]),
    );
  });

  it('expires a request unanswered for 14 days, tells both sides once, and emails them through the queue', async () => {
    const request = await requestMeeting(t, w.julie, lakeshore, [range(20 * 24, 20 * 24 + 1)]);
    const expiry = worker.get(RequestExpiryJob);
    clock.set(after(14 * 24 - MINUTE));
    expect(await expiry.expire()).toEqual({ expired: 0 });
    expect(await statusOf(request.id)).toBe('PENDING');

    clock.set(after(14 * 24));
    await t.app.get(JobQueue).add(JobName.EXPIRE_MEETING_REQUESTS, {}, { jobId: 'expire-now' });
    expect(
      await eventually(
        'the queued expiry to run',
        () => statusOf(request.id),
        (s) => s === 'EXPIRED',
      ),
    ).toBe('EXPIRED');
    expect(await expiry.expire()).toEqual({ expired: 0 });

    expect(await notificationsOf(t, w.julie)).toEqual([
      {
        kind: 'MEETING_REQUEST_EXPIRED',
        message: 'Votre demande de rencontre à Lakeshore Clinical Research a expiré sans réponse.',
      },
    ]);
    for (const recipient of [w.ann, w.raj]) {
      expect(await notificationsOf(t, recipient)).toEqual([
        {
          kind: 'MEETING_REQUEST_EXPIRED_INCOMING',
          message:
            'The meeting request from Néovasc Thérapeutique inc. expired without an answer from your company.',
        },
        expect.objectContaining({ kind: 'MEETING_REQUEST_RECEIVED' }),
      ]);
    }
    const emails = await eventually(
      'the expiry emails to be logged',
      () =>
        db(t).query(
          `SELECT to_address, status FROM sent_emails WHERE kind LIKE 'MEETING_REQUEST_EXPIRED%' ORDER BY to_address`,
        ),
      (rows: { status: string }[]) => rows.length === 3 && rows.every((r) => r.status === 'LOGGED'),
    );
    expect(emails).toEqual([
      { to_address: 'ann@lakeshore.test', status: 'LOGGED' },
      { to_address: 'julie@neovasc.test', status: 'LOGGED' },
      { to_address: 'raj@lakeshore.test', status: 'LOGGED' },
    ]);
    const late = await respond(t, w.raj, request.id);
    expect(late.errors?.[0].extensions.reason).toBe('REQUEST_EXPIRED');
  });

  it('reminds both participants 24 hours and 15 minutes before, once each', async () => {
    clock.set(after(15 * 24));
    const start = 17 * 24;
    const request = await requestMeeting(t, w.julie, lakeshore, [range(start, start + 0.5)]);
    await respond(t, w.raj, request.id);
    const reminders = worker.get(MeetingRemindersJob);

    clock.set(after(start - 24 - MINUTE));
    expect(await reminders.remind()).toEqual({ meetings: 0 });
    clock.set(after(start - 24 + MINUTE));
    expect(await reminders.remind()).toEqual({ meetings: 1 });
    expect(await reminders.remind()).toEqual({ meetings: 0 });
    const [julie24] = await notificationsOf(t, w.julie);
    expect(julie24).toEqual({
      kind: 'MEETING_REMINDER_24H',
      message: expect.stringMatching(
        /^Rappel : votre rencontre avec Lakeshore Clinical Research a lieu dans 24 heures \(jeudi 19 décembre 2030, 12 h 00 – 12 h 30 \(HNE\)\)\.$/,
      ),
    });
    const [raj24] = await notificationsOf(t, w.raj);
    expect(raj24.message).toMatch(
      /^Reminder: your meeting with Néovasc Thérapeutique inc\. is in 24 hours \(Thursday, December 19, 2030/,
    );

    clock.set(after(start - 15 * MINUTE - MINUTE));
    expect(await reminders.remind()).toEqual({ meetings: 0 });
    clock.set(after(start - 14 * MINUTE));
    await Promise.all([reminders.remind(), reminders.remind(), reminders.remind()]);
    expect(await kinds(w.julie.id)).toEqual([
      'MEETING_REQUEST_EXPIRED',
      'MEETING_REQUEST_ACCEPTED',
      'MEETING_REMINDER_24H',
      'MEETING_REMINDER_15M',
    ]);
    expect((await kinds(w.raj.id)).filter((k) => k.startsWith('MEETING_REMINDER'))).toEqual([
      'MEETING_REMINDER_24H',
      'MEETING_REMINDER_15M',
    ]);
    const [email]: { subject: string; body: string }[] = await db(t).query(
      `SELECT subject, body FROM sent_emails WHERE kind = 'MEETING_REMINDER_15M' AND to_address = 'raj@lakeshore.test'`,
    );
    expect(email.subject).toBe('Your meeting with Néovasc Thérapeutique inc. starts soon');
    expect(email.body).toContain('Add to your calendar: [redacted:icsUrl]');
    expect(email.body).not.toContain('/calendar/');
    clock.set(after(start + 1));
    expect(await reminders.remind()).toEqual({ meetings: 0 });
  });

  it('skips the 24-hour reminder of a meeting booked later than that, and any reminder of a cancelled one', async () => {
    clock.set(after(30 * 24));
    const soon = await requestMeeting(t, w.nora, w.ids.get('BQ-1042')!, [range(30 * 24 + 2, 30 * 24 + 3)]);
    await respond(t, w.marc, soon.id);
    const cancelled = await requestMeeting(t, w.nora, lakeshore, [range(31 * 24 + 4, 31 * 24 + 5)]);
    const accepted = await respond(t, w.ann, cancelled.id);
    await t.gql(
      `mutation($id: ID!) { cancelMeeting(id: $id) { status } }`,
      { id: accepted.data!.respondToMeetingRequest.meeting!.id },
      {
        token: w.ann.token,
      },
    );
    const reminders = worker.get(MeetingRemindersJob);
    for (const hours of [1, 1.8, 5, 27.9]) {
      clock.set(after(30 * 24 + hours));
      await reminders.remind();
    }
    expect((await kinds(w.marc.id)).filter((k) => k.startsWith('MEETING_REMINDER'))).toEqual([
      'MEETING_REMINDER_15M',
    ]);
    expect((await kinds(w.ann.id)).filter((k) => k.startsWith('MEETING_REMINDER'))).toEqual([]);
  });

  it('reminds again for the new time of a meeting moved after its 24-hour reminder', async () => {
    const start = 40 * 24;
    clock.set(after(start - 48));
    const request = await requestMeeting(t, w.nora, lakeshore, [range(start, start + 0.5)]);
    const meetingId = (await respond(t, w.raj, request.id)).data!.respondToMeetingRequest.meeting!.id;
    const reminders = worker.get(MeetingRemindersJob);
    clock.set(after(start - 23));
    expect(await reminders.remind()).toEqual({ meetings: 1 });
    const proposed = await t.gql<{ proposeMeetingReschedule: { pendingReschedule: { id: string } } }>(
      `mutation($id: ID!, $slots: [TimeRangeInput!]!) {
         proposeMeetingReschedule(meetingId: $id, slots: $slots) { pendingReschedule { id } } }`,
      { id: meetingId, slots: [range(start + 48, start + 48.5)] },
      { token: w.raj.token },
    );
    const moved = await t.gql(
      `mutation($id: ID!) { respondToMeetingReschedule(id: $id, accept: true) { start } }`,
      { id: proposed.data!.proposeMeetingReschedule.pendingReschedule.id },
      { token: w.nora.token },
    );
    expect(moved.errors).toBeUndefined();
    expect(await reminders.remind()).toEqual({ meetings: 0 });
    clock.set(after(start + 48 - 23));
    expect(await reminders.remind()).toEqual({ meetings: 1 });
    expect(await reminders.remind()).toEqual({ meetings: 0 });
    expect((await kinds(w.nora.id)).filter((k) => k === 'MEETING_REMINDER_24H')).toHaveLength(2);
  });
});

import { DataSource } from 'typeorm';
import type { Viewer } from '@app/common';
import { ScheduleService } from '@app/events';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createEvent, eventWorld, type EventWorld } from './events-fixtures.js';

describe('events: a scheduling run that outlasts the wait', () => {
  let t: TestApp;
  let w: EventWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
  });
  afterAll(() => t.close());

  it('answers with the run still queued, and the worker finishes it later', async () => {
    const eventId = await createEvent(t, w.staffBq, { organizers: ['BIOQUEBEC', 'LSO'] });
    const [{ id }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM users WHERE email = 'staff@bioquebec.test'`);
    const viewer: Viewer = {
      userId: id,
      role: 'STAFF',
      companyId: null,
      association: 'BIOQUEBEC',
      locale: 'en',
    };
    const schedule = t.app.get(ScheduleService);
    const run = await schedule.start(viewer, eventId, false, 300);
    expect(run.status).toBe('QUEUED');
    await t.startWorker();
    const status = await eventually(
      'the worker to finish the schedule',
      async () => (await schedule.find(viewer, run.id))!.status,
      (s) => s === 'DONE' || s === 'FAILED',
    );
    expect(status).toBe('DONE');
    const read = await t.gql<{ scheduleRun: { status: string; placed: number } }>(
      `query($id: ID!) { scheduleRun(id: $id) { status placed } }`,
      { id: run.id },
      { token: w.staffLso },
    );
    expect(read.data?.scheduleRun).toEqual({ status: 'DONE', placed: 0 });
  });
});

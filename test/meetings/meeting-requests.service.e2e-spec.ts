import type { INestApplicationContext } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { UsersService } from '@app/auth';
import type { Viewer } from '@app/common';
import { EventAttendanceModule } from '@app/events';
import {
  Clock,
  MeetingRequestsService,
  MeetingResponsesService,
  MeetingsCoreModule,
  MeetingsService,
} from '@app/meetings';
import { QueueModule } from '@app/queue';
import { importCompanies, sampleDocument, TEST_PASSWORD } from '../support/fixtures.js';
import { startServices, type Services } from '../support/services.js';

const T0 = new Date('2030-12-02T17:00:00Z');
const HOUR = 3_600_000;
const slot = (fromHours: number, toHours: number) => ({
  start: new Date(T0.getTime() + fromHours * HOUR),
  end: new Date(T0.getTime() + toHours * HOUR),
});

describe('meeting requests, through the services (medium test)', () => {
  let services: Services;
  let app: INestApplicationContext;
  let julie: Viewer;
  let ann: Viewer;
  let ids: Map<string, string>;

  beforeAll(async () => {
    // The meeting services and their repositories alone, on a database of their own.
    services = await startServices(
      [QueueModule.forProducer(), AuditModule, MeetingsCoreModule, EventAttendanceModule],
      { env: { MEETING_REQUESTS_PER_DAY: '2' } },
    );
    app = services.app;
    app.get(Clock).now = () => new Date(T0);
    ids = await importCompanies(services, sampleDocument());
    const person = async (email: string, externalId: string, locale: 'fr' | 'en'): Promise<Viewer> => {
      const user = await app.get(UsersService).create({
        email,
        name: email.split('@')[0],
        password: TEST_PASSWORD,
        role: 'COMPANY_ADMIN',
        locale,
        companyId: ids.get(externalId),
        association: null,
        timeZone: 'America/Toronto',
      });
      return { userId: user.id, role: 'COMPANY_ADMIN', companyId: user.companyId, association: null, locale };
    };
    julie = await person('julie@neovasc.test', 'BQ-1042', 'fr');
    ann = await person('ann@lakeshore.test', 'LSO-0310', 'en');
  });

  afterAll(() => services?.close());

  it('a request, once accepted, becomes a meeting of both people at the proposed time', async () => {
    const requests = app.get(MeetingRequestsService);
    const request = await requests.request(julie, {
      toCompanyId: ids.get('LSO-0310')!,
      message: 'Parlons essais cliniques',
      proposedSlots: [slot(24, 25)],
    });
    expect(request.status).toBe('PENDING');

    const answered = await app.get(MeetingResponsesService).respond(ann, request.id, { accept: true });
    expect(answered.status).toBe('ACCEPTED');
    const [meeting] = await app.get(MeetingsService).findByRequestIds([request.id]);
    expect(meeting).toMatchObject({ status: 'SCHEDULED', start: slot(24, 25).start, end: slot(24, 25).end });
    const seats = await app.get(MeetingsService).seatsOf([meeting.id]);
    expect(seats.map((s) => s.userId).sort()).toEqual([julie.userId, ann.userId].sort());
  });

  it('refuses a second waiting request to the same company, then any request past the daily quota', async () => {
    const requests = app.get(MeetingRequestsService);
    const first = { toCompanyId: ids.get('LSO-0877')!, proposedSlots: [slot(48, 49)] };
    await requests.request(julie, first);
    await expect(requests.request(julie, first)).rejects.toMatchObject({ reason: 'PENDING_EXISTS' });
    await expect(
      requests.request(julie, { toCompanyId: ids.get('LSO-1203')!, proposedSlots: [slot(50, 51)] }),
    ).rejects.toMatchObject({ reason: 'DAILY_LIMIT' });
    const waiting = await requests.list(julie, 10, null, 'PENDING', 'OUTGOING');
    expect(waiting.totalCount).toBe(1);
  });
});

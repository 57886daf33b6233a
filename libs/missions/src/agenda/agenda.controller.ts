import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppException, Public } from '@app/common';
import { MISSION_THING } from '../missions.errors.js';
import { MissionAgendaService } from './agenda.service.js';

const ICS_FILE = /^([0-9a-f-]{36})\.ics$/;

/**
 * The calendar subscription of a mission's meetings: no sign-in, the person's secret calendar
 * token in the path is the key (as for every calendar link), and only their company's meetings show.
 */
@Public()
@Controller('calendar')
export class MissionCalendarController {
  constructor(private readonly agenda: MissionAgendaService) {}

  @Get(':token/missions/:file')
  async feed(
    @Param('token') token: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const missionId = ICS_FILE.exec(file)?.[1];
    const body = missionId ? await this.agenda.calendarFeed(token, missionId) : null;
    if (body === null) throw AppException.notFound(MISSION_THING);
    res
      .status(200)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `inline; filename="mission-${missionId}.ics"`)
      .setHeader('Cache-Control', 'private, no-cache')
      .setHeader('X-Robots-Tag', 'noindex')
      .send(body);
  }
}

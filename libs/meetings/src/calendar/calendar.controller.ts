import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppException, Public, type LocalizedText } from '@app/common';
import { CalendarService } from './calendar.service.js';

const CALENDAR_THING: LocalizedText = { fr: 'Calendrier', en: 'Calendar' };
const ICS_FILE = /^([0-9a-f]+)\.ics$/;
const MEETING_FILE = /^([0-9a-f-]{36})\.ics$/;

/**
 * Plain HTTP, no sign-in: the secret token in the path is the key, as calendar apps cannot send
 * a bearer token. An unknown token, or a meeting the token's owner is not part of, is a 404.
 */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = ICS_FILE.exec(file)?.[1];
    this.send(res, token ? await this.calendar.feed(token) : null, 'passerelle.ics');
  }

  @Get(':token/meetings/:file')
  async meeting(
    @Param('token') token: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const meetingId = MEETING_FILE.exec(file)?.[1];
    this.send(
      res,
      meetingId ? await this.calendar.meetingFile(token, meetingId) : null,
      `meeting-${meetingId}.ics`,
    );
  }

  private send(res: Response, body: string | null, filename: string): void {
    if (body === null) throw AppException.notFound(CALENDAR_THING);
    res
      .status(200)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `inline; filename="${filename}"`)
      .setHeader('Cache-Control', 'private, no-cache')
      .setHeader('X-Robots-Tag', 'noindex')
      .send(body);
  }
}

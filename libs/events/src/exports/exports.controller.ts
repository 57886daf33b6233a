import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '@app/auth';
import { CurrentViewer, RequestLocale, type Locale, type Viewer } from '@app/common';
import { PartnershipReportService } from '../reports/partnership-report.service.js';
import { toCsv } from './csv.js';
import { ScheduleExportService } from './schedule-export.service.js';

function send(res: Response, type: string, file: { filename: string; body: string }): void {
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.body);
}

/**
 * Staff downloads under /admin (never shadowed by the web app), authenticated like the API
 * (Authorization: Bearer …): the partnership report, an event's grid by slot and table, and one
 * participant's schedule as a calendar file.
 */
@Roles('STAFF', 'ADMIN')
@Controller('admin')
export class ExportsController {
  constructor(
    private readonly schedules: ScheduleExportService,
    private readonly report: PartnershipReportService,
  ) {}

  @Get('reports/partnership.csv')
  async partnershipCsv(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Res() res: Response,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ) {
    const report = await this.report.build(viewer, from, to);
    const { header, rows } = this.report.csv(report, locale);
    send(res, 'text/csv', {
      filename: `partnership-${report.from}-${report.to}.csv`,
      body: toCsv(header, rows),
    });
  }

  @Get('events/:eventId/schedule.csv')
  async gridCsv(
    @CurrentViewer() viewer: Viewer,
    @Param('eventId') eventId: string,
    @RequestLocale() locale: Locale,
    @Res() res: Response,
  ) {
    send(res, 'text/csv', await this.schedules.gridCsv(viewer, eventId, locale));
  }

  @Get('events/:eventId/participants/:userId/schedule.ics')
  async participantIcs(
    @CurrentViewer() viewer: Viewer,
    @Param('eventId') eventId: string,
    @Param('userId') userId: string,
    @Res() res: Response,
  ) {
    send(res, 'text/calendar', await this.schedules.participantIcs(viewer, eventId, userId));
  }
}

import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '@app/auth';
import { CurrentViewer, dayInZone, RequestLocale, translate, type Locale, type Viewer } from '@app/common';
import { CompaniesService } from '@app/companies';
import { toCsv, type Cell } from '@app/events';
import { REPORT_LABELS } from '../missions.messages.js';
import { MissionReportService } from './report.service.js';

/**
 * The mission report as CSV for funders: the mission's figures (one labelled line each, stages
 * included), then one line per delegate company (fee, meetings held, stages reached).
 */
@Roles('STAFF', 'ADMIN')
@Controller('admin/missions')
export class MissionReportController {
  constructor(
    private readonly reports: MissionReportService,
    private readonly companies: CompaniesService,
  ) {}

  @Get(':missionId/report.csv')
  async reportCsv(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Param('missionId') missionId: string,
    @Res() res: Response,
  ) {
    const r = await this.reports.build(viewer, missionId);
    const names = new Map(
      (await this.companies.findByIds(r.delegateLines.map((l) => l.companyId))).map((c) => [c.id, c.name]),
    );
    const t = (key: keyof typeof REPORT_LABELS) => translate(REPORT_LABELS[key], locale);
    const rows: Cell[][] = [
      [t('delegates'), r.delegates],
      [t('hosts'), r.hosts],
      [t('meetingsArranged'), r.meetingsArranged],
      [t('meetingsHeld'), r.meetingsHeld],
      [t('noShows'), r.noShows],
      [t('followUpsPlanned'), r.followUpsPlanned],
      [t('partnershipsDiscussed'), r.partnershipsDiscussed],
      ...r.stages.map((s) => [`${t('stage')} ${s.stage}`, s.meetings]),
      [],
      [t('company'), t('fee'), t('feePaidOn'), t('meetingsHeld'), t('stage')],
      ...r.delegateLines.map((l) => [
        names.get(l.companyId),
        l.feeCents === null ? null : (l.feeCents / 100).toFixed(2),
        l.feePaidAt ? dayInZone(l.feePaidAt, r.mission.timeZone) : null,
        l.meetingsHeld,
        l.stages.join(' '),
      ]),
    ];
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mission-${missionId}-report.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(toCsv([t('figure'), t('value')], rows));
  }
}

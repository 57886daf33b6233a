import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '@app/auth';
import { CurrentViewer, RequestLocale, translate, type Locale, type Viewer } from '@app/common';
import { CompaniesService } from '@app/companies';
import { toCsv } from '@app/events';
import { MissionApplicationsService } from '../applications/applications.service.js';
import { SELECTION_COLUMNS } from '../missions.messages.js';

/**
 * Staff download of a mission's applications, best market fit first, for choosing the delegation
 * outside the app (authenticated like the API: Authorization: Bearer …).
 */
@Roles('STAFF', 'ADMIN')
@Controller('admin/missions')
export class SelectionExportController {
  constructor(
    private readonly applications: MissionApplicationsService,
    private readonly companies: CompaniesService,
  ) {}

  @Get(':missionId/applications.csv')
  async applicationsCsv(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Param('missionId') missionId: string,
    @Res() res: Response,
  ) {
    const ranked = await this.applications.ranked(viewer, missionId, {});
    const companies = new Map(
      (await this.companies.findByIds(ranked.map((a) => a.companyId))).map((c) => [c.id, c]),
    );
    const header = Object.values(SELECTION_COLUMNS).map((column) => translate(column, locale));
    const rows = ranked.map((a) => [
      companies.get(a.companyId)?.name,
      companies.get(a.companyId)?.province,
      a.role,
      a.status,
      a.marketFit.toFixed(3),
      a.strongMatches,
      a.objectives,
      a.createdAt.toISOString(),
    ]);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mission-${missionId}-applications.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(toCsv(header, rows));
  }
}

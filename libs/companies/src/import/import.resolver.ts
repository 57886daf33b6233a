import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import { AppException, CurrentViewer, JsonScalar, type FieldProblem, type Viewer } from '@app/common';
import { CompaniesService } from '../companies.service.js';
import { CompanyImportService } from './company-import.service.js';
import type { ImportCompany } from './import-document.js';
import { ImportResult, SpreadsheetFormatEnum } from './import.types.js';
import { validateImportDocument } from './import-validator.js';
import { spreadsheetProblem } from './spreadsheet/spreadsheet-import.js';
import { validateSpreadsheet, type SpreadsheetFormat } from './spreadsheet/spreadsheet-reader.js';

/**
 * The staff import of a member file, as `npm run cli -- import` does it: every problem of the
 * file is reported at once (BAD_USER_INPUT, `extensions.fields` at `companies[i].field`, or at
 * `row N, column NAME` for a spreadsheet) and nothing is written; `dryRun` checks the file
 * without writing even when it is valid.
 */
@Resolver()
export class CompanyImportResolver {
  constructor(
    private readonly importer: CompanyImportService,
    private readonly companies: CompaniesService,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => ImportResult, {
    description: 'Imports or updates member companies from an import document (staff).',
  })
  async importCompanies(
    @CurrentViewer() viewer: Viewer,
    @Args('document', { type: () => JsonScalar }) document: unknown,
    @Args('dryRun', { type: () => Boolean, nullable: true, defaultValue: false }) dryRun: boolean | null,
  ): Promise<ImportResult> {
    const { companies, problems } = validateImportDocument(document);
    problems.throwIfAny();
    return this.run(viewer, companies, dryRun ?? false, null);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => ImportResult, {
    description:
      'Imports or updates member companies from a spreadsheet (staff): CSV text or a base64 .xlsx ' +
      'workbook, one row per company (docs/company-import.md). A dry run by default.',
  })
  async importSpreadsheet(
    @CurrentViewer() viewer: Viewer,
    @Args('format', { type: () => SpreadsheetFormatEnum }) format: SpreadsheetFormat,
    @Args('content') content: string,
    @Args('dryRun', { type: () => Boolean, nullable: true, defaultValue: true }) dryRun: boolean | null,
  ): Promise<ImportResult> {
    const { companies, problems, rows } = await validateSpreadsheet(format, content);
    problems.throwIfAny();
    // Sent as null, like left out: a dry run, never a write the caller did not ask for.
    return this.run(viewer, companies, dryRun ?? true, rows, (p) => spreadsheetProblem(p, rows));
  }

  private async run(
    viewer: Viewer,
    companies: ImportCompany[],
    dryRun: boolean,
    rows: number[] | null,
    place: (problem: FieldProblem) => FieldProblem = (p) => p,
  ): Promise<ImportResult> {
    const known = await this.companies.knownExternalIds(companies.map((c) => c.externalId));
    const lines = companies.map((c, i) => ({
      externalId: c.externalId,
      name: c.name,
      row: rows?.[i] ?? null,
      isNew: !known.has(c.externalId),
    }));
    if (dryRun) {
      const created = lines.filter((l) => l.isNew).length;
      const summary = { created, updated: companies.length - created, unchanged: 0, invited: 0 };
      return { dryRun, companies: companies.length, ...summary, lines };
    }
    try {
      const summary = await this.importer.import(companies, viewer.userId);
      return { dryRun, companies: companies.length, ...summary, lines };
    } catch (error) {
      // A contact of another company is found while importing: point at its row and column.
      if (error instanceof AppException && error.fields.length > 0)
        throw AppException.invalidFields(error.fields.map(place));
      throw error;
    }
  }
}

import { readFile } from 'node:fs/promises';
import { AppException, translate, type FieldProblem } from '@app/common';
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { cliLocale } from '../cli-locale.js';

function report(io: CliIo, problems: readonly FieldProblem[]): number {
  const locale = cliLocale();
  for (const p of problems) io.err(`${p.path}: ${translate(p.message, locale, p.params)}`);
  io.err(
    locale === 'fr'
      ? `${problems.length} problème(s) : rien n’a été importé.`
      : `${problems.length} problem(s): nothing was imported.`,
  );
  return EXIT_INVALID_INPUT;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import or update member companies from a JSON, CSV or .xlsx file (see docs/company-import.md)',
  usage: '<file.json|file.csv|file.xlsx>',
  async run(args, io) {
    const [file, ...rest] = args;
    if (!file || rest.length > 0) throw new UsageError('one import file is expected');
    const companiesLib = await import('@app/companies');
    const format = companiesLib.spreadsheetFormatOf(file);
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch (error) {
      io.err(`${file}: ${(error as Error).message}`);
      return EXIT_INVALID_INPUT;
    }
    let checked: Pick<Awaited<ReturnType<typeof companiesLib.validateSpreadsheet>>, 'companies' | 'problems'>;
    // Problems the import itself finds (a contact of another company) point into the file too.
    let place = (p: FieldProblem) => p;
    if (format) {
      const sheet = await companiesLib.validateSpreadsheet(format, content);
      checked = sheet;
      place = (p) => companiesLib.spreadsheetProblem(p, sheet.rows);
    } else {
      try {
        checked = companiesLib.validateImportDocument(JSON.parse(content.toString('utf8')));
      } catch (error) {
        io.err(`${file}: ${(error as Error).message}`);
        return EXIT_INVALID_INPUT;
      }
    }
    const { companies, problems } = checked;
    if (!problems.isEmpty) return report(io, problems.list);
    const { withCliApp } = await import('../cli-app.js');
    try {
      const summary = await withCliApp((app) => app.get(companiesLib.CompanyImportService).import(companies));
      io.out(
        `Imported ${companies.length} companies: ${summary.created} created, ${summary.updated} updated, ` +
          `${summary.unchanged} unchanged; ${summary.invited} people invited.`,
      );
      return EXIT_OK;
    } catch (error) {
      if (error instanceof AppException && error.fields.length > 0)
        return report(io, error.fields.map(place));
      throw error;
    }
  },
};

import { useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { fieldMessages } from '../../graphql/errors';
import type { ImportOutcomeFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { readImportFile, type ImportFile } from './import-file';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { IMPORT_COMPANIES, IMPORT_SPREADSHEET } from './staff.graphql';

/** The import of a file, dry run or real: JSON goes to importCompanies, spreadsheets to importSpreadsheet. */
function useImport(refetch: boolean) {
  const options = refetch ? { refetchQueries: ['StaffCompanies'] } : {};
  const [json, jsonState] = useMutation(IMPORT_COMPANIES, options);
  const [sheet, sheetState] = useMutation(IMPORT_SPREADSHEET, options);
  const run = async (file: ImportFile, dryRun: boolean) => {
    if (file.kind === 'JSON') await json({ variables: { document: file.document, dryRun } });
    else await sheet({ variables: { format: file.kind, content: file.content, dryRun } });
  };
  const state = jsonState.called ? jsonState : sheetState;
  const data: ImportOutcomeFragment | undefined =
    jsonState.data?.importCompanies ?? sheetState.data?.importSpreadsheet;
  return {
    run: (file: ImportFile, dryRun: boolean) => run(file, dryRun).catch(() => null),
    reset: () => {
      jsonState.reset();
      sheetState.reset();
    },
    loading: state.loading,
    error: state.error,
    data,
  };
}

/**
 * Staff import a member file (JSON, CSV or .xlsx) in two steps: the file is checked first (every
 * problem listed, or every company and whether it is new; nothing written), then imported.
 */
export function ImportPage() {
  const { t, plural } = useI18n();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const checked = useImport(false);
  const imported = useImport(true);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setFile(null);
    setParseError(null);
    checked.reset();
    imported.reset();
    if (!picked) return;
    let read: ImportFile;
    try {
      read = await readImportFile(picked);
    } catch (error) {
      setParseError(t('import.notJson', { detail: (error as Error).message }));
      return;
    }
    setFile(read);
    await checked.run(read, true);
  };

  const problems = fieldMessages(checked.error);
  const preview = checked.data;
  const result = imported.data;
  return (
    <div className="page page-narrow">
      <PageHeader title={t('import.title')} lead={t('import.lead')} />
      <section className="panel">
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <p id="import-file-hint" className="hint">
            {t('import.fileHint')}
          </p>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json,text/csv,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.xlsx"
            aria-describedby="import-file-hint"
            onChange={pick}
          />
        </div>
        <div aria-live="polite">
          {checked.loading && <p role="status">{t('import.checking')}</p>}
          {parseError && <Notice tone="error">{parseError}</Notice>}
          {checked.error && problems.length === 0 && <ErrorNotice error={checked.error} />}
          {problems.length > 0 && file && (
            <>
              <Notice tone="error">{plural('import.problems', problems.length)}</Notice>
              <ImportProblems problems={problems} file={file} />
            </>
          )}
          {preview && !result && file && (
            <>
              <Notice tone="info">
                {t('import.ready', {
                  file: file.name,
                  count: preview.companies,
                  created: preview.created,
                  updated: preview.updated,
                })}
              </Notice>
              <button
                type="button"
                className="button button-primary"
                disabled={imported.loading}
                onClick={() => void imported.run(file, false)}
              >
                {imported.loading ? t('import.importing') : plural('import.run', preview.companies)}
              </button>
              <ImportPreview lines={preview.lines} />
            </>
          )}
          {imported.error && (
            <>
              <ErrorNotice error={imported.error} />
              {file && <ImportProblems problems={fieldMessages(imported.error)} file={file} />}
            </>
          )}
          {result && (
            <Notice>
              {t('import.done', {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
                invited: result.invited,
              })}
            </Notice>
          )}
        </div>
      </section>
    </div>
  );
}

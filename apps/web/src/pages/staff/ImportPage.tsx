import { useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { fieldMessages } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageState';
import { IMPORT_COMPANIES } from './staff.graphql';
import { ImportProblems } from './ImportProblems';
import { ErrorNotice } from '../../ui/ErrorNotice';

interface PickedFile {
  name: string;
  document: unknown;
}

/**
 * Staff import a member file in two steps: the file is checked first (every problem listed,
 * nothing written), then imported once it is clean.
 */
export function ImportPage() {
  const { t, plural } = useI18n();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [check, checked] = useMutation(IMPORT_COMPANIES);
  const [run, imported] = useMutation(IMPORT_COMPANIES, { refetchQueries: ['StaffCompanies'] });

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setFile(null);
    setParseError(null);
    checked.reset();
    imported.reset();
    if (!picked) return;
    let document: unknown;
    try {
      document = JSON.parse(await picked.text());
    } catch (error) {
      setParseError(t('import.notJson', { detail: (error as Error).message }));
      return;
    }
    setFile({ name: picked.name, document });
    await check({ variables: { document, dryRun: true } }).catch(() => null);
  };

  const problems = fieldMessages(checked.error);
  const preview = checked.data?.importCompanies;
  const result = imported.data?.importCompanies;
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
            accept="application/json,.json"
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
              <ImportProblems problems={problems} document={file.document} />
            </>
          )}
          {preview && !result && (
            <>
              <Notice tone="info">
                {t('import.ready', {
                  file: file?.name ?? '',
                  count: preview.companies,
                  created: preview.created,
                  updated: preview.updated,
                })}
              </Notice>
              <button
                type="button"
                className="button button-primary"
                disabled={imported.loading}
                onClick={() =>
                  void run({ variables: { document: file?.document, dryRun: false } }).catch(() => null)
                }
              >
                {imported.loading ? t('import.importing') : plural('import.run', preview.companies)}
              </button>
            </>
          )}
          {imported.error && (
            <>
              <ErrorNotice error={imported.error} />
              {file && <ImportProblems problems={fieldMessages(imported.error)} document={file.document} />}
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

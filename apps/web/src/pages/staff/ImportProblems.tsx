import type { FieldMessage } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { spreadsheetPlace, type ImportFile } from './import-file';

/** The company a problem belongs to, by its place in the file: `companies[3].offers[1]` → the 4th. */
function companyOf(document: unknown, path: string): string {
  const index = /^companies\[(\d+)\]/.exec(path)?.[1];
  if (index === undefined) return '';
  const record = (document as { companies?: { name?: unknown; externalId?: unknown }[] }).companies?.[
    Number(index)
  ];
  return [record?.externalId, record?.name].filter((v) => typeof v === 'string').join(' — ');
}

/**
 * Every problem of an import file, in the file's order, with where it is and what is wrong: the
 * path and company for JSON, the row and column (as the spreadsheet numbers them) otherwise.
 */
export function ImportProblems({ problems, file }: { problems: FieldMessage[]; file: ImportFile }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  const sheet = file.kind !== 'JSON';
  return (
    // Focusable so that a keyboard can scroll a wide table on a phone.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('import.problemsCaption')}>
      <table className="table">
        <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            {sheet ? (
              <>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
              </>
            ) : (
              <>
                <th scope="col">{t('import.where')}</th>
                <th scope="col">{t('import.company')}</th>
              </>
            )}
            <th scope="col">{t('import.what')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => {
            const place = sheet ? spreadsheetPlace(p.path) : undefined;
            return (
              <tr key={i}>
                {sheet ? (
                  <>
                    <td>{place?.row ?? ''}</td>
                    <td>{place?.column ? <code>{place.column}</code> : null}</td>
                  </>
                ) : (
                  <>
                    <td>
                      <code>{p.path}</code>
                    </td>
                    <td>{file.kind === 'JSON' ? companyOf(file.document, p.path) : ''}</td>
                  </>
                )}
                <td>{p.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

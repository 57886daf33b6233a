import type { FieldMessage } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';

/** The company a problem belongs to, by its place in the file: `companies[3].offers[1]` → the 4th. */
function companyOf(document: unknown, path: string): string {
  const index = /^companies\[(\d+)\]/.exec(path)?.[1];
  if (index === undefined) return '';
  const record = (document as { companies?: { name?: unknown; externalId?: unknown }[] }).companies?.[
    Number(index)
  ];
  return [record?.externalId, record?.name].filter((v) => typeof v === 'string').join(' — ');
}

/** Every problem of an import file, in the file's order, with where it is and what is wrong. */
export function ImportProblems({ problems, document }: { problems: FieldMessage[]; document: unknown }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.where')}</th>
            <th scope="col">{t('import.company')}</th>
            <th scope="col">{t('import.what')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>
                <code>{p.path}</code>
              </td>
              <td>{companyOf(document, p.path)}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

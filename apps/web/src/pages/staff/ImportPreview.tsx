import { useI18n } from '../../i18n/i18n-context';

export interface ImportLineView {
  externalId: string;
  name: string;
  row?: number | null;
  isNew: boolean;
}

/** What a clean file will do, company by company: created (new externalId) or updated. */
export function ImportPreview({ lines }: { lines: ImportLineView[] }) {
  const { t } = useI18n();
  if (!lines.length) return null;
  const rows = lines.some((l) => l.row != null);
  return (
    // Focusable so that a keyboard can scroll a wide table on a phone.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('import.previewCaption')}>
      <table className="table">
        <caption className="visually-hidden">{t('import.previewCaption')}</caption>
        <thead>
          <tr>
            {rows && <th scope="col">{t('import.row')}</th>}
            <th scope="col">{t('import.externalId')}</th>
            <th scope="col">{t('import.company')}</th>
            <th scope="col">{t('import.action')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.externalId}>
              {rows && <td>{line.row ?? ''}</td>}
              <td>
                <code>{line.externalId}</code>
              </td>
              <td>{line.name}</td>
              <td>{line.isNew ? t('import.willCreate') : t('import.willUpdate')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ScheduleResultFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';

/** The schedule as slots (rows) × tables (columns), in the event's time zone; kept meetings marked. */
export function ScheduleGrid({
  result,
  timeZone,
}: {
  result: ScheduleResultFieldsFragment;
  timeZone: string;
}) {
  const { t, dateTime } = useI18n();
  const tables = Array.from({ length: result.tables }, (_, i) => i + 1);
  return (
    <div className="table-wrap">
      <table className="table schedule-grid">
        <caption className="visually-hidden">{t('schedule.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('schedule.slot')}</th>
            {tables.map((table) => (
              <th key={table} scope="col">
                {t('meetings.table', { table })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.grid.map(({ slot, placements }) => (
            <tr key={slot.id}>
              <th scope="row">
                {dateTime(slot.start, { dateStyle: 'short', timeStyle: 'short', timeZone })}
              </th>
              {tables.map((table) => {
                const placement = placements.find((p) => p.table === table);
                return (
                  <td key={table} className={placement?.fixed ? 'cell-kept' : undefined}>
                    {placement && placement.companies.map((c) => c.name).join(' × ')}
                    {placement?.fixed && <span className="visually-hidden"> ({t('schedule.kept')})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

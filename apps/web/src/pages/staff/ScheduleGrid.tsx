import { Fragment } from 'react';
import type { ScheduleResultFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';

/** The schedule as slots (rows, grouped by day) × tables (columns), in the event's time zone. */
export function ScheduleGrid({
  result,
  timeZone,
}: {
  result: ScheduleResultFieldsFragment;
  timeZone: string;
}) {
  const { t, dateTime } = useI18n();
  const tables = Array.from({ length: result.tables }, (_, i) => i + 1);
  const dayOf = (iso?: string) => iso && dateTime(iso, { dateStyle: 'full', timeStyle: undefined, timeZone });
  const timeOf = (iso: string) => dateTime(iso, { dateStyle: undefined, timeStyle: 'short', timeZone });
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
          {result.grid.map(({ slot, placements }, i) => (
            <Fragment key={slot.id}>
              {dayOf(slot.start) !== dayOf(result.grid[i - 1]?.slot.start) && (
                <tr className="grid-day">
                  <th scope="colgroup" colSpan={tables.length + 1}>
                    {dayOf(slot.start)}
                  </th>
                </tr>
              )}
              <tr>
                <th scope="row">{timeOf(slot.start)}</th>
                {tables.map((table) => {
                  const placement = placements.find((p) => p.table === table);
                  return (
                    <td key={table} className={placement?.fixed ? 'cell-kept' : undefined}>
                      {placement?.companies.map((c) => c.name).join(' × ')}
                      {placement?.fixed && <span className="visually-hidden"> ({t('schedule.kept')})</span>}
                    </td>
                  );
                })}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

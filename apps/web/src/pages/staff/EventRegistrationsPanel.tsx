import { useState } from 'react';
import { Link } from 'react-router';
import { downloadFile } from '../../features/download';
import type { EventCurationQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { Notice } from '../../ui/Notice';
import { EmptyState } from '../../ui/PageState';

type Registration = NonNullable<EventCurationQuery['event']>['registrations'][number];

/** The people registered (and waiting), their companies, and each one's schedule as a calendar file. */
export function EventRegistrationsPanel({
  eventId,
  registrations,
}: {
  eventId: string;
  registrations: Registration[];
}) {
  const { t, locale } = useI18n();
  const [failed, setFailed] = useState(false);
  const live = registrations.filter((r) => r.status !== 'CANCELLED');
  const companies = new Set(live.filter((r) => r.status === 'CONFIRMED').map((r) => r.company.id)).size;
  return (
    <section className="panel" aria-labelledby="registrations-title">
      <h2 id="registrations-title">{t('curationPage.registrations', { people: live.length, companies })}</h2>
      {failed && <Notice tone="error">{t('schedule.exportFailed')}</Notice>}
      {live.length === 0 ? (
        <EmptyState title={t('curationPage.noRegistrations')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('curationPage.registrationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('curationPage.person')}</th>
                <th scope="col">{t('staff.company')}</th>
                <th scope="col">{t('curationPage.status')}</th>
                <th scope="col">{t('curationPage.schedule')}</th>
              </tr>
            </thead>
            <tbody>
              {live.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.user.name}</th>
                  <td>
                    <Link to={`/staff/companies/${r.company.id}`}>{r.company.name}</Link>
                    <span className="muted block">{labelOf('provinces', r.company.province, locale)}</span>
                  </td>
                  <td>
                    {r.status === 'WAITLISTED'
                      ? t('curationPage.waitlisted', { position: r.waitlistPosition ?? '—' })
                      : t('events.youAreRegistered')}
                  </td>
                  <td>
                    {r.status === 'CONFIRMED' && (
                      <button
                        type="button"
                        className="button-link"
                        onClick={() =>
                          void downloadFile(
                            `/admin/events/${eventId}/participants/${r.user.id}/schedule.ics`,
                            `schedule-${r.user.name}.ics`,
                          )
                            .then(() => setFailed(false))
                            .catch(() => setFailed(true))
                        }
                      >
                        {t('curationPage.ics')}
                        <span className="visually-hidden"> — {r.user.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

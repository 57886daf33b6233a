import { useQuery } from '@apollo/client/react';
import type { MissionAgendaQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorState, Skeleton } from '../../ui/PageState';
import { MISSION_AGENDA } from './missions.graphql';

type Meeting = MissionAgendaQuery['missionAgenda']['meetings'][number];

/**
 * A company's meetings of the mission by day, in the host city's zone, each with the other
 * company's profile and its calendar file; one subscription for the whole mission; printable.
 */
export function MissionAgendaPanel({
  missionId,
  companyId,
  timeZone,
}: {
  missionId: string;
  companyId?: string;
  timeZone?: string;
}) {
  const { t, dateTime } = useI18n();
  const { data, error, refetch } = useQuery(MISSION_AGENDA, { variables: { missionId, companyId } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton lines={4} height="10rem" />;
  const agenda = data.missionAgenda;
  const meetings = agenda.meetings.filter((m) => m.status !== 'CANCELLED');
  const at = (iso: string, options: Intl.DateTimeFormatOptions) => dateTime(iso, { ...options, timeZone });
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const day = at(meeting.start, { dateStyle: 'full', timeStyle: undefined });
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  const time = (iso: string) => at(iso, { dateStyle: undefined, timeStyle: 'short' });
  return (
    <section className="panel mission-agenda" aria-labelledby={`agenda-${agenda.company.id}`}>
      <h2 id={`agenda-${agenda.company.id}`}>
        {companyId ? t('missions.agendaCaption', { company: agenda.company.name }) : t('missions.agenda')}
      </h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('missions.agendaEmpty')}</p>
      ) : (
        [...byDay].map(([day, list]) => (
          <section key={day} aria-label={day} className="day">
            <h3>{day}</h3>
            <ul className="card-list">
              {list.map((m) => {
                const others = m.companies.filter((c) => c.id !== agenda.company.id);
                return (
                  <li key={m.id}>
                    <article className="card meeting" aria-labelledby={`am-${m.id}`}>
                      <h4 id={`am-${m.id}`}>{others.map((c) => c.name).join(', ')}</h4>
                      <p className="meeting-time">
                        {time(m.start)} – {time(m.end)}
                        {m.location && ` · ${m.location}`}
                      </p>
                      {others.map(
                        (c) =>
                          c.description && (
                            <p key={c.id} className="prose">
                              {c.description}
                            </p>
                          ),
                      )}
                      <p className="muted">
                        {t('missions.with', { people: m.participants.map((p) => p.name).join(', ') })}
                      </p>
                      <p className="no-print">
                        <a href={m.icsUrl} download>
                          {t('missions.addToCalendar')}
                          <span className="visually-hidden"> — {others.map((c) => c.name).join(', ')}</span>
                        </a>
                      </p>
                    </article>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
      <div className="card-actions no-print">
        {agenda.calendarUrl && (
          <a className="button" href={agenda.calendarUrl}>
            {t('missions.subscribe')}
          </a>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('missions.print')}
        </button>
      </div>
    </section>
  );
}

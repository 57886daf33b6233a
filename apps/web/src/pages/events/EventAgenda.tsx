import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n-context';
import { EVENT_AGENDA } from './events.graphql';

/** The event's partnering days, in the event's own local times (as staff set them). */
export function EventAgenda({ eventId }: { eventId: string }) {
  const { t, dateTime } = useI18n();
  const { data } = useQuery(EVENT_AGENDA, { variables: { id: eventId } });
  const session = data?.event?.partneringSession;
  if (!data) return null;
  // A calendar date read at noon UTC is the same date in every zone.
  const day = (date: string) =>
    dateTime(`${date}T12:00:00Z`, { dateStyle: 'full', timeStyle: undefined, timeZone: 'UTC' });
  return (
    <section className="panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {!session || session.days.length === 0 ? (
        <p className="muted">{t('agenda.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('agenda.slots', { minutes: session.slotMinutes, tables: session.tables })}
          </p>
          <ul className="agenda">
            {session.days.map((d) => (
              <li key={d.date}>
                <h3>{day(d.date)}</h3>
                <p>{t('agenda.day', { time: `${d.start}–${d.end}` })}</p>
                {d.breaks.map((b) => (
                  <p key={b.start} className="muted">
                    {t('agenda.break', { time: `${b.start}–${b.end}` })}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

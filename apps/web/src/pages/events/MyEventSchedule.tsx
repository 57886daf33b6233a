import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { MY_EVENT_MEETINGS } from './events.graphql';

/** The viewer's own meetings at the event, by start, in their time zone, with the table once placed. */
export function MyEventSchedule({ event }: { event: { id: string; startsAt: string; endsAt: string } }) {
  const { t, timeRange } = useI18n();
  const { viewer } = useSession();
  const { data } = useQuery(MY_EVENT_MEETINGS, { variables: { from: event.startsAt, to: event.endsAt } });
  if (!data) return null;
  const meetings = data.meetings.filter((m) => m.event?.id === event.id && m.status === 'SCHEDULED');
  return (
    <section className="panel" aria-labelledby="my-schedule-title">
      <h2 id="my-schedule-title">{t('mySchedule.title')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('mySchedule.empty')}</p>
      ) : (
        <ul className="card-list">
          {meetings.map((m) => (
            <li key={m.id} className="slot-row">
              <span>{timeRange(m.start, m.end)}</span>
              <span>
                {m.companies
                  .filter((c) => c.id !== viewer?.company?.id)
                  .map((c) => (
                    <Link key={c.id} to={`/companies/${c.id}`}>
                      {c.name}
                    </Link>
                  ))}
              </span>
              {m.table && <span className="badge">{t('mySchedule.table', { table: m.table })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

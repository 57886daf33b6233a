import { useMutation, useQuery } from '@apollo/client/react';
import type { MeetingWish } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { EVENT_WISH_PARTNERS, SET_EVENT_WISH } from './events.graphql';

const WISHES: MeetingWish[] = ['MUST_MEET', 'NO_THANKS'];

/**
 * For a confirmed attendee: the partners of the company's open requests at the event, each with
 * a must-meet / no-thanks choice that the event's scheduler honours.
 */
export function EventWishes({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const { data, error } = useQuery(EVENT_WISH_PARTNERS, { variables: { eventId } });
  const [setWish, setting] = useMutation(SET_EVENT_WISH, { refetchQueries: ['EventWishPartners'] });
  if (error && !data) return <ErrorNotice error={error} />;
  const partners = data?.eventWishPartners ?? [];
  return (
    <section className="panel" aria-labelledby="wishes-title" aria-live="polite">
      <h2 id="wishes-title">{t('wishes.title')}</h2>
      <p className="muted">{t('wishes.lead')}</p>
      {setting.error && <ErrorNotice error={setting.error} />}
      {data && partners.length === 0 && <p className="muted">{t('wishes.empty')}</p>}
      <ul className="card-list">
        {partners.map(({ partner, wish }) => (
          <li key={partner.id} className="slot-row">
            <span>{partner.name}</span>
            <select
              aria-label={t('wishes.label', { company: partner.name })}
              value={wish ?? ''}
              disabled={setting.loading}
              onChange={(e) =>
                void setWish({
                  variables: {
                    eventId,
                    partnerId: partner.id,
                    wish: (e.target.value || null) as MeetingWish | null,
                  },
                }).catch(() => null)
              }
            >
              <option value="">{t('wishes.none')}</option>
              {WISHES.map((w) => (
                <option key={w} value={w}>
                  {t(`wishes.${w}`)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}

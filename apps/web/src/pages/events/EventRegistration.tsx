import { useMutation } from '@apollo/client/react';
import type { EventFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { CANCEL_REGISTRATION, REGISTER_FOR_EVENT } from './events.graphql';
import { EventPrice } from './EventSummary';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** The viewer's price with tax, their registration or place on the waitlist, and the way in or out. */
export function EventRegistration({ event }: { event: EventFieldsFragment }) {
  const { t, money } = useI18n();
  const refresh = { refetchQueries: ['EventDetail', 'Events'] };
  const [register, registering] = useMutation(REGISTER_FOR_EVENT, refresh);
  const [cancel, cancelling] = useMutation(CANCEL_REGISTRATION, refresh);
  const mine = event.myRegistration;
  const full = event.capacity != null && event.registeredCount >= event.capacity;
  const failure = registering.error ?? cancelling.error;
  return (
    <section className="panel" aria-labelledby="register-title" aria-live="polite">
      <h2 id="register-title">{t('events.registration')}</h2>
      {mine?.status === 'CONFIRMED' && (
        <Notice>
          {t('events.registeredDone', {
            price: money(mine.price.amountCents + mine.price.taxCents, mine.price.currency),
          })}
        </Notice>
      )}
      {mine?.status === 'WAITLISTED' && (
        <Notice tone="info">
          {mine.waitlistPosition
            ? t('events.waitlistPosition', { position: mine.waitlistPosition })
            : t('events.waitlisted')}
        </Notice>
      )}
      {!mine && <EventPrice price={event.priceForMe} />}
      {!mine && full && <p className="muted">{t('events.waitlistCount', { count: event.waitlistCount })}</p>}
      {failure && <ErrorNotice error={failure} />}
      {mine ? (
        <button
          type="button"
          className="button"
          disabled={cancelling.loading}
          onClick={() => void cancel({ variables: { eventId: event.id } }).catch(() => null)}
        >
          {mine.status === 'WAITLISTED' ? t('events.leaveWaitlist') : t('events.cancelRegistration')}
        </button>
      ) : event.registrationOpen ? (
        <button
          type="button"
          className="button button-primary"
          disabled={registering.loading}
          onClick={() => void register({ variables: { eventId: event.id } }).catch(() => null)}
        >
          {full ? t('events.joinWaitlist') : t('events.register')}
        </button>
      ) : (
        <p className="muted">{t('events.registrationClosed')}</p>
      )}
    </section>
  );
}

import type { EventFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';

/** When and where, in the event's own time zone (and the viewer's when it differs). */
export function EventWhen({ event }: { event: EventFieldsFragment }) {
  const { t, timeRange, timeZone } = useI18n();
  return (
    <p className="event-when">
      {timeRange(event.startsAt, event.endsAt, event.timeZone)}
      {event.timeZone !== timeZone && (
        <span className="muted">
          {' '}
          ({t('events.localTime', { time: timeRange(event.startsAt, event.endsAt) })})
        </span>
      )}
    </p>
  );
}

const TIERS = new Set(['MEMBER', 'PARTNER_MEMBER', 'NON_MEMBER']);
type Tier = 'MEMBER' | 'PARTNER_MEMBER' | 'NON_MEMBER';

/** What the viewer pays, with the tax shown apart, and the tier that sets the price. */
export function EventPrice({ price }: { price: EventFieldsFragment['priceForMe'] }) {
  const { t, money } = useI18n();
  if (!price) return <p className="muted">{t('events.priceUnknown')}</p>;
  if (price.amountCents === 0 && price.taxCents === 0) return <p className="price">{t('events.free')}</p>;
  return (
    <p className="price">
      <strong>{money(price.amountCents + price.taxCents, price.currency)}</strong>{' '}
      <span className="muted">
        {t('events.priceDetail', {
          amount: money(price.amountCents, price.currency),
          tax: money(price.taxCents, price.currency),
          tier: TIERS.has(price.tier) ? t(`events.tier.${price.tier as Tier}`) : price.tier,
        })}
      </span>
    </p>
  );
}

export function EventCapacity({ event }: { event: EventFieldsFragment }) {
  const { t } = useI18n();
  if (event.capacity == null)
    return <p className="muted">{t('events.registered', { count: event.registeredCount })}</p>;
  const left = Math.max(0, event.capacity - event.registeredCount);
  return (
    <p className={left === 0 ? 'muted capacity-full' : 'muted'}>
      {left === 0 ? t('events.full') : t('events.seatsLeft', { left, capacity: event.capacity })}
    </p>
  );
}

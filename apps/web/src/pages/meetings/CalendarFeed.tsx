import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { CALENDAR_FEED, RESET_CALENDAR_FEED } from './meetings.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** The person's secret calendar-feed link (Google, Outlook, Apple), to copy or to replace if shared. */
export function CalendarFeed() {
  const { t } = useI18n();
  const { data, error } = useQuery(CALENDAR_FEED);
  const [reset, resetting] = useMutation(RESET_CALENDAR_FEED, { refetchQueries: ['CalendarFeed'] });
  const [copied, setCopied] = useState(false);
  const url = data?.me?.calendarFeedUrl;
  const failure = error ?? resetting.error;
  return (
    <section className="panel" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('calendar.title')}</h2>
      <p className="hint">{t('calendar.lead')}</p>
      <div className="copy-row">
        <label htmlFor="calendar-feed" className="visually-hidden">
          {t('calendar.title')}
        </label>
        <input
          id="calendar-feed"
          type="text"
          readOnly
          value={url ?? ''}
          placeholder={t('common.loading')}
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="button"
          disabled={!url}
          onClick={async () => {
            await navigator.clipboard?.writeText(url ?? '').catch(() => undefined);
            setCopied(true);
          }}
        >
          {t('calendar.copy')}
        </button>
      </div>
      <p aria-live="polite" className="hint">
        {copied ? t('calendar.copied') : '\u00a0'}
      </p>
      <button
        type="button"
        className="button-link"
        disabled={resetting.loading}
        onClick={() =>
          void reset()
            .then(() => setCopied(false))
            .catch(() => null)
        }
      >
        {t('calendar.reset')}
      </button>
      {failure && <ErrorNotice error={failure} />}
    </section>
  );
}

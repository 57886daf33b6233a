import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { fieldMessages } from '../../graphql/errors';
import type { EventInput } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { draftOf, emptyDraft } from './event-draft';
import { EventForm, type EventFieldErrors } from './EventForm';
import { CREATE_EVENT, EVENT_SETTINGS, UPDATE_EVENT } from './staff-event-form.graphql';

/** `input.partneringDays[1].start` → `partneringDays[1]`; `input.titleFr` → `titleFr`. */
function errorsByField(error: unknown): EventFieldErrors {
  const byField: EventFieldErrors = {};
  for (const { path, message } of fieldMessages(error)) {
    const rest = path.replace(/^input\./, '');
    const day = /^partneringDays\[\d+\]/.exec(rest)?.[0];
    const key = day ?? rest.split(/[.[]/)[0];
    (byField[key] ??= []).push(message);
  }
  return byField;
}

/** Staff create an event (`/staff/events/new`) or change one (`/staff/events/:id/edit`). */
export function EventEditPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const existing = useQuery(EVENT_SETTINGS, { variables: { id: id ?? '' }, skip: !id });
  const [create, created] = useMutation(CREATE_EVENT, { refetchQueries: ['StaffEvents'] });
  const [update, updated] = useMutation(UPDATE_EVENT);
  const saving = id ? updated : created;

  const save = async (input: EventInput) => {
    try {
      const result = id
        ? (await update({ variables: { id, input } })).data?.updateEvent
        : (await create({ variables: { input } })).data?.createEvent;
      if (result) void navigate(`/staff/events/${result.id}`, { state: { saved: true } });
    } catch {
      // Shown from the mutation's state below.
    }
  };

  if (id && existing.error && !existing.data)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data)
    return (
      <div className="page page-narrow">
        <Skeleton lines={12} height="40rem" />
      </div>
    );
  const event = existing.data?.event;
  if (id && !event) return <EmptyState title={t('events.notFound')} />;
  const errors = errorsByField(saving.error);
  const unplaced = saving.error && Object.keys(errors).length === 0;
  return (
    <div className="page page-narrow">
      <PageHeader
        title={event ? t('eventForm.editTitle', { title: event.title }) : t('eventForm.newTitle')}
        lead={t('eventForm.lead')}
        actions={
          event && (
            <Link className="button" to={`/staff/events/${event.id}`}>
              {t('eventForm.back')}
            </Link>
          )
        }
      />
      {unplaced && <ErrorNotice error={saving.error} />}
      {saving.error && !unplaced && (
        <p role="alert" className="notice notice-error">
          {t('eventForm.fixFields')}
        </p>
      )}
      <EventForm
        key={event?.id ?? 'new'}
        initial={event ? draftOf(event) : emptyDraft(viewer?.association)}
        errors={errors}
        saving={saving.loading}
        submitLabel={event ? t('eventForm.save') : t('eventForm.create')}
        onSubmit={(input) => void save(input)}
      />
    </div>
  );
}

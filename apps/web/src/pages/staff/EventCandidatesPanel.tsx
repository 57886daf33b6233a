import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { EmptyState, ErrorState, SkeletonCards } from '../../ui/PageState';
import { EventCandidateRow, pairKey } from './EventCandidateRow';
import { EVENT_CANDIDATES, SEND_INTRODUCTIONS } from './event-candidates.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

/**
 * Candidate pairs among the event's attendees, best first, with their reasons: staff pin, hide
 * and annotate them, then send curated introductions (an email to both, first in both feeds).
 */
export function EventCandidatesPanel({
  eventId,
  companies,
}: {
  eventId: string;
  companies: { id: string; name: string }[];
}) {
  const { t, plural } = useI18n();
  const [companyId, setCompanyId] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const { data, error, refetch } = useQuery(EVENT_CANDIDATES, {
    variables: { eventId, companyId: companyId || null },
  });
  const [send, sending] = useMutation(SEND_INTRODUCTIONS, {
    refetchQueries: ['EventCandidates', 'EventCuration'],
  });
  const candidates = data?.eventCandidates ?? [];

  const introduce = async () => {
    const introductions = candidates
      .filter((c) => selected.has(pairKey(c)))
      .map((c) => ({
        companyId: c.company.id,
        partnerId: c.partner.id,
        note: notes[pairKey(c)]?.trim() || null,
      }));
    const result = await send({ variables: { eventId, introductions } }).catch(() => null);
    if (result?.data) setSelected(new Set());
  };
  return (
    <section className="panel" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t('candidates.title')}</h2>
      <p className="hint">{t('candidates.lead')}</p>
      <div className="filters filters-inline">
        <label className="filter">
          <span>{t('staff.company')}</span>
          <select value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
            <option value="">{t('common.allFeminine')}</option>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={selected.size === 0 || sending.loading}
          onClick={introduce}
        >
          {plural('candidates.send', selected.size)}
        </button>
      </div>
      {sending.error && <ErrorNotice error={sending.error} />}
      {sending.data && (
        <Notice>{plural('candidates.sent', sending.data.sendEventIntroductions.length)}</Notice>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonCards count={2} />
      ) : candidates.length === 0 ? (
        <EmptyState title={t('candidates.none')} />
      ) : (
        <ul className="card-list card-grid">
          {candidates.map((c) => (
            <li key={pairKey(c)}>
              <EventCandidateRow
                eventId={eventId}
                candidate={c}
                selected={selected.has(pairKey(c))}
                onSelect={(on) =>
                  setSelected((set) => {
                    const next = new Set(set);
                    if (on) next.add(pairKey(c));
                    else next.delete(pairKey(c));
                    return next;
                  })
                }
                note={notes[pairKey(c)] ?? c.note ?? ''}
                onNote={(note) => setNotes((all) => ({ ...all, [pairKey(c)]: note }))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

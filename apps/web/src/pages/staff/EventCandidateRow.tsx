import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type {
  CurationStatus,
  EventCandidateFieldsFragment,
  MeetingRequestStatus,
} from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { ScoreMeter } from '../suggestions/SuggestionCard';
import { CURATE_EVENT_MATCH } from './event-candidates.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

const REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED'];

export function pairKey(c: { company: { id: string }; partner: { id: string } }): string {
  return `${c.company.id}|${c.partner.id}`;
}

interface Props {
  eventId: string;
  candidate: EventCandidateFieldsFragment;
  selected: boolean;
  onSelect(selected: boolean): void;
  note: string;
  onNote(note: string): void;
}

/** One pair of attendees: why they fit, where they stand, and staff's pin, hide and note. */
export function EventCandidateRow({ eventId, candidate: c, selected, onSelect, note, onNote }: Props) {
  const { t, locale } = useI18n();
  const statusLabel = (status: string) =>
    REQUEST_STATUSES.includes(status) ? t(`requestStatus.${status as MeetingRequestStatus}`) : status;
  const [curate, { loading, error }] = useMutation(CURATE_EVENT_MATCH, {
    refetchQueries: ['EventCandidates'],
  });
  const [noting, setNoting] = useState(false);
  const pair = `${c.company.name} × ${c.partner.name}`;
  const apply = (status: CurationStatus) =>
    curate({
      variables: {
        eventId,
        companyId: c.company.id,
        partnerId: c.partner.id,
        status,
        note: note.trim() || null,
      },
    })
      .then(() => setNoting(false))
      .catch(() => null);
  const state = [
    c.introduced && t('candidates.introduced'),
    c.hasMeeting && t('candidates.hasMeeting'),
    c.requestStatus && t('candidates.request', { status: statusLabel(c.requestStatus) }),
    c.companyWish && t(`candidates.wish.${c.companyWish}`, { company: c.company.name }),
    c.partnerWish && t(`candidates.wish.${c.partnerWish}`, { company: c.partner.name }),
  ].filter(Boolean);
  return (
    <article
      className={`card candidate${c.curation === 'PINNED' ? ' suggestion-pinned' : ''}`}
      aria-label={pair}
    >
      <div className="card-head">
        <label className="radio">
          <input
            type="checkbox"
            checked={selected}
            disabled={c.introduced}
            onChange={(e) => onSelect(e.target.checked)}
          />
          <span className="candidate-pair">{pair}</span>
        </label>
        <ScoreMeter score={c.score} />
      </div>
      <ul className="reasons">
        {c.reasons.slice(0, 3).map((r) => (
          <li key={r.code + r.message}>{r.message}</li>
        ))}
      </ul>
      {state.length > 0 && <p className="muted">{state.join(' · ')}</p>}
      {c.note && !noting && <p className="hint">{c.note}</p>}
      {noting && (
        <div className="field">
          <label htmlFor={`note-${pairKey(c)}`}>{t('candidates.noteLabel')}</label>
          <textarea
            id={`note-${pairKey(c)}`}
            rows={2}
            value={note}
            onChange={(e) => onNote(e.target.value)}
          />
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="card-actions">
        {c.curation === 'NONE' ? (
          <>
            <button type="button" className="button" disabled={loading} onClick={() => void apply('PINNED')}>
              {t('curation.pin')}
              <span className="visually-hidden"> — {pair}</span>
            </button>
            <button type="button" className="button" disabled={loading} onClick={() => void apply('HIDDEN')}>
              {t('curation.hide')}
              <span className="visually-hidden"> — {pair}</span>
            </button>
          </>
        ) : (
          <>
            <span className="badge">
              {c.curation === 'PINNED' && c.curatedBy
                ? t('feed.pinnedBy', { association: labelOf('associations', c.curatedBy, locale) })
                : t(`curation.status.${c.curation}`)}
            </span>
            <button type="button" className="button" disabled={loading} onClick={() => void apply('NONE')}>
              {t('curation.reset')}
              <span className="visually-hidden"> — {pair}</span>
            </button>
          </>
        )}
        <button
          type="button"
          className="button-link"
          aria-expanded={noting}
          onClick={() => setNoting((v) => !v)}
        >
          {t('curation.note')}
          <span className="visually-hidden"> — {pair}</span>
        </button>
        {noting && (
          <button type="button" className="button" disabled={loading} onClick={() => void apply(c.curation)}>
            {t('curation.saveNote')}
          </button>
        )}
      </div>
    </article>
  );
}

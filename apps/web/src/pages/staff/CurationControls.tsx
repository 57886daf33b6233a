import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { CurationStatus } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { Suggestion } from '../suggestions/SuggestionCard';
import { CURATE_MATCH } from './staff.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

/**
 * Pin (shown first, as recommended by staff), hide, or restore a match, with a note for staff;
 * "both ways" curates the partner's side of the pair too.
 */
export function CurationControls({ companyId, suggestion }: { companyId: string; suggestion: Suggestion }) {
  const { t } = useI18n();
  const [note, setNote] = useState(suggestion.curationNote ?? '');
  const [noting, setNoting] = useState(false);
  const [mirror, setMirror] = useState(true);
  const [curate, { loading, error }] = useMutation(CURATE_MATCH, { refetchQueries: ['SuggestedPartners'] });
  const apply = (status: CurationStatus) =>
    curate({
      variables: { companyId, partnerId: suggestion.partner.id, status, note: note.trim() || null, mirror },
    })
      .then(() => setNoting(false))
      .catch(() => null);
  const name = suggestion.partner.name;
  const id = suggestion.partner.id;
  return (
    <div className="curation">
      {suggestion.curation === 'NONE' ? (
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={loading}
            onClick={() => void apply('PINNED')}
          >
            {t('curation.pin')}
            <span className="visually-hidden"> — {name}</span>
          </button>
          <button type="button" className="button" disabled={loading} onClick={() => void apply('HIDDEN')}>
            {t('curation.hide')}
            <span className="visually-hidden"> — {name}</span>
          </button>
        </>
      ) : (
        <>
          <span className="badge">{t(`curation.status.${suggestion.curation}`)}</span>
          <button type="button" className="button" disabled={loading} onClick={() => void apply('NONE')}>
            {t(suggestion.curation === 'HIDDEN' ? 'curation.restore' : 'curation.reset')}
            <span className="visually-hidden"> — {name}</span>
          </button>
        </>
      )}
      <label className="radio">
        <input type="checkbox" checked={mirror} onChange={(e) => setMirror(e.target.checked)} />
        <span>{t('curation.mirror')}</span>
      </label>
      <button
        type="button"
        className="button-link"
        aria-expanded={noting}
        onClick={() => setNoting((v) => !v)}
      >
        {t('curation.note')}
      </button>
      {suggestion.curationNote && !noting && <p className="hint curation-note">{suggestion.curationNote}</p>}
      {noting && (
        <div className="field curation-note">
          <label htmlFor={`note-${id}`}>{t('curation.noteLabel')}</label>
          <textarea id={`note-${id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => void apply(suggestion.curation === 'NONE' ? 'PINNED' : suggestion.curation)}
          >
            {t('curation.saveNote')}
          </button>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

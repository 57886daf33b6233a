import { useState } from 'react';
import { Link } from 'react-router';
import type { SuggestedPartnersQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';

export type Suggestion = SuggestedPartnersQuery['suggestedConnections']['edges'][number]['node'];

const SHOWN_REASONS = 3;

export function ScoreMeter({ score }: { score: number }) {
  const { t, number } = useI18n();
  const percent = Math.round(score * 100);
  return (
    <div className="score" title={t('feed.scoreHint')}>
      <span className="score-value">{t('feed.score', { score: number(percent) })}</span>
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

/** One suggested partner: who they are, how well they fit and why, and what to do next. */
export function SuggestionCard({
  suggestion,
  onRequest,
  onDismiss,
  actions,
}: {
  suggestion: Suggestion;
  onRequest?(): void;
  onDismiss?(): void;
  actions?: React.ReactNode;
}) {
  const { t, plural, locale } = useI18n();
  const [allReasons, setAllReasons] = useState(false);
  const { partner, reasons } = suggestion;
  const shown = allReasons ? reasons : reasons.slice(0, SHOWN_REASONS);
  const pinned = suggestion.curation === 'PINNED';
  return (
    <article
      className={`card suggestion${pinned ? ' suggestion-pinned' : ''}`}
      aria-labelledby={`s-${partner.id}`}
    >
      <div className="card-head">
        <div>
          {pinned && (
            <p className="badge badge-pinned">
              {suggestion.curatedBy
                ? t('feed.pinnedBy', { association: labelOf('associations', suggestion.curatedBy, locale) })
                : t('feed.pinned')}
            </p>
          )}
          <h3 id={`s-${partner.id}`}>
            <Link to={`/companies/${partner.id}`}>{partner.name}</Link>
          </h3>
          <p className="muted">
            {[partner.city, labelOf('provinces', partner.province, locale)].filter(Boolean).join(', ')}
            {' · '}
            {partner.languages.map((l) => labelOf('languages', l, locale)).join(', ')}
          </p>
        </div>
        <ScoreMeter score={suggestion.score} />
      </div>
      <h4 className="reasons-title">{t('feed.why')}</h4>
      <ul className="reasons">
        {shown.map((reason) => (
          <li key={reason.code + reason.message}>{reason.message}</li>
        ))}
      </ul>
      {reasons.length > SHOWN_REASONS && (
        <button
          type="button"
          className="button-link"
          aria-expanded={allReasons}
          onClick={() => setAllReasons((v) => !v)}
        >
          {allReasons ? t('feed.fewerReasons') : plural('feed.moreReasons', reasons.length - SHOWN_REASONS)}
        </button>
      )}
      <ul className="tags" aria-label={t('feed.fields')}>
        {[...partner.sectors, ...partner.therapeuticAreas].slice(0, 5).map((l) => (
          <li key={l.code} className="tag">
            {l.label}
          </li>
        ))}
      </ul>
      <div className="card-actions">
        {onRequest && (
          <button type="button" className="button button-primary" onClick={onRequest}>
            {t('feed.request')}
            <span className="visually-hidden"> — {partner.name}</span>
          </button>
        )}
        {onDismiss && (
          <button type="button" className="button" onClick={onDismiss}>
            {t('feed.dismiss')}
            <span className="visually-hidden"> — {partner.name}</span>
          </button>
        )}
        {actions}
      </div>
    </article>
  );
}

import { Link } from 'react-router';
import { FitReasons, ScoreMeter } from '../../features/companies/FitSummary';
import { MeetingState } from '../../features/companies/MeetingState';
import type { MeetingsWithPartnersQuery, SuggestedPartnersQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';

export type Suggestion = SuggestedPartnersQuery['suggestedConnections']['edges'][number]['node'];

/** Where our company stands with a partner (MEETINGS_WITH_PARTNERS). */
export type MeetingsWithPartner = MeetingsWithPartnersQuery['meetingsWithCompanies'][number];

export { ScoreMeter };

/** One suggested partner: who they are, how well they fit and why, and what to do next. */
export function SuggestionCard({
  suggestion,
  meetings,
  onRequest,
  onDismiss,
  actions,
  seenFrom,
}: {
  suggestion: Suggestion;
  /** Our requests and meetings with the partner; until known, no request is offered. */
  meetings?: MeetingsWithPartner;
  /**
   * Staff read another company's matches: the reasons say "you" to that company, so the heading
   * names it rather than letting them read as addressed to staff.
   */
  seenFrom?: string;
  onRequest?(): void;
  onDismiss?(): void;
  actions?: React.ReactNode;
}) {
  const { t, locale } = useI18n();
  const { partner, reasons } = suggestion;
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
      <h4 className="reasons-title">
        {seenFrom ? t('relation.whyFor', { company: seenFrom }) : t('feed.why')}
      </h4>
      <FitReasons reasons={reasons} />
      <ul className="tags" aria-label={t('feed.fields')}>
        {[...partner.sectors, ...partner.therapeuticAreas].slice(0, 5).map((l) => (
          <li key={l.code} className="tag">
            {l.label}
          </li>
        ))}
      </ul>
      <div className="card-actions">
        <MeetingState
          partner={{ name: partner.name, meetingsWithMe: meetings ?? null }}
          onRequest={meetings ? onRequest : undefined}
        />
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

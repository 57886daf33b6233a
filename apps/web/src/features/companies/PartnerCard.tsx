import { Link } from 'react-router';
import type { PartnerRelationFragment, Province } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { FitSummary } from './FitSummary';
import { MeetingState } from './MeetingState';

export type PartnerSummary = PartnerRelationFragment & {
  name: string;
  city: string | null;
  province: Province;
  languages: string[];
  sectors: { code: string; label: string }[];
  therapeuticAreas: { code: string; label: string }[];
};

/**
 * A company as a member meets it in a list (the directory, an event's attendees): who it is, how
 * well it suits the member's company and why, and where the two stand on meetings.
 */
export function PartnerCard({
  company,
  own,
  onRequest,
  requestLabel,
}: {
  company: PartnerSummary;
  own: boolean;
  onRequest?(): void;
  requestLabel?: string;
}) {
  const { t, locale } = useI18n();
  const headingId = `c-${company.id}`;
  return (
    <article className="card suggestion" aria-labelledby={headingId}>
      <div className="card-head">
        <div>
          <h3 id={headingId}>
            <Link to={`/companies/${company.id}`}>{company.name}</Link>
          </h3>
          <p className="muted">
            {[company.city, labelOf('provinces', company.province, locale)].filter(Boolean).join(', ')}
            {' · '}
            {company.languages.map((l) => labelOf('languages', l, locale)).join(', ')}
          </p>
        </div>
      </div>
      {own ? (
        <p className="badge">{t('directory.you')}</p>
      ) : company.fitWithMe ? (
        <FitSummary fit={company.fitWithMe} />
      ) : (
        <p className="muted">{t('directory.notScored')}</p>
      )}
      <ul className="tags" aria-label={t('feed.fields')}>
        {[...company.sectors, ...company.therapeuticAreas].slice(0, 5).map((l) => (
          <li key={l.code} className="tag">
            {l.label}
          </li>
        ))}
      </ul>
      {!own && (
        <div className="card-actions">
          <MeetingState partner={company} onRequest={onRequest} label={requestLabel} />
        </div>
      )}
    </article>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { COMPANY_PROFILE } from '../company/company.graphql';
import { staffFirst } from '../suggestions/SuggestionsPage';
import { SuggestionCard } from '../suggestions/SuggestionCard';
import { SUGGESTED_PARTNERS } from '../suggestions/suggestions.graphql';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { CurationControls } from './CurationControls';

/**
 * A member company as staff see it: its profile and its matches, which staff pin, hide and annotate;
 * "show hidden" lists the hidden ones too, to restore them.
 */
export function StaffCompanyPage() {
  const { id = '' } = useParams();
  const { t, locale, plural } = useI18n();
  const company = useQuery(COMPANY_PROFILE, { variables: { id } });
  const [includeHidden, setIncludeHidden] = useState(false);
  const feed = useQuery(SUGGESTED_PARTNERS, {
    variables: { companyId: id, first: 12, includeHidden },
    notifyOnNetworkStatusChange: true,
  });
  const page = feed.data?.suggestedConnections.pageInfo;
  const c = company.data?.company;
  const suggestions = staffFirst(feed.data?.suggestedConnections.edges.map((e) => e.node) ?? []);
  return (
    <div className="page">
      <PageHeader
        title={c?.name ?? (company.data ? t('company.notFound') : '\u00a0')}
        lead={c ? [c.city, labelOf('provinces', c.province, locale)].filter(Boolean).join(', ') : '\u00a0'}
        actions={
          c && (
            <>
              <Link className="button" to={`/companies/${c.id}`}>
                {t('staff.viewProfile')}
              </Link>
              <Link className="button" to={`/staff/companies/${c.id}/edit`}>
                {t('company.edit')}
              </Link>
            </>
          )
        }
      />
      <section aria-labelledby="matches-title">
        <h2 id="matches-title">
          {t('staff.matchesTitle')}
          {feed.data && (
            <span className="muted">
              {' '}
              — {plural('feed.count', feed.data.suggestedConnections.totalCount)}
            </span>
          )}
        </h2>
        <p className="hint">{t('staff.matchesLead')}</p>
        <label className="radio">
          <input
            type="checkbox"
            checked={includeHidden}
            onChange={(e) => setIncludeHidden(e.target.checked)}
          />
          <span>{t('staff.showHidden')}</span>
        </label>
        {feed.error && !feed.data ? (
          <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
        ) : !feed.data ? (
          <SkeletonCards count={3} />
        ) : suggestions.length === 0 ? (
          <EmptyState title={t('staff.noMatches')} />
        ) : (
          <ul className="card-list card-grid">
            {suggestions.map((s) => (
              <li key={s.partner.id}>
                <SuggestionCard
                  suggestion={s}
                  seenFrom={c?.name}
                  actions={<CurationControls companyId={id} suggestion={s} />}
                />
              </li>
            ))}
          </ul>
        )}
        {page?.hasNextPage && (
          <button
            type="button"
            className="button button-block"
            disabled={feed.loading}
            onClick={() => void feed.fetchMore({ variables: { after: page.endCursor } })}
          >
            {t('common.loadMore')}
          </button>
        )}
      </section>
    </div>
  );
}

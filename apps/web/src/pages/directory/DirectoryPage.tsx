import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PartnerCard, type PartnerSummary } from '../../features/companies/PartnerCard';
import { RequestMeetingDialog } from '../../features/meetings/RequestMeetingDialog';
import { fieldMessages } from '../../graphql/errors';
import type { CompanyFilter } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { useDebounced } from '../../ui/useDebounced';
import { DirectoryFilters } from './DirectoryFilters';
import { DIRECTORY } from './directory.graphql';

const PAGE = 24;

/** Every company a member may see, searchable in French and English, a page at a time. */
export function DirectoryPage() {
  const { t, plural } = useI18n();
  const { viewer } = useSession();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<CompanyFilter>({});
  const [requesting, setRequesting] = useState<PartnerSummary | null>(null);
  const searched = useDebounced(search.trim());
  const query = useQuery(DIRECTORY, {
    variables: { first: PAGE, filter: { ...filter, search: searched || undefined } },
    notifyOnNetworkStatusChange: true,
  });
  const { error, loading, refetch, fetchMore } = query;
  const searchErrors = fieldMessages(error)
    .filter((p) => p.path === 'filter.search')
    .map((p) => p.message);
  // While a search runs, the current cards stay (dimmed) instead of jumping to a skeleton.
  const data = searchErrors.length ? undefined : (query.data ?? query.previousData);
  const connection = data?.companies;
  return (
    <div className="page">
      <PageHeader
        title={t('directory.title')}
        lead={connection ? plural('directory.count', connection.totalCount) : t('directory.lead')}
      />
      <DirectoryFilters
        search={search}
        onSearch={setSearch}
        filter={filter}
        onChange={setFilter}
        searchErrors={searchErrors}
      />
      {searchErrors.length ? null : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <SkeletonCards count={4} />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('directory.empty')}>
          <p>{t('directory.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div aria-busy={loading} className={loading ? 'refreshing' : undefined}>
          <ul className="card-list card-grid">
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <PartnerCard
                  company={node}
                  own={node.id === viewer?.company?.id}
                  onRequest={() => setRequesting(node)}
                />
              </li>
            ))}
          </ul>
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button-block"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {loading ? t('common.loading') : t('common.loadMore')}
            </button>
          )}
        </div>
      )}
      {requesting && <RequestMeetingDialog partner={requesting} onClose={() => setRequesting(null)} />}
    </div>
  );
}

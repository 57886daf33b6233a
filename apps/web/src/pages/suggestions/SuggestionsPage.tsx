import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { SuggestionFilter, SuggestionLens } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { DismissDialog } from './DismissDialog';
import { LENS_PANEL, LensTabs, lensTabId } from './LensTabs';
import { RequestMeetingDialog } from '../../features/meetings/RequestMeetingDialog';
import { SuggestionCard, type Suggestion } from './SuggestionCard';
import { SuggestionFilters } from './SuggestionFilters';
import { MEETINGS_WITH_PARTNERS, SUGGESTED_PARTNERS } from './suggestions.graphql';

const PAGE = 12;

/** Staff recommendations first, then the rest in the API's order (best score first). */
export function staffFirst<T extends { curation: string }>(list: T[]): T[] {
  return [...list.filter((s) => s.curation === 'PINNED'), ...list.filter((s) => s.curation !== 'PINNED')];
}

/** The member's feed of suggested partners, with why each one fits. */
export function SuggestionsPage() {
  const { t, plural } = useI18n();
  const [filter, setFilter] = useState<SuggestionFilter>({});
  const [lens, setLens] = useState<SuggestionLens>('ALL');
  const [requesting, setRequesting] = useState<Suggestion | null>(null);
  const [dismissing, setDismissing] = useState<Suggestion | null>(null);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const query = useQuery(SUGGESTED_PARTNERS, {
    variables: { first: PAGE, filter: { ...filter, lens } },
    notifyOnNetworkStatusChange: true,
  });
  const { loading, error, refetch, fetchMore } = query;
  // While another filter loads, the current cards stay (dimmed) instead of jumping to a skeleton.
  const data = query.data ?? query.previousData;
  const connection = data?.suggestedConnections;
  const suggestions = staffFirst((connection?.edges ?? []).map((e) => e.node)).filter(
    (s) => !dismissed.has(s.partner.id),
  );
  const pinned = suggestions.filter((s) => s.curation === 'PINNED');
  const others = suggestions.filter((s) => s.curation !== 'PINNED');
  // Asked apart from the feed, which the API answers from memory: this part changes with requests.
  const companyIds = suggestions.map((s) => s.partner.id);
  const meetings = useQuery(MEETINGS_WITH_PARTNERS, {
    variables: { companyIds },
    skip: companyIds.length === 0,
  });
  const meetingsWith = new Map(
    (meetings.data ?? meetings.previousData)?.meetingsWithCompanies.map((m) => [m.companyId, m]),
  );
  const renderCards = (list: Suggestion[]) => (
    <ul className="card-list card-grid">
      {list.map((s) => (
        <li key={s.partner.id}>
          <SuggestionCard
            suggestion={s}
            meetings={meetingsWith.get(s.partner.id)}
            onRequest={() => setRequesting(s)}
            onDismiss={() => setDismissing(s)}
          />
        </li>
      ))}
    </ul>
  );
  return (
    <div className="page">
      <PageHeader
        title={t('feed.title')}
        lead={connection ? plural('feed.count', connection.totalCount - dismissed.size) : t('feed.lead')}
      />
      <SuggestionFilters value={filter} onChange={setFilter} />
      <LensTabs value={lens} onChange={setLens} />
      <div id={LENS_PANEL} role="tabpanel" aria-labelledby={lensTabId(lens)}>
        <p className="hint">{t(`feed.lensHint.${lens}`)}</p>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <SkeletonCards count={4} />
        ) : suggestions.length === 0 ? (
          <EmptyState title={t('feed.empty')}>
            <p>{Object.values(filter).some(Boolean) ? t('feed.emptyFiltered') : t('feed.emptyHint')}</p>
          </EmptyState>
        ) : (
          <div aria-busy={loading} className={loading ? 'refreshing' : undefined}>
            {pinned.length > 0 && (
              <section aria-labelledby="pinned-title" className="pinned-section">
                <h2 id="pinned-title">{t('feed.pinnedTitle')}</h2>
                {renderCards(pinned)}
              </section>
            )}
            {others.length > 0 && (
              <section aria-labelledby="others-title">
                <h2 id="others-title" className={pinned.length ? '' : 'visually-hidden'}>
                  {t('feed.othersTitle')}
                </h2>
                {renderCards(others)}
              </section>
            )}
            {connection?.pageInfo.hasNextPage && (
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
      </div>
      {requesting && (
        <RequestMeetingDialog partner={requesting.partner} onClose={() => setRequesting(null)} />
      )}
      {dismissing && (
        <DismissDialog
          partner={dismissing.partner}
          onClose={() => setDismissing(null)}
          onDismissed={() => {
            setDismissed((set) => new Set(set).add(dismissing.partner.id));
            setDismissing(null);
          }}
        />
      )}
    </div>
  );
}

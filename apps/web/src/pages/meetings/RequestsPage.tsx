import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { MeetingRequestDirection, MeetingRequestOrder } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { BulkDeclineBar } from './BulkDeclineBar';
import { MeetingRequestCard } from './MeetingRequestCard';
import { MEETING_REQUESTS } from './meetings.graphql';

const PAGE = 20;

/**
 * Requests to and from the viewer's company, received first and best-suited first (a company that
 * receives hundreds reads the ones that fit); answered ones stay for the record. Received pending
 * requests can be selected and declined together with one polite word.
 */
export function RequestsPage() {
  const { t, plural } = useI18n();
  const [box, setBox] = useState<MeetingRequestDirection>('INCOMING');
  const [order, setOrder] = useState<MeetingRequestOrder>('BEST_FIT');
  const [selected, setSelected] = useState<string[]>([]);
  const [declined, setDeclined] = useState(0);
  const received = useQuery(MEETING_REQUESTS, {
    variables: { first: PAGE, direction: 'INCOMING', orderBy: order },
  });
  const sent = useQuery(MEETING_REQUESTS, { variables: { first: PAGE, direction: 'OUTGOING' } });
  const current = box === 'INCOMING' ? received : sent;
  const list = current.data?.meetingRequests;
  const pending = (query: typeof received) =>
    query.data?.meetingRequests.edges.filter((e) => e.node.status === 'PENDING').length ?? 0;
  const tab = (name: MeetingRequestDirection, label: string, count: number) => (
    <button
      type="button"
      role="tab"
      id={`tab-${name}`}
      aria-selected={box === name}
      aria-controls="requests-panel"
      tabIndex={box === name ? 0 : -1}
      className="tab"
      onClick={() => setBox(name)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = name === 'INCOMING' ? 'OUTGOING' : 'INCOMING';
          setBox(next);
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
      {count > 0 && <span className="badge-count">{count}</span>}
    </button>
  );
  return (
    <div className="page">
      <PageHeader title={t('requests.title')} lead={t('requests.lead')} />
      <div role="tablist" aria-label={t('requests.title')} className="tabs">
        {tab('INCOMING', t('requests.received'), pending(received))}
        {tab('OUTGOING', t('requests.sent'), pending(sent))}
      </div>
      {box === 'INCOMING' && (
        <div className="field field-inline">
          <label htmlFor="requests-order">{t('requests.sortBy')}</label>
          <select
            id="requests-order"
            value={order}
            onChange={(e) => setOrder(e.target.value as MeetingRequestOrder)}
          >
            <option value="BEST_FIT">{t('requests.bestFit')}</option>
            <option value="NEWEST">{t('requests.newest')}</option>
          </select>
        </div>
      )}
      {box === 'INCOMING' && declined > 0 && (
        <Notice tone="success">{plural('requests.declinedMany', declined)}</Notice>
      )}
      {box === 'INCOMING' && selected.length > 0 && (
        <BulkDeclineBar
          selected={selected}
          onClear={() => setSelected([])}
          onDeclined={(count) => {
            setSelected([]);
            setDeclined(count);
          }}
        />
      )}
      <div id="requests-panel" role="tabpanel" aria-labelledby={`tab-${box}`}>
        {current.error && !current.data ? (
          <ErrorState error={current.error} onRetry={() => void current.refetch()} />
        ) : !list ? (
          <SkeletonCards count={3} />
        ) : list.edges.length === 0 ? (
          <EmptyState title={box === 'INCOMING' ? t('requests.noneReceived') : t('requests.noneSent')} />
        ) : (
          <ul className="card-list">
            {list.edges.map(({ node }) => (
              <li key={node.id}>
                <MeetingRequestCard
                  request={node}
                  selection={
                    box === 'INCOMING' && node.status === 'PENDING'
                      ? {
                          checked: selected.includes(node.id),
                          onChange: (checked) =>
                            setSelected((ids) =>
                              checked ? [...ids, node.id] : ids.filter((id) => id !== node.id),
                            ),
                        }
                      : undefined
                  }
                />
              </li>
            ))}
          </ul>
        )}
        {list?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button-block"
            disabled={current.loading}
            onClick={() => void current.fetchMore({ variables: { after: list.pageInfo.endCursor } })}
          >
            {t('common.loadMore')}
          </button>
        )}
      </div>
    </div>
  );
}

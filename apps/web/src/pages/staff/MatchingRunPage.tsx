import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { MatchingRunCard } from './MatchingRunCard';
import { MATCHING_RUN, RECENT_MATCHING_RUNS, RESCORE_ALL } from './staff.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

const FINISHED = ['COMPLETED', 'FAILED'];

/**
 * Staff start a full rescore and watch it: the current run is polled each second until it
 * ends; the latest runs stay listed, so a run started elsewhere is followed too.
 */
export function MatchingRunPage() {
  const { t } = useI18n();
  const recent = useQuery(RECENT_MATCHING_RUNS, { fetchPolicy: 'network-only' });
  const [startedId, setStartedId] = useState<string | null>(null);
  const latest = recent.data?.matchingRuns[0];
  const watchedId = startedId ?? (latest && !FINISHED.includes(latest.status) ? latest.id : null);
  const watched = useQuery(MATCHING_RUN, {
    variables: { id: watchedId ?? '' },
    skip: !watchedId,
    fetchPolicy: 'network-only',
  });
  const [rescore, started] = useMutation(RESCORE_ALL);
  const run = watched.data?.matchingRun;
  const running = Boolean(watchedId && (!run || !FINISHED.includes(run.status)));
  const { startPolling, stopPolling } = watched;
  const refetchRecent = recent.refetch;
  useEffect(() => {
    if (!watchedId) return;
    if (running) startPolling(1000);
    else {
      stopPolling();
      void refetchRecent();
    }
    return () => stopPolling();
  }, [watchedId, running, startPolling, stopPolling, refetchRecent]);

  const start = async () => {
    const result = await rescore().catch(() => null);
    if (result?.data) setStartedId(result.data.rescoreAll.id);
  };
  const history = (recent.data?.matchingRuns ?? []).filter((r) => r.id !== run?.id);
  return (
    <div className="page page-narrow">
      <PageHeader title={t('matching.title')} lead={t('matching.lead')} />
      <section className="panel">
        <button
          type="button"
          className="button button-primary"
          disabled={started.loading || running}
          onClick={start}
        >
          {running ? t('matching.running') : t('matching.start')}
        </button>
        {started.error && <ErrorNotice error={started.error} />}
      </section>
      {run && <MatchingRunCard run={run} live />}
      {recent.error && !recent.data ? (
        <ErrorState error={recent.error} onRetry={() => void recent.refetch()} />
      ) : !recent.data ? (
        <Skeleton lines={5} height="10rem" />
      ) : (
        history.length > 0 && (
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('matching.history')}</h2>
            {history.map((r) => (
              <MatchingRunCard key={r.id} run={r} />
            ))}
          </section>
        )
      )}
    </div>
  );
}

import type { MatchingRunFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';

/** One scoring run: its state, how far it got (companies scored of the total) and when. */
export function MatchingRunCard({ run, live = false }: { run: MatchingRunFieldsFragment; live?: boolean }) {
  const { t, dateTime, number } = useI18n();
  const total = Math.max(run.companiesTotal, run.companiesScored);
  const percent = total ? Math.round((run.companiesScored / total) * 100) : 0;
  return (
    <section
      className="panel"
      aria-label={t('matching.runOf', { date: run.startedAt ? dateTime(run.startedAt) : '—' })}
      aria-live={live ? 'polite' : undefined}
    >
      <p>
        <span className={`status status-${run.status.toLowerCase()}`}>{t(`runStatus.${run.status}`)}</span>{' '}
        <span className="muted">{t('matching.model', { version: run.modelVersion })}</span>
      </p>
      <div className="progress">
        <progress max={total || 1} value={run.companiesScored} aria-label={t('matching.progress')} />
        <span>
          {t('matching.scoredOf', { scored: number(run.companiesScored), total: number(total), percent })}
        </span>
      </div>
      <dl className="facts facts-inline">
        <div className="label-group">
          <dt>{t('matching.pairs')}</dt>
          <dd>{number(run.pairsScored)}</dd>
        </div>
        {run.startedAt && (
          <div className="label-group">
            <dt>{t('matching.startedAt')}</dt>
            <dd>{dateTime(run.startedAt, { timeStyle: 'medium' })}</dd>
          </div>
        )}
        {run.finishedAt && (
          <div className="label-group">
            <dt>{t('matching.finishedAt')}</dt>
            <dd>{dateTime(run.finishedAt, { timeStyle: 'medium' })}</dd>
          </div>
        )}
      </dl>
      {run.error && <Notice tone="error">{run.error}</Notice>}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { downloadFile } from '../../features/download';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { Notice } from '../../ui/Notice';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { TextField } from '../../ui/fields';
import { BarChart } from './BarChart';
import { byProvince, bySector, monthTotals, share, sum } from './report-data';
import { PARTNERSHIP_REPORT } from './staff-reports.graphql';
import { fieldErrorsByName } from '../../graphql/errors';

/**
 * The partnership report for staff: key figures and charts (meetings over time, cross-border
 * share, by sector and province, follow-ups and no-shows) with the CSV beside them.
 */
export function StaffReportsPage() {
  const { t, locale, number, dateTime } = useI18n();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [typed, setTyped] = useState({ from: '', to: '' });
  const [downloadFailed, setDownloadFailed] = useState(false);
  const { data, error, refetch, loading } = useQuery(PARTNERSHIP_REPORT, { variables: range });
  const report = data?.partnershipReport;
  const fieldErrors = fieldErrorsByName(error, '');

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setRange({ from: typed.from || undefined, to: typed.to || undefined });
  };
  const download = () => {
    const query = new URLSearchParams(
      Object.entries({ from: report?.from, to: report?.to }).filter((e): e is [string, string] => !!e[1]),
    );
    void downloadFile(
      `/admin/reports/partnership.csv?${query}`,
      `partnership-${report?.from}-${report?.to}.csv`,
    )
      .then(() => setDownloadFailed(false))
      .catch(() => setDownloadFailed(true));
  };
  const month = (period: string) =>
    dateTime(`${period}-15T12:00:00Z`, {
      dateStyle: undefined,
      timeStyle: undefined,
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });

  const months = report ? monthTotals(report) : [];
  const held = sum(months, 'meetingsHeld');
  const crossBorder = sum(months, 'crossBorderMeetingsHeld');
  const crossShare = share(crossBorder, held);
  return (
    <div className="page">
      <PageHeader
        title={t('reports.title')}
        lead={report ? t('reports.period', { from: report.from, to: report.to }) : t('reports.lead')}
        actions={
          <button type="button" className="button" onClick={download} disabled={!report}>
            {t('reports.csv')}
          </button>
        }
      />
      {downloadFailed && <Notice tone="error">{t('reports.csvFailed')}</Notice>}
      <form className="panel report-range" onSubmit={apply} noValidate>
        <TextField
          label={t('reports.from')}
          type="date"
          value={typed.from}
          errors={fieldErrors.from}
          onChange={(e) => setTyped({ ...typed, from: e.target.value })}
        />
        <TextField
          label={t('reports.to')}
          type="date"
          value={typed.to}
          errors={fieldErrors.to}
          onChange={(e) => setTyped({ ...typed, to: e.target.value })}
        />
        <button type="submit" className="button button-primary">
          {t('reports.show')}
        </button>
      </form>
      {error && !report && Object.keys(fieldErrors).length === 0 ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !report ? (
        loading && <Skeleton lines={8} height="30rem" />
      ) : months.length === 0 ? (
        <EmptyState title={t('reports.empty')} />
      ) : (
        <div aria-busy={loading}>
          <section className="panel" aria-labelledby="report-figures">
            <h2 id="report-figures">{t('reports.figures')}</h2>
            <dl className="report-figures">
              <div>
                <dt>{t('reports.requests')}</dt>
                <dd>{number(sum(months, 'requests'))}</dd>
              </div>
              <div>
                <dt>{t('reports.meetingsHeld')}</dt>
                <dd>{number(held)}</dd>
              </div>
              <div>
                <dt>{t('reports.crossBorderShare')}</dt>
                <dd>{crossShare === null ? '—' : t('reports.percent', { value: crossShare })}</dd>
              </div>
              <div>
                <dt>{t('reports.followUps')}</dt>
                <dd>{number(sum(months, 'followUps'))}</dd>
              </div>
              <div>
                <dt>{t('reports.noShows')}</dt>
                <dd>{number(sum(months, 'noShows'))}</dd>
              </div>
            </dl>
          </section>
          <section className="panel report-charts" aria-label={t('reports.charts')}>
            <BarChart
              id="chart-time"
              title={t('reports.overTime')}
              series={[t('reports.requests'), t('reports.meetingsHeld')]}
              rows={months.map((l) => ({
                key: l.period,
                label: month(l.period),
                values: [l.requests, l.meetingsHeld],
              }))}
            />
            <BarChart
              id="chart-cross"
              title={t('reports.crossBorder')}
              summary={
                crossShare === null
                  ? undefined
                  : t('reports.crossBorderSummary', { share: crossShare, count: crossBorder, total: held })
              }
              series={[t('reports.crossBorderMeetings'), t('reports.sameProvinceMeetings')]}
              rows={months.map((l) => ({
                key: l.period,
                label: month(l.period),
                values: [l.crossBorderMeetingsHeld, l.meetingsHeld - l.crossBorderMeetingsHeld],
              }))}
            />
            <BarChart
              id="chart-sector"
              title={t('reports.bySector')}
              summary={t('reports.bySectorNote')}
              series={[t('reports.meetingsHeld'), t('reports.requests')]}
              rows={bySector(report, ['meetingsHeld', 'requests'])}
            />
            <BarChart
              id="chart-province"
              title={t('reports.byProvince')}
              series={[t('reports.meetingsHeld'), t('reports.requests')]}
              rows={byProvince(report, ['meetingsHeld', 'requests'], (p) => labelOf('provinces', p, locale))}
            />
            <BarChart
              id="chart-outcomes"
              title={t('reports.outcomes')}
              series={[t('reports.followUps'), t('reports.partnerships'), t('reports.noShows')]}
              rows={months.map((l) => ({
                key: l.period,
                label: month(l.period),
                values: [l.followUps, l.partnershipsDiscussed, l.noShows],
              }))}
            />
          </section>
        </div>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { downloadFile } from '../../features/download';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import type { MissionReportQuery } from '../../graphql/generated/graphql';
import { Notice } from '../../ui/Notice';
import { ErrorState, Skeleton } from '../../ui/PageState';
import { MISSION_REPORT } from './staff-missions.graphql';

type Figure = Exclude<keyof MissionReportQuery['missionReport'], 'stages' | 'delegateLines' | '__typename'>;

const FIGURES: [Figure, MessageKey][] = [
  ['delegates', 'missionStaff.delegates'],
  ['hosts', 'missionStaff.hosts'],
  ['meetingsArranged', 'missionStaff.meetingsArranged'],
  ['meetingsHeld', 'missionStaff.meetingsHeld'],
  ['noShows', 'missionStaff.noShows'],
  ['followUpsPlanned', 'missionStaff.followUps'],
  ['partnershipsDiscussed', 'missionStaff.partnerships'],
];

/** What came of the mission, for the associations and their funders (also as CSV). */
export function MissionReportPanel({ missionId }: { missionId: string }) {
  const { t, money, dateTime } = useI18n();
  const [failed, setFailed] = useState(false);
  const { data, error, refetch } = useQuery(MISSION_REPORT, { variables: { missionId } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton lines={4} height="10rem" />;
  const report = data.missionReport;
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title">{t('missionStaff.report')}</h2>
      {failed && <Notice tone="error">{t('missionStaff.exportFailed')}</Notice>}
      <dl className="facts facts-inline">
        {FIGURES.map(([field, label]) => (
          <div key={field}>
            <dt>{t(label)}</dt>
            <dd>{report[field]}</dd>
          </div>
        ))}
        {report.stages.map((s) => (
          <div key={s.stage}>
            <dt>{t(`missionStaff.stage.${s.stage}`)}</dt>
            <dd>{s.meetings}</dd>
          </div>
        ))}
      </dl>
      {report.delegateLines.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('missionStaff.delegateLines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('missionStaff.company')}</th>
                <th scope="col">{t('missionStaff.fee')}</th>
                <th scope="col">{t('missionStaff.feePaid')}</th>
                <th scope="col">{t('missionStaff.meetingsHeld')}</th>
                <th scope="col">{t('missionStaff.stages')}</th>
              </tr>
            </thead>
            <tbody>
              {report.delegateLines.map((line) => (
                <tr key={line.company.id}>
                  <th scope="row">{line.company.name}</th>
                  <td>{line.feeCents == null ? '—' : money(line.feeCents, 'CAD')}</td>
                  <td>
                    {line.feePaidAt
                      ? t('missionStaff.feePaidOn', {
                          date: dateTime(line.feePaidAt, { dateStyle: 'medium' }),
                        })
                      : t('missionStaff.notPaid')}
                  </td>
                  <td>{line.meetingsHeld}</td>
                  <td>{line.stages.map((s) => t(`missionStaff.stage.${s}`)).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="button-link"
        onClick={() =>
          void downloadFile(`/admin/missions/${missionId}/report.csv`, 'mission-report.csv')
            .then(() => setFailed(false))
            .catch(() => setFailed(true))
        }
      >
        {t('missionStaff.exportReport')}
      </button>
    </section>
  );
}

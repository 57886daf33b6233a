import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { downloadFile } from '../../features/download';
import type { MissionApplicationStatus, MissionFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Notice } from '../../ui/Notice';
import { EmptyState, ErrorState, Skeleton } from '../../ui/PageState';
import {
  DECIDE_MISSION_APPLICATION,
  MISSION_APPLICATIONS,
  RECORD_MISSION_FEE_PAID,
} from './staff-missions.graphql';

const DECISIONS = [
  ['SELECTED', 'missionStaff.select'],
  ['WAITLISTED', 'missionStaff.waitlist'],
  ['DECLINED', 'missionStaff.decline'],
] as const;

/** The applications, best market fit first, and staff's decision on each. */
export function MissionApplicationsPanel({ mission }: { mission: MissionFieldsFragment }) {
  const { t, number, dateTime } = useI18n();
  const [failed, setFailed] = useState(false);
  const [decide, deciding] = useMutation(DECIDE_MISSION_APPLICATION, {
    refetchQueries: ['MissionApplications', 'MissionReport', 'TradeMissionDetail'],
  });
  const [recordFee, recording] = useMutation(RECORD_MISSION_FEE_PAID, { refetchQueries: ['MissionReport'] });
  const { data, error, refetch } = useQuery(MISSION_APPLICATIONS, { variables: { missionId: mission.id } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton lines={4} height="10rem" />;
  const list = data.missionApplications;
  const delegates = list.filter((a) => a.role === 'DELEGATE' && a.status === 'SELECTED').length;
  const decideOn = (id: string, status: MissionApplicationStatus) =>
    void decide({ variables: { id, status } }).catch(() => null);
  return (
    <section className="panel" aria-labelledby="applications-title" aria-live="polite">
      <h2 id="applications-title">{t('missionStaff.applications', { count: list.length })}</h2>
      <p>{t('missionStaff.selected', { selected: delegates, size: mission.delegationSize })}</p>
      {failed && <Notice tone="error">{t('missionStaff.exportFailed')}</Notice>}
      {(deciding.error ?? recording.error) && <ErrorNotice error={deciding.error ?? recording.error} />}
      {list.length === 0 ? (
        <EmptyState title={t('missionStaff.noApplications')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('missionStaff.applicationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('missionStaff.company')}</th>
                <th scope="col">{t('missionStaff.role')}</th>
                <th scope="col">{t('missionStaff.fit')}</th>
                <th scope="col">{t('missionStaff.objectives')}</th>
                <th scope="col">{t('missionStaff.status')}</th>
                <th scope="col">{t('missionStaff.feePaid')}</th>
                <th scope="col">{t('missionStaff.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/staff/companies/${a.company.id}`}>{a.company.name}</Link>
                  </th>
                  <td>{t(`missions.role.${a.role}`)}</td>
                  <td>
                    {t('missionStaff.fitValue', {
                      fit: number(a.marketFit, { style: 'percent', maximumFractionDigits: 0 }),
                      strong: a.strongMatches,
                    })}
                  </td>
                  <td className="prose">{a.objectives}</td>
                  <td>{t(`missions.badge.${a.status}`)}</td>
                  <td>
                    {a.role === 'DELEGATE' && a.status === 'SELECTED' && (
                      <label className="inline-check">
                        <input
                          type="checkbox"
                          checked={!!a.feePaidAt}
                          disabled={recording.loading}
                          onChange={(e) =>
                            void recordFee({
                              variables: { applicationId: a.id, paid: e.target.checked },
                            }).catch(() => null)
                          }
                        />{' '}
                        {a.feePaidAt
                          ? t('missionStaff.feePaidOn', {
                              date: dateTime(a.feePaidAt, { dateStyle: 'medium' }),
                            })
                          : t('missionStaff.notPaid')}
                        <span className="visually-hidden">
                          {' '}
                          — {t('missionStaff.feePaidFor', { company: a.company.name })}
                        </span>
                      </label>
                    )}
                  </td>
                  <td>
                    {a.status !== 'WITHDRAWN' && (
                      <div className="card-actions">
                        {DECISIONS.filter(([status]) => status !== a.status).map(([status, label]) => (
                          <button
                            key={status}
                            type="button"
                            className={status === 'SELECTED' ? 'button button-primary' : 'button'}
                            disabled={deciding.loading}
                            onClick={() => decideOn(a.id, status)}
                          >
                            {t(label)}
                            <span className="visually-hidden"> — {a.company.name}</span>
                          </button>
                        ))}
                      </div>
                    )}
                  </td>
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
          void downloadFile(`/admin/missions/${mission.id}/applications.csv`, 'mission-applications.csv')
            .then(() => setFailed(false))
            .catch(() => setFailed(true))
        }
      >
        {t('missionStaff.exportApplications')}
      </button>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { MISSIONS_LIST } from './missions.graphql';
import { MissionFacts, MissionStatusBadge } from './MissionSummary';

/** The trade missions a person may join (staff also see drafts, with the way to run each one). */
export function MissionsPage() {
  const { t, locale } = useI18n();
  const { isStaff } = useSession();
  const { data, error, refetch } = useQuery(MISSIONS_LIST);
  return (
    <div className="page">
      <PageHeader title={t('missions.title')} lead={t('missions.lead')} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonCards count={2} />
      ) : data.tradeMissions.length === 0 ? (
        <EmptyState title={t('missions.empty')} />
      ) : (
        <ul className="card-list">
          {data.tradeMissions.map((mission) => (
            <li key={mission.id}>
              <article className="card" aria-labelledby={`mission-${mission.id}`}>
                <div className="card-head">
                  <h2 id={`mission-${mission.id}`} className="card-title">
                    <Link to={`/missions/${mission.id}`}>{mission.title}</Link>
                  </h2>
                  {mission.myApplication ? (
                    <span className="status status-pending">
                      {t(`missions.badge.${mission.myApplication.status}`)}
                    </span>
                  ) : (
                    <MissionStatusBadge status={mission.status} />
                  )}
                </div>
                <p>
                  {t('missions.to', {
                    city: mission.city,
                    province: labelOf('provinces', mission.hostProvince, locale),
                  })}
                </p>
                <MissionFacts mission={mission} />
                {isStaff && (
                  <p>
                    <Link to={`/staff/missions/${mission.id}`}>
                      {t('missionStaff.manage')}
                      <span className="visually-hidden"> — {mission.title}</span>
                    </Link>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { labelOf } from '../../taxonomy/taxonomy';
import { DetailPageSkeleton, EmptyState, ErrorState, PageHeader } from '../../ui/PageState';
import { MissionAgendaPanel } from './MissionAgendaPanel';
import { MissionApplicationPanel } from './MissionApplicationPanel';
import { MissionPreferencesPanel } from './MissionPreferencesPanel';
import { MISSION_DETAIL } from './missions.graphql';
import { MissionFacts, MissionStatusBadge } from './MissionSummary';

/** One mission: what it is, the fee for the viewer's company, applying, and then the agenda. */
export function MissionPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const { isStaff } = useSession();
  const { data, error, refetch } = useQuery(MISSION_DETAIL, { variables: { id } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <DetailPageSkeleton />;
  const mission = data.tradeMission;
  if (!mission) return <EmptyState title={t('missions.notFound')} />;
  const selected = mission.myApplication?.status === 'SELECTED';
  return (
    <div className="page page-narrow">
      <PageHeader
        title={mission.title}
        lead={t('missions.to', {
          city: mission.city,
          province: labelOf('provinces', mission.hostProvince, locale),
        })}
        actions={
          isStaff && (
            <Link className="button" to={`/staff/missions/${mission.id}`}>
              {t('missionStaff.manage')}
            </Link>
          )
        }
      />
      <section className="panel" aria-label={t('missions.title')}>
        <p>
          <MissionStatusBadge status={mission.status} />
        </p>
        <MissionFacts mission={mission} />
        {mission.description && <p className="prose">{mission.description}</p>}
      </section>
      {!isStaff && <MissionApplicationPanel mission={mission} />}
      {selected && <MissionPreferencesPanel missionId={mission.id} />}
      {selected && <MissionAgendaPanel missionId={mission.id} timeZone={mission.timeZone} />}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { SelectField } from '../../ui/fields';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { MissionAgendaPanel } from '../missions/MissionAgendaPanel';
import { MISSION_DETAIL } from '../missions/missions.graphql';
import { MissionFacts, MissionStatusBadge } from '../missions/MissionSummary';
import { MissionApplicationsPanel } from './MissionApplicationsPanel';
import { MissionArrangementPanel } from './MissionArrangementPanel';
import { MissionReportPanel } from './MissionReportPanel';
import { MissionStatusControls } from './MissionStatusControls';
import { MISSION_APPLICATIONS } from './staff-missions.graphql';

/** Running a mission: the applications and the selection, the arranged meetings, the agendas, the report. */
export function StaffMissionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MISSION_DETAIL, { variables: { id } });
  const applications = useQuery(MISSION_APPLICATIONS, { variables: { missionId: id } });
  const [agendaOf, setAgendaOf] = useState('');
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data)
    return (
      <div className="page">
        <Skeleton lines={2} height="4rem" />
        <Skeleton lines={10} height="24rem" />
      </div>
    );
  const mission = data.tradeMission;
  if (!mission) return <EmptyState title={t('missions.notFound')} />;
  const selected = (applications.data?.missionApplications ?? []).filter((a) => a.status === 'SELECTED');
  return (
    <div className="page">
      <PageHeader
        title={mission.title}
        lead={<MissionStatusBadge status={mission.status} />}
        actions={
          <Link className="button" to={`/missions/${mission.id}`}>
            {t('missionStaff.publicPage')}
          </Link>
        }
      />
      <section className="panel" aria-label={t('missions.title')}>
        <MissionFacts mission={mission} />
        <MissionStatusControls id={mission.id} status={mission.status} />
      </section>
      <MissionApplicationsPanel mission={mission} />
      <MissionArrangementPanel missionId={mission.id} timeZone={mission.timeZone} />
      {selected.length > 0 && (
        <section className="panel no-print" aria-labelledby="agendas-title">
          <h2 id="agendas-title">{t('missions.agenda')}</h2>
          <SelectField
            label={t('missionStaff.company')}
            value={agendaOf}
            onChange={(e) => setAgendaOf(e.target.value)}
          >
            <option value="">—</option>
            {selected.map((a) => (
              <option key={a.company.id} value={a.company.id}>
                {a.company.name} ({t(`missions.role.${a.role}`)})
              </option>
            ))}
          </SelectField>
        </section>
      )}
      {agendaOf && (
        <MissionAgendaPanel missionId={mission.id} companyId={agendaOf} timeZone={mission.timeZone} />
      )}
      <MissionReportPanel missionId={mission.id} />
    </div>
  );
}

import type { MissionFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { labelOf } from '../../taxonomy/taxonomy';

export const ORGANIZERS: Record<string, string> = { BIOQUEBEC: 'BIOQuébec', LSO: 'Life Sciences Ontario' };

/** Where and when, in the host city's zone, the deadline, and what the mission looks for. */
export function MissionFacts({ mission }: { mission: MissionFieldsFragment }) {
  const { t, locale, timeRange, dateTime } = useI18n();
  return (
    <>
      <p className="event-when">{timeRange(mission.startsAt, mission.endsAt, mission.timeZone)}</p>
      <p className="muted">
        {t('missions.deadline', {
          date: dateTime(mission.applicationDeadline, { dateStyle: 'long', timeZone: mission.timeZone }),
        })}
      </p>
      <p className="muted">
        {t('missions.delegation', { size: mission.delegationSize, minutes: mission.meetingMinutes })}
      </p>
      <p className="muted">
        {mission.sectors.length
          ? t('missions.sectors', { sectors: mission.sectors.map((s) => s.label).join(', ') })
          : t('missions.anySector')}
      </p>
      <p className="muted">
        {t('missions.organizer', { organizer: ORGANIZERS[mission.organizer] ?? mission.organizer })} ·{' '}
        {labelOf('provinces', mission.hostProvince, locale)}
      </p>
    </>
  );
}

/** The mission's status as a badge. */
export function MissionStatusBadge({ status }: { status: MissionFieldsFragment['status'] }) {
  const { t } = useI18n();
  const tone = status === 'OPEN' ? 'accepted' : status === 'CANCELLED' ? 'declined' : 'pending';
  return <span className={`status status-${tone}`}>{t(`missions.status.${status}`)}</span>;
}

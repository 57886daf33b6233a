import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Notice } from '../../ui/Notice';
import { ARRANGE_MISSION_MEETINGS } from './staff-missions.graphql';

/** The arrangement of the mission's meetings: a trial first, then publishing (again keeps what is published). */
export function MissionArrangementPanel({ missionId, timeZone }: { missionId: string; timeZone: string }) {
  const { t, dateTime, number } = useI18n();
  const [arrange, arranging] = useMutation(ARRANGE_MISSION_MEETINGS, {
    refetchQueries: ['MissionReport', 'MissionAgenda'],
  });
  const result = arranging.data?.arrangeMissionMeetings;
  const [published, setPublished] = useState(false);
  const run = (publish: boolean) =>
    void arrange({ variables: { missionId, publish } })
      .then(() => setPublished(publish))
      .catch(() => null);
  const when = (start: string, end: string) =>
    `${dateTime(start, { dateStyle: 'medium', timeStyle: 'short', timeZone })} – ${dateTime(end, {
      dateStyle: undefined,
      timeStyle: 'short',
      timeZone,
    })}`;
  return (
    <section className="panel" aria-labelledby="arrangement-title" aria-live="polite">
      <h2 id="arrangement-title">{t('missionStaff.arrangement')}</h2>
      <p className="hint">{t('missionStaff.arrangementLead')}</p>
      <div className="card-actions">
        <button type="button" className="button" disabled={arranging.loading} onClick={() => run(false)}>
          {t('missionStaff.dryRun')}
        </button>
        {result && !published && (
          <button
            type="button"
            className="button button-primary"
            disabled={arranging.loading}
            onClick={() => run(true)}
          >
            {t('missionStaff.publish')}
          </button>
        )}
      </div>
      {arranging.error && <ErrorNotice error={arranging.error} />}
      {result && published && <Notice>{t('missionStaff.published', { placed: result.placed })}</Notice>}
      {result && (
        <>
          <h3>
            {t('missionStaff.arranged', {
              placed: result.placed,
              unplaced: result.unplacedMustMeets,
              millis: result.millis,
            })}
          </h3>
          {result.unplacedReasons.length > 0 && (
            <ul>
              {result.unplacedReasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
          )}
          {result.delegatesBelowTarget.length > 0 && (
            <p className="muted">
              {t('missionStaff.belowTarget', {
                companies: result.delegatesBelowTarget.map((c) => c.name).join(', '),
              })}
            </p>
          )}
          {result.pairings.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <caption>{t('missionStaff.pairingsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('missionStaff.when')}</th>
                    <th scope="col">{t('missionStaff.delegate')}</th>
                    <th scope="col">{t('missionStaff.host')}</th>
                    <th scope="col">{t('missionStaff.fit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.pairings.map((p) => (
                    <tr key={`${p.delegate.id}-${p.host.id}`}>
                      <th scope="row">{when(p.start, p.end)}</th>
                      <td>{p.delegate.name}</td>
                      <td>{p.host.name}</td>
                      <td>
                        {number(p.fit, { style: 'percent', maximumFractionDigits: 0 })}
                        {p.mustMeet && ` · ${t('missionStaff.mustMeet')}`}
                        {p.kept && ` · ${t('missionStaff.kept')}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

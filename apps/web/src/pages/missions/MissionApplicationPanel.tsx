import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsByName } from '../../graphql/errors';
import type { MissionFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextAreaField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { EventPrice } from '../events/EventSummary';
import { APPLY_TO_MISSION, WITHDRAW_MISSION_APPLICATION } from './missions.graphql';

const OBJECTIVES_MAX = 4000;

/** The fee for the viewer's company, its application and its status, or the form to apply. */
export function MissionApplicationPanel({ mission }: { mission: MissionFieldsFragment }) {
  const { t, dateTime } = useI18n();
  const { viewer } = useSession();
  const refresh = { refetchQueries: ['TradeMissionDetail', 'TradeMissions'] };
  const [apply, applying] = useMutation(APPLY_TO_MISSION, refresh);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_MISSION_APPLICATION, refresh);
  const [objectives, setObjectives] = useState('');
  const mine = mission.myApplication;
  const company = viewer?.company;
  // The side is the company's province: the host market receives, the other province travels.
  const role = company?.province === mission.hostProvince ? 'HOST' : 'DELEGATE';
  const open = mission.status === 'OPEN' && Date.parse(mission.applicationDeadline) > Date.now();
  const fields = fieldErrorsByName(applying.error, '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void apply({ variables: { missionId: mission.id, role, objectives } }).catch(() => null);
  };
  return (
    <section className="panel" aria-labelledby="apply-title" aria-live="polite">
      <h2 id="apply-title">{t('missions.applyTitle')}</h2>
      {mine ? (
        <>
          <Notice tone={mine.status === 'DECLINED' || mine.status === 'WITHDRAWN' ? 'info' : 'success'}>
            {t(`missions.appStatus.${mine.status}`)}
          </Notice>
          <p className="muted">
            {t('missions.appliedAs', {
              role: t(`missions.role.${mine.role}`),
              date: dateTime(mine.createdAt, { dateStyle: 'long' }),
            })}
          </p>
          <p className="prose">{mine.objectives}</p>
          {withdrawing.error && <ErrorNotice error={withdrawing.error} />}
          {(mine.status === 'SUBMITTED' || mine.status === 'WAITLISTED') && (
            <button
              type="button"
              className="button"
              disabled={withdrawing.loading}
              onClick={() => void withdraw({ variables: { id: mine.id } }).catch(() => null)}
            >
              {t('missions.withdraw')}
            </button>
          )}
        </>
      ) : (
        <>
          <h3>{t('missions.fee')}</h3>
          {role === 'HOST' ? <p>{t('missions.noFeeHost')}</p> : <EventPrice price={mission.feeForMe} />}
          {!open ? (
            <p className="muted">{t('missions.closed')}</p>
          ) : !company ? (
            <p className="muted">{t('missions.noCompany')}</p>
          ) : viewer?.role !== 'COMPANY_ADMIN' ? (
            <p className="muted">{t('missions.adminOnly')}</p>
          ) : (
            <form onSubmit={submit} noValidate>
              <p>{t(`missions.applyAs.${role}`)}</p>
              <TextAreaField
                label={t('missions.objectives')}
                hint={t('missions.objectivesHint')}
                errors={fields.objectives ?? fields.role}
                value={objectives}
                maxLength={OBJECTIVES_MAX}
                rows={5}
                required
                onChange={(e) => setObjectives(e.target.value)}
              />
              {applying.error && !Object.keys(fields).length && <ErrorNotice error={applying.error} />}
              <button type="submit" className="button button-primary" disabled={applying.loading}>
                {t('missions.apply')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

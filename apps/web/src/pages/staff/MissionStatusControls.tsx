import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TradeMissionStatus } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SET_MISSION_STATUS } from './staff-missions.graphql';

/** The moves the API allows from each status (it checks them again, with the dates). */
const NEXT: Record<TradeMissionStatus, TradeMissionStatus[]> = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['CLOSED', 'CANCELLED'],
  CLOSED: ['OPEN', 'SCHEDULED', 'CANCELLED'],
  SCHEDULED: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Staff move the mission on: open, close or reopen applications, schedule, complete, cancel. */
export function MissionStatusControls({ id, status }: { id: string; status: TradeMissionStatus }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [change, changing] = useMutation(SET_MISSION_STATUS, {
    refetchQueries: ['TradeMissionDetail', 'MissionApplications'],
  });
  const move = (to: TradeMissionStatus) =>
    void change({ variables: { id, status: to } })
      .then(() => setConfirming(false))
      .catch(() => null);
  const next = NEXT[status];
  if (next.length === 0) return null;
  return (
    <div className="card-actions" aria-live="polite">
      {confirming ? (
        <>
          <button
            type="button"
            className="button button-danger"
            disabled={changing.loading}
            onClick={() => move('CANCELLED')}
          >
            {t('missionStaff.confirmCancel')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('missionStaff.keep')}
          </button>
        </>
      ) : (
        next.map((to) =>
          to === 'CANCELLED' ? (
            <button key={to} type="button" className="button" onClick={() => setConfirming(true)}>
              {t('missionStaff.to.CANCELLED')}
            </button>
          ) : (
            <button
              key={to}
              type="button"
              className="button button-primary"
              disabled={changing.loading}
              onClick={() => move(to)}
            >
              {to === 'OPEN' && status === 'CLOSED'
                ? t('missionStaff.to.REOPEN')
                : t(`missionStaff.to.${to as 'OPEN' | 'CLOSED' | 'SCHEDULED' | 'COMPLETED'}`)}
            </button>
          ),
        )
      )}
      {changing.error && <ErrorNotice error={changing.error} />}
    </div>
  );
}

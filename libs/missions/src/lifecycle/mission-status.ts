import type { TradeMissionStatus } from '../mission.entity.js';

/**
 * The way a mission moves after its call (DRAFT → OPEN goes through openTradeMission, which tells
 * the members): applications close (and may reopen before the deadline), the meetings are
 * scheduled, the mission is completed once over; any mission not over may be cancelled.
 */
export const NEXT_STATUSES: Record<TradeMissionStatus, readonly TradeMissionStatus[]> = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['CLOSED', 'CANCELLED'],
  CLOSED: ['OPEN', 'SCHEDULED', 'CANCELLED'],
  SCHEDULED: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Statuses in which staff still decide, arrange and record fees. */
export function isRunning(status: TradeMissionStatus): boolean {
  return status !== 'CANCELLED' && status !== 'COMPLETED';
}

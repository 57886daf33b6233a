import type { UnplacedReason } from '@app/meeting-scheduler';
import type { Placement } from './schedule-instance.js';

export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
/** The solver's reasons, and NO_THANKS: one of the two companies will not meet the other at the event. */
export type RunUnplacedReason = UnplacedReason | 'NO_THANKS';

/** What a run stored: enough to show staff the grid without solving again. */
export interface StoredScheduleResult {
  published: boolean;
  tables: number;
  slots: { id: string; start: string; end: string }[];
  placed: number;
  kept: number;
  unplaced: { requestId: string; reason: RunUnplacedReason }[];
  lowerBoundUnplaced: number;
  millis: number;
  /** New placements point at the meeting created for them once published. */
  placements: (Placement & { meetingId: string | null; companyIds: string[] })[];
}

export interface ScheduleRunRow {
  id: string;
  event_id: string;
  publish: boolean;
  status: RunStatus;
  requested_by: string | null;
  result: StoredScheduleResult | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

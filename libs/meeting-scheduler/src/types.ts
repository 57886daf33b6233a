/** A time slot of the event; ids are distinct and time ranges do not overlap. */
export interface InstanceSlot {
  id: string;
  start: string;
  end: string;
}

export interface InstanceParticipant {
  id: string;
  /** Slot ids the person can attend; absent means every slot. */
  available?: string[];
}

export interface InstanceMeeting {
  id: string;
  /** Two or more participant ids; every one of them must be free. */
  participants: string[];
  /** Higher is placed first when not all meetings fit; default 0. */
  priority?: number;
  /** A slot id the meeting already holds (published); the scheduler keeps it there. */
  fixed?: string | null;
}

/** The scheduling instance format of `npm run cli -- schedule` and the live mutation. */
export interface ScheduleInstance {
  slots: InstanceSlot[];
  tables: number;
  participants: InstanceParticipant[];
  meetings: InstanceMeeting[];
}

export type UnplacedReason = 'NO_COMMON_SLOT' | 'PARTICIPANT_FULL' | 'NO_TABLE' | 'CONFLICT';

export interface Assignment {
  meeting: string;
  slot: string;
  /** 1..tables, distinct within a slot. */
  table: number;
}

export interface Unplaced {
  meeting: string;
  reason: UnplacedReason;
}

export interface ScheduleStats {
  meetings: number;
  placed: number;
  unplaced: number;
  /** Proven: no schedule leaves fewer meetings unplaced. */
  lowerBoundUnplaced: number;
  /** Time the scheduler itself took, without I/O. */
  millis: number;
}

export interface ScheduleResult {
  assignments: Assignment[];
  unplaced: Unplaced[];
  stats: ScheduleStats;
}

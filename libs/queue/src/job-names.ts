/** The queues; a worker process consumes all of them (scale by running more workers). */
export enum QueueName {
  MATCHING = 'matching',
  NOTIFICATIONS = 'notifications',
  MEETINGS = 'meetings',
  SCHEDULING = 'scheduling',
}

/**
 * Every job the system runs. Each has exactly one handler (`@JobHandler`), checked when a worker
 * starts, and one queue.
 */
export enum JobName {
  RESCORE_ALL = 'matching.rescore-all',
  RESCORE_COMPANY = 'matching.rescore-company',
  RETRAIN_FEEDBACK = 'matching.retrain-feedback',
  SEND_EMAIL = 'notifications.send-email',
  DIGESTS_TICK = 'notifications.digests-tick',
  SEND_DIGEST = 'notifications.send-digest',
  EXPIRE_MEETING_REQUESTS = 'meetings.expire-requests',
  SEND_MEETING_REMINDERS = 'meetings.send-reminders',
  SCHEDULE_EVENT_MEETINGS = 'scheduling.schedule-event-meetings',
  SEND_MISSION_FOLLOW_UPS = 'meetings.send-mission-follow-ups',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.RESCORE_ALL]: QueueName.MATCHING,
  [JobName.RESCORE_COMPANY]: QueueName.MATCHING,
  [JobName.RETRAIN_FEEDBACK]: QueueName.MATCHING,
  [JobName.SEND_EMAIL]: QueueName.NOTIFICATIONS,
  [JobName.DIGESTS_TICK]: QueueName.NOTIFICATIONS,
  [JobName.SEND_DIGEST]: QueueName.NOTIFICATIONS,
  [JobName.EXPIRE_MEETING_REQUESTS]: QueueName.MEETINGS,
  [JobName.SEND_MEETING_REMINDERS]: QueueName.MEETINGS,
  [JobName.SCHEDULE_EVENT_MEETINGS]: QueueName.SCHEDULING,
  [JobName.SEND_MISSION_FOLLOW_UPS]: QueueName.MEETINGS,
};

/** What each job carries. */
export interface JobPayloads {
  /**
   * A run's job carries its id; a nightly or bulk-import request (no id) queues a run's job.
   * When the request was queued (the job's `timestamp`) tells whether a run started since covers it.
   */
  [JobName.RESCORE_ALL]: { runId?: string; kind?: 'FULL' | 'NIGHTLY' };
  [JobName.RESCORE_COMPANY]: { companyId: string };
  /** Learn again from members' feedback after this company acted (debounced per company). */
  [JobName.RETRAIN_FEEDBACK]: { companyId: string };
  [JobName.SEND_EMAIL]: { emailId: string };
  /** Hourly: picks the people whose local time for the weekly digest has come. */
  [JobName.DIGESTS_TICK]: Record<string, never>;
  /** One person's digest of one period (a week such as '2030-W49'). */
  [JobName.SEND_DIGEST]: { userId: string; period: string };
  /** Repeatable sweeps: they read the clock, not their payload. */
  [JobName.EXPIRE_MEETING_REQUESTS]: Record<string, never>;
  [JobName.SEND_MEETING_REMINDERS]: Record<string, never>;
  /** One run of the partnering-meeting scheduler on an event (a row of event_schedule_runs). */
  [JobName.SCHEDULE_EVENT_MEETINGS]: { runId: string };
  /** A repeatable sweep: trade missions that ended about six months ago get their follow-up. */
  [JobName.SEND_MISSION_FOLLOW_UPS]: Record<string, never>;
}

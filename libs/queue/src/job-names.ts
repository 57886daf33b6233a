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
  RESCORE_COMPANY = 'matching.rescore-company',
  SEND_EMAIL = 'notifications.send-email',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.RESCORE_COMPANY]: QueueName.MATCHING,
  [JobName.SEND_EMAIL]: QueueName.NOTIFICATIONS,
};

/** What each job carries. */
export interface JobPayloads {
  [JobName.RESCORE_COMPANY]: { companyId: string };
  [JobName.SEND_EMAIL]: { emailId: string };
}

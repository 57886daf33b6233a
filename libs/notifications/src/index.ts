export * from './email/email-outbox.service.js';
export * from './notifications.module.js';
export * from './notifications-worker.module.js';

// @app/digests: the weekly digest email and its one-click unsubscribe. See docs/digests.md.
export * from './digest-email.js';
export * from './digest-schedule.js';
export * from './digest.jobs.js';
export * from './digest.repository.js';
export * from './digest.service.js';
export * from './digests.module.js';
export * from './digests.tables.js';
export * from './unsubscribe/unsubscribe-links.js';

export * from './application.entity.js';
export * from './arrangement/index.js';
export * from './mission.entity.js';
export * from './missions.errors.js';
export * from './missions.module.js';
export * from './missions.service.js';
export * from './applications/applications.service.js';
export * from './follow-up/follow-up.service.js';

export { staffAuditLogTable, type StaffAuditLogRow } from './audit-log.repository.js';
export * from './audit-log.service.js';
export * from './audit.module.js';

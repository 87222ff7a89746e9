/** The access log: the audit writer every module records reads and changes with, and "who looked at my record". */
export { type AccessLogRepo, createAccessLogRepo } from './access-log.repo.js';
export { accessLogRoutes } from './access-log.routes.js';
export { type AccessLogService, createAccessLogService } from './access-log.service.js';
export { type Audit, createAudit } from './audit.js';

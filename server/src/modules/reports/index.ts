/** Supervisor reports: aggregates with small cells suppressed. */
export { reportsRoutes } from './reports.routes.js';
export { createReportsService, type ReportsService } from './reports.service.js';

/** Supervisor reports: fixed periods, cell-key perturbation and a joint disclosure audit. */
export { createReportsRepo, type ReportsRepo } from './reports.repo.js';
export { reportsRoutes } from './reports.routes.js';
export { createReportsService, type ReportsService } from './reports.service.js';
export { createYearFactsRepo, type YearFactsRepo } from './year-facts.repo.js';
